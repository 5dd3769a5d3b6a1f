import RevqCore
import RevqLanguage
import Testing

/// Accepted statements with the tree they give (printed compactly), and rejected ones
/// with line:column.
@Suite("Parser")
struct ParserTests {
    static func tree(_ text: String) -> String {
        guard case .statement(let statement) = Parser.parse(text) else { return "\(Parser.parse(text))" }
        return describe(statement)
    }

    static func describe(_ statement: Statement) -> String {
        switch statement {
        case .query(let query): return describe(query)
        case .count(let count):
            return "count " + describe(count.query)
                + (count.groups.isEmpty ? "" : " by " + count.groups.map(\.text).joined(separator: ","))
                + (count.aggregates.isEmpty ? "" : " show " + count.aggregates.map(\.text).joined(separator: ","))
        case .define(let name, let query, _): return "let \(name.text) = " + describe(query)
        case .explain(let inner, _): return "explain " + describe(inner)
        case .sources: return "sources"
        case .describe(let name, _): return "describe \(name.text)"
        case .view(let view, let query, _, _):
            return view.rawValue + (query.condition.map { " where " + describe($0) } ?? "")
        case .why(let number, _, _): return "why \(number.text)"
        case .search(let words, _): return "search \(words.text)"
        case .grid(let query, _): return "grid " + describe(query)
        case .chart(let inner, let stacked, _): return (stacked ? "chart stacked " : "chart ") + describe(inner)
        }
    }

    static func describe(_ query: Query) -> String {
        var text = query.source.text
        if let condition = query.condition { text += " where " + describe(condition) }
        if !query.show.isEmpty { text += " show " + query.show.map(describe).joined(separator: ",") }
        if !query.sort.isEmpty {
            text += " sort " + query.sort.map { describe($0.path) + ($0.descending ? "-" : "+") }.joined(separator: ",")
        }
        if let limit = query.limit { text += " limit \(limit.text)" }
        return text
    }

    /// A path, or `<score>` for the keyword `score`.
    static func describe(_ path: FieldPath) -> String {
        path.isScore ? "<score>" : path.text
    }

    static func describe(_ condition: Condition) -> String {
        switch condition {
        case .comparison(let path, let op, let value, _): return "\(path.text)\(op.rawValue)[\(value.text)]"
        case .membership(let path, let values, _):
            return "\(path.text) in [\(values.map(\.text).joined(separator: "|"))]"
        case .search(let values, _): return "~[\(values[0].text)]"
        case .and(let parts): return "(" + parts.map(describe).joined(separator: " and ") + ")"
        case .or(let parts): return "(" + parts.map(describe).joined(separator: " or ") + ")"
        case .not(let operand, _): return "not " + describe(operand)
        case .quantified(let quantifier, let operand, _): return "\(quantifier.rawValue) " + describe(operand)
        case .emptiness(let path, let isEmpty, _): return "\(path.text) is\(isEmpty ? "" : " not") empty"
        case .inNamedQuery(let path, let name, _): return "\(path.text) in \(name.text)"
        case .counted(let aggregate, let op, let value, _): return "\(aggregate.text) \(op.rawValue) \(value.text)"
        }
    }

    @Test(
        "Accepted",
        arguments: [
            ("findings", "findings"),
            ("findings where a = 1 and b = 2 or c = 3", "findings where ((a=[1] and b=[2]) or c=[3])"),
            ("findings where a = 1 or b = 2 and c = 3", "findings where (a=[1] or (b=[2] and c=[3]))"),
            ("findings where a = 1 and b = 2 and c = 3", "findings where (a=[1] and b=[2] and c=[3])"),
            ("findings where (a = 1 or b = 2) and c = 3", "findings where ((a=[1] or b=[2]) and c=[3])"),
            ("findings where not a = 1 and b = 2", "findings where (not a=[1] and b=[2])"),
            ("findings where not (a = 1 and b = 2)", "findings where not (a=[1] and b=[2])"),
            (
                "findings where study = Oye 2018 and x = \"svært lav\"",
                "findings where (study=[Oye 2018] and x=[svært lav])"
            ),
            ("findings where theme not in (a, \"b c\")", "findings where not theme in [a|b c]"),
            ("findings where ~ fravær skole*", "findings where ~[fravær skole*]"),
            ("findings where study.country = USA", "findings where study.country=[USA]"),
            (
                "findings limit 5 show number sort by support desc, number",
                "findings show number sort support-,number+ limit 5"
            ),
            ("count findings where a >= b by theme, confidence", "count findings where a>=[b] by theme,confidence"),
            ("let komm = findings where theme = kommunikasjon", "let komm = findings where theme=[kommunikasjon]"),
            ("explain count matrix by relasjon", "explain count matrix by relasjon"),
            ("describe findings;", "describe findings"),
            ("SOURCES", "sources"),
            ("chart count findings by theme", "chart count findings by theme"),
            ("chart stacked count findings by theme, confidence", "chart stacked count findings by theme,confidence"),
            // `stacked` is soft: a field or value may be spelled so.
            ("findings where stacked = stacked", "findings where stacked=[stacked]"),
            // `score` sorts the best match first unless `asc`; quoted, it is a field; after ~, a word.
            ("sections where ~ x sort by score show id, score", "sections where ~[x] show id,<score> sort <score>-"),
            ("sections where ~ x sort by Score desc, id", "sections where ~[x] sort <score>-,id+"),
            ("sections where ~ x sort by score asc, id desc", "sections where ~[x] sort <score>+,id-"),
            (
                "sections where ~ score show \"score\" sort by \"score\"",
                "sections where ~[score] show score sort score+"
            ),
            ("count f by a, b show percent(a), percent, count", "count f by a,b show percent(a),percent,count"),
        ])
    func accepted(_ text: String, tree: String) {
        #expect(Self.tree(text) == tree)
    }

