import RevqCore
import RevqLanguage
import RevqTestSupport
import Testing

/// Every node of the syntax tree has its place: inside its parent's, after its elder
/// sibling's, covering the tokens the node prints as, and the statement's from its first
/// token through its last. For every statement of Grammar/examples.revq and for random
/// statements.
@Suite("Every node of the syntax tree has its source range")
struct SyntaxRangeTests {
    /// A node of the tree as the check sees it: its place and its children's.
    struct Node {
        let label: String
        let range: SourceRange
        /// The node as the printer spells it, whose tokens its range must cover.
        let printed: String
        var children: [Node] = []
        /// The clauses of a query or a count may come in any order; the check sorts them.
        var inAnyOrder = false
    }

    static func checkRanges(_ text: String) {
        guard case .statement(let statement) = Parser.parse(text) else {
            Issue.record("does not parse: \(text)")
            return
        }
        let characters = Array(text)
        let covered = String(characters[statement.range.start.offset..<statement.range.end.offset])
        #expect(covered == typed(text), "\(text): the statement's range covers '\(covered)'")
        for problem in problems(in: node(statement), text: characters) {
            Issue.record("\(text): \(problem)")
        }
    }

    /// The statement as typed, without the spaces, comment and `;` around it.
    static func typed(_ text: String) -> String {
        var text = String(withoutComment(text).trimmingPrefix(while: \.isWhitespace))
        while let last = text.last, last.isWhitespace || last == ";" { text.removeLast() }
        return text
    }

    /// `text` up to a `--` outside quotes (a doubled quote inside a string toggles twice).
    static func withoutComment(_ text: String) -> String {
        var inQuotes = false
        var kept = ""
        for character in text {
            if character == "\"" { inQuotes.toggle() }
            if !inQuotes, character == "-", kept.last == "-" { return String(kept.dropLast()) }
            kept.append(character)
        }
        return kept
    }

    /// What is wrong with the places of `node` and everything under it.
    static func problems(in node: Node, text: [Character]) -> [String] {
        var found: [String] = []
        func quote(_ node: Node) -> String {
            let start = node.range.start.offset
            let end = node.range.end.offset
            guard 0 <= start, start <= end, end <= text.count else { return "\(node.label) at \(start)..<\(end)" }
            return "\(node.label) '\(String(text[start..<end]))'"
        }
        if node.range.start.offset >= node.range.end.offset { found.append("\(quote(node)) is empty") }
        if let start = Optional(node.range.start.offset), let end = Optional(node.range.end.offset),
            0 <= start, start <= end, end <= text.count, tokens(String(text[start..<end])) != tokens(node.printed)
        {
            found.append("\(quote(node)) does not cover the tokens of '\(node.printed)'")
        }
        for child in node.children where child.range.start < node.range.start || node.range.end < child.range.end {
            found.append("\(quote(child)) is not inside \(quote(node))")
        }
        let children = node.inAnyOrder ? node.children.sorted { $0.range.start < $1.range.start } : node.children
        for (elder, younger) in zip(children, children.dropFirst()) where younger.range.start < elder.range.end {
            found.append("\(quote(younger)) does not follow \(quote(elder))")
        }
        return found + node.children.flatMap { problems(in: $0, text: text) }
    }

    /// The tokens of `text` as the printer spells them, sorted (`theme not in (a)` prints
    /// as `not theme in (a)`); without parentheses, which the printer puts round every `or`
    /// and a group keeps no place for, and without `asc`, which it leaves out.
    static func tokens(_ text: String) -> [String] {
        Lexer.tokens(of: text).compactMap { token in
            switch token.kind {
            case .leftParen, .rightParen, .end, .keyword(.asc): return nil
            case .comparison: return "\(token.kind)"
            default: return "\(token.kind) \(token.text.lowercased())"
            }
        }.sorted()
    }

    // MARK: - The tree as nodes

    static func node(_ statement: Statement) -> Node {
        let children: [Node]
        switch statement {
        case .query(let query): children = [node(query)]
        case .count(let count): children = [node(count)]
        case .define(let name, let query, let range): children = [keyword("let", range), node(name), node(query)]
        case .explain(let inner, let range): children = [keyword("explain", range), node(inner)]
        case .chart(let inner, _, let range): children = [keyword("chart", range), node(inner)]
        case .sources(let range): children = [keyword("sources", range)]
        case .describe(let name, let range): children = [keyword("describe", range), node(name)]
        case .view(let view, let query, let range, _):
            children =
                [keyword(view.rawValue, range)] + (query.condition.map { [node($0)] } ?? [])
                + query.show.map(node) + query.sort.map(node) + (query.limit.map { [node($0)] } ?? [])
        case .why(let number, let clauses, let range):
            children =
                [keyword("why", range), node(number)] + clauses.show.map(node) + clauses.sort.map(node)
                + (clauses.limit.map { [node($0)] } ?? [])
        case .search(let words, let range): children = [keyword("search", range), node(words)]
        case .grid(let query, let range): children = [keyword("grid", range), node(query)]
        }
        // A view's clauses, like a query's, come in any order.
        var isView = false
        if case .view = statement { isView = true }
        if case .why = statement { isView = true }
        return Node(
            label: "statement", range: statement.range, printed: statement.text, children: children, inAnyOrder: isView)
    }

