import Foundation
import RevqCore
import RevqEngine
import RevqLanguage
import RevqTestSupport
import Testing

/// What revq prints in the language can be typed back (issue 23): each condition of an
/// `explain` plan, each statement a note offers to try (`try ... (N rows)`, `(audit where
/// ...)`) and each statement or condition a hint writes out parses with no diagnostic;
/// the plan's conditions and the notes' statements come from the syntax tree's printer.
@Suite("Plans, notes and hints quote statements that parse")
struct QuotedStatementsParseBackTests {
    let interpreter = Interpreter(store: BundledStore.shared)

    /// The issue's case: a value with double quotes inside, typed in single quotes, was
    /// shown as `text ~ "a "b" c"`, which ends after `a `.
    @Test func anExplainedConditionReadsBackAsTheSameCondition() throws {
        let typed = #"findings where text ~ 'a "b" c'"#
        let plan = try #require(interpreter.run("explain " + typed).resultSet)
        let line = plan.rows[1][0].text.trimmingCharacters(in: .whitespaces)
        #expect(line == #"text ~ 'a "b" c'"#)
        #expect(try Self.condition("findings where " + line) == (try Self.condition(typed)))
    }

    /// Statements whose plans hold every kind of condition line, with the values the
    /// printer must quote: quotes of both kinds, several words, keywords, Norwegian letters.
    static let explained = [
        #"findings where text ~ 'a "b" c'"#,
        #"findings where text ~ "it's" or text ~ 'say ''hi'''"#,
        #"findings where text = "a ""b"" 'c'""#,
        "findings where study = Oye 2018 and confidence >= moderat",
        "findings where study in (Oye 2018, \"Bergman og Chan 2019\") and theme != kommunikasjon",
        "findings where any study.country not in (Norge, USA)",
        "findings where no study.country = Norge and every study.country in (USA)",
        "studies where every finding.confidence >= moderat and no finding.text = \"count\"",
        "findings where not (theme = kommunikasjon or study.country = Norge)",
        "findings where note is not empty and study.note is empty",
        "sections where text ~ SMS* and text ~ \"text messages\"",
        "findings where ~ 'relasjon' and text ~ tekstmeldinger",
        "claims where \"check\" is not empty sort by \"check\" desc limit 3",
        "findings where theme = kommunikasjon sort by number desc limit 2 with ties",
        "count findings where number > 2 by theme, study",
        "count studies where count(distinct finding.theme) >= 2 by country show count, avg(year) sort by count desc limit 2",
    ]

    @Test("Every line of the plan that writes language parses back", arguments: explained)
    func planLines(_ statement: String) throws {
        guard case .statement(let tree) = Parser.parse(statement) else {
            Issue.record("does not parse: \(statement)")
            return
        }
        let plan = try #require(interpreter.run("explain " + statement).resultSet, "\(statement)")
        var checked = 0
        for row in plan.rows {
            guard let typed = Self.statement(ofPlanLine: row[0].text, in: tree) else { continue }
            Self.expectParses(typed, from: "explain \(statement)")
            checked += 1
        }
        #expect(checked >= 1, "\(plan.rows.map { $0[0].text })")
    }

    /// Statements whose answers carry notes that offer a statement to try.
    static let noted = [
        "searches where database = ERIC",
        "studies where label = \"Larsen 2023\" show id",
        "studies where label = Larsen 2023",
        "studies where label = 'Meyer 2010'",
        "count sections where text ~ relasjon",
        "count sections where text ~ 'relasjon'",
        "count matrix by kompetanse",
        "matrix where kompetanse = Ja",
    ]

    @Test("Every statement a note offers parses", arguments: noted)
    func notes(_ statement: String) throws {
        let result = try #require(interpreter.run(statement).resultSet, "\(statement)")
        let offered = result.notes.flatMap(Self.statements(inNote:))
        #expect(!offered.isEmpty, "\(result.notes)")
        for typed in offered { Self.expectParses(typed, from: statement) }
    }