    @Test(
        "Rejected at line:column",
        arguments: [
            ("findings where", "1:15"),
            ("findings where a =", "1:19"),
            ("findings\nwhere a = 1\n  and = 2", "3:7"),
            ("findings where a = 1 b = 2", "1:22"),
            ("count", "1:6"),
            ("findings sort number", "1:15"),
            ("findings show", "1:14"),
            ("findings where a in ()", "1:22"),
            ("12 where a = 1", "1:1"),
            ("chart stacked findings", "1:15"),
            ("chart stacked", "1:14"),
        ])
    func rejected(_ text: String, place: String) {
        guard case .failure(let diagnostics) = Parser.parse(text), let range = diagnostics.first?.range else {
            Issue.record("expected an error for \(text)")
            return
        }
        #expect("\(range.start.line):\(range.start.column)" == place)
    }

    @Test(
        "Incomplete",
        arguments: ["findings where (a = 1", "findings where a in (1,", "findings where ((a = 1) and\n(b = 2"])
    func incomplete(_ text: String) {
        #expect(Parser.parse(text) == .incomplete)
    }

    /// A quoted value cannot span lines, so a quote open at the end of a line is an error
    /// at the quote, not a reason to read on (issue 14, defect 9).
    @Test(
        "An open quote is not closed",
        arguments: [
            ("findings where a = 'x", "1:20"), ("findings where a = \"x\nb\"", "1:20"),
            ("findings where (a = \"x\n)", "1:21"),
        ])
    func openQuote(_ text: String, place: String) {
        guard case .failure(let diagnostics) = Parser.parse(text), let diagnostic = diagnostics.first,
            let range = diagnostic.range
        else {
            Issue.record("expected an error for \(text)")
            return
        }
        #expect(diagnostic.message == "the quote is not closed on its line")
        #expect("\(range.start.line):\(range.start.column)" == place)
    }

    @Test func aLimitTooLargeSaysSo() {
        guard case .failure(let diagnostics) = Parser.parse("findings limit 1000000000") else {
            Issue.record("accepted")
            return
        }
        #expect(diagnostics.first?.message == "the limit 1000000000 is too large")
        #expect(Parser.parse("findings limit 999999999") != .incomplete)
    }

    @Test func nestingIsLimited() {
        let deep = "findings where " + String(repeating: "(", count: 101) + "a = 1" + String(repeating: ")", count: 101)
        let fine = "findings where " + String(repeating: "(", count: 99) + "a = 1" + String(repeating: ")", count: 99)
        guard case .failure(let diagnostics) = Parser.parse(deep) else {
            Issue.record("accepted")
            return
        }
        #expect(diagnostics[0].range?.start.column == 16 + 100) // the 101st '('
        guard case .statement = Parser.parse(fine) else {
            Issue.record("rejected")
            return
        }
    }

    @Test func rangesCoverWhatTheyName() throws {
        guard case .statement(.query(let query)) = Parser.parse("findings where study.country = \"USA\"") else {
            Issue.record("no parse")
            return
        }
        guard case .comparison(let path, _, let value, let opRange) = try #require(query.condition) else {
            Issue.record("no comparison")
            return
        }
        #expect(path.parts.map { $0.range.start.column } == [16, 22])
        #expect(path.parts.map { $0.range.end.column } == [21, 29])
        #expect(opRange.start.column == 30)
        #expect((value.range.start.column, value.range.end.column) == (32, 37))
    }
}