    static func node(_ query: Query) -> Node {
        var children = [node(query.source)]
        if let condition = query.condition { children.append(node(condition)) }
        children += query.show.map(node) + query.sort.map(node)
        if let limit = query.limit { children.append(node(limit)) }
        return Node(label: "query", range: query.range, printed: query.text, children: children, inAnyOrder: true)
    }

    static func node(_ count: CountQuery) -> Node {
        var children = [node(count.query)] + count.groups.map(node) + count.aggregates.map(node) + count.sort.map(node)
        if let limit = count.limit { children.append(node(limit)) }
        return Node(label: "count", range: count.range, printed: count.text, children: children, inAnyOrder: true)
    }

    static func node(_ key: SortKey) -> Node {
        Node(label: "sort key", range: key.range, printed: key.text, children: [node(key.path)])
    }

    static func node(_ key: CountSortKey) -> Node {
        switch key.target {
        case .path(let path):
            return Node(label: "count sort key", range: key.range, printed: key.text, children: [node(path)])
        case .aggregate(let aggregate):
            return Node(label: "count sort key", range: key.range, printed: key.text, children: [node(aggregate)])
        }
    }

    static func node(_ aggregate: Aggregate) -> Node {
        Node(
            label: "aggregate", range: aggregate.range, printed: aggregate.text,
            children: aggregate.path.map { [node($0)] } ?? [])
    }

    static func node(_ condition: Condition) -> Node {
        let children: [Node]
        switch condition {
        case .comparison(let path, let op, let value, let operatorRange):
            children = [node(path), Node(label: "operator", range: operatorRange, printed: op.rawValue), node(value)]
        case .membership(let path, let values, _): children = [node(path)] + values.map(node)
        case .search(let words, _): children = words.map(node)
        // `theme not in (a)`: the membership's range holds the `not` written inside it.
        case .not(.membership(let path, let values, let range), let notRange) where range == notRange:
            children = [
                Node(
                    label: "condition", range: range, printed: condition.text, children: [node(path)] + values.map(node)
                )
            ]
        case .not(.inNamedQuery(let path, let name, let range), let notRange) where range == notRange:
            children = [
                Node(label: "condition", range: range, printed: condition.text, children: [node(path), node(name)])
            ]
        case .quantified(_, let inner, _), .not(let inner, _): children = [node(inner)]
        case .emptiness(let path, _, _): children = [node(path)]
        case .inNamedQuery(let path, let name, _): children = [node(path), node(name)]
        case .counted(let aggregate, let op, let value, let operatorRange):
            children = [
                node(aggregate), Node(label: "operator", range: operatorRange, printed: op.rawValue), node(value),
            ]
        case .and(let parts), .or(let parts): children = parts.map(node)
        }
        return Node(label: "condition", range: condition.range, printed: condition.text, children: children)
    }

    static func node(_ path: FieldPath) -> Node {
        Node(label: "path", range: path.range, printed: path.spelled, children: path.parts.map(node))
    }

    static func node(_ name: Name) -> Node { Node(label: "name", range: name.range, printed: name.text) }
    static func node(_ literal: Literal) -> Node {
        Node(label: "value", range: literal.range, printed: literal.spelled)
    }
    static func keyword(_ spelling: String, _ range: SourceRange) -> Node {
        Node(label: "keyword", range: range, printed: spelling)
    }

    // MARK: - The statements

    @Test("Every example", arguments: SyntaxRoundTripTests.examples)
    func example(_ statement: String) {
        Self.checkRanges(statement)
    }

    @Test func randomStatements() {
        var generator = RandomStatements(store: MiniReview.store, random: SeededGenerator(seed: 13))
        for _ in 0..<300 { Self.checkRanges(generator.statement()) }
    }

    /// Where a range most easily stops short: a closing parenthesis, `asc`/`desc`, a `;`,
    /// spaces around the statement, clauses out of their usual order.
    @Test(arguments: [
        "findings where (theme = a or number > 2)",
        "findings where not (theme = a and number > 2);",
        "  findings where theme in (a, \"b c\")  ;  ",
        "findings where theme not in (a, b) sort by number asc",
        "findings limit 2 show number, theme sort by number desc",
        "findings where every study.country = Norge show *",
        "findings where ~ barriers communication",
        "count findings where (theme = a or theme = b)",
        "count findings by theme show count, avg(support) sort by avg(support) desc, theme asc limit 3",
        "count findings by theme limit 3 sort by count",
        "explain count findings where no study.country = Norge by theme",
        "explain findings where note is not empty",
        "let komm = findings where theme = kommunikasjon sort by number desc",
        "chart stacked count findings by theme, confidence",
        "grid matrix where (study.country = USA or study.country = Norge)",
        "soqf where confidence >= moderat",
        "profile",
        "why 16;",
        "describe findings",
        "sources;",
    ])
    func hardCase(_ statement: String) {
        Self.checkRanges(statement)
    }
}