    /// Statements that fail with a hint that writes language out: what the hint offers,
    /// and the statement it makes in its place.
    static let hinted: [(statement: String, offered: String, typed: String)] = [
        ("findings where \"SMS\"", "~ \"SMS\"", "findings where ~ \"SMS\""),
        ("findings where text = count", "\"count\"", "findings where text = \"count\""),
        ("findings where theme not = x", "theme not in (A, B)", "findings where theme not in (A, B)"),
        ("findings where theme not = x", "not theme = A", "findings where not theme = A"),
        ("findings where theme is x", "theme is not empty", "findings where theme is not empty"),
        (
            "count findings by theme where x", "count findings where confidence = høy by theme",
            "count findings where confidence = høy by theme"
        ),
        (
            "findings limit 2 with ties", "matrix sort by ja_count desc limit 1 with ties",
            "matrix sort by ja_count desc limit 1 with ties"
        ),
    ]

    /// Each hint holds what it offers, and that parses in its place.
    @Test("Every statement a hint writes parses", arguments: hinted)
    func hints(_ statement: String, offered: String, typed: String) throws {
        guard case .failure(let diagnostics) = interpreter.run(statement) else {
            Issue.record("does not fail: \(statement)")
            return
        }
        let hint = diagnostics.compactMap(\.hint).joined(separator: "\n")
        #expect(hint.contains(offered), "\(statement): \(hint)")
        Self.expectParses(typed, from: statement)
    }

    // MARK: - Reading what was printed

    /// The statement a plan line stands for, or nil for the lines that are no language
    /// (`input`, `filter`, `and`, `combine a × b`): a condition in `SOURCE where ...`, a
    /// clause after the source (or the count's source and groups).
    static func statement(ofPlanLine line: String, in tree: Statement) -> String? {
        let step = line.trimmingCharacters(in: .whitespaces)
        guard !["input", "filter", "and", "or", "not"].contains(step), !step.hasPrefix("combine ") else { return nil }
        guard let (source, groups) = sourceAndGroups(of: tree) else { return nil }
        if step.hasPrefix("count by ") { return source + step.dropFirst("count".count) }
        if step.hasPrefix("show ") { return source + groups + " " + step }
        if step.hasPrefix("sort by ") || step.hasPrefix("limit ") { return source + groups + " " + step }
        // A search's thesaurus note follows the condition in parentheses.
        let condition = step.components(separatedBy: " (thesaurus: ")[0]
        return source.replacingOccurrences(of: "count ", with: "") + " where " + condition
    }

    /// The statements a note offers: after "try " up to the row count, and in "(audit where ...)".
    static func statements(inNote note: String) -> [String] {
        let tried = note.matches(of: /try (.+?) \(\d+ rows?\)/).map { String($0.output.1) }
        let audits = note.matches(of: /\((audit where id (?:= [^)]+|in \([^)]+\)))\)/).map { String($0.output.1) }
        return tried + audits
    }

    static func expectParses(_ typed: String, from statement: String) {
        guard case .statement = Parser.parse(typed) else {
            Issue.record("\(statement) prints \(typed.debugDescription), which does not parse: \(Parser.parse(typed))")
            return
        }
    }

    /// What a plan line follows: `findings`, or `count findings` and " by theme, study".
    static func sourceAndGroups(of tree: Statement) -> (String, String)? {
        switch tree {
        case .query(let query): return (query.source.text, "")
        case .count(let count):
            return ("count " + count.query.source.text, " by " + count.groups.map(\.spelled).joined(separator: ", "))
        default: return nil
        }
    }

    /// The condition of a query as the parser reads it, without its places.
    static func condition(_ text: String) throws -> String {
        guard case .statement(.query(let query)) = Parser.parse(text), let condition = query.condition else {
            throw ParseFailure(text: text)
        }
        return String(describing: condition).replacing(
            /SourceLocation\(offset: \d+, line: \d+, column: \d+\)/, with: "_")
    }

    struct ParseFailure: Error { let text: String }
}
