import RevqCore
import RevqLanguage
import Testing

/// The text a node's range covers, for the nodes whose ranges are new or easily cut
/// short: the statement (no spaces or `;` round it), sort keys with their direction, a
/// count's query with its closing parenthesis, `not in`. (Every node of every example and
/// of random statements: SyntaxRangeTests in RevqEngineTests.)
@Suite("Source ranges of statements, queries and sort keys")
struct SyntaxRangeTableTests {
    static func covered(_ text: String, _ range: (Statement) -> SourceRange?) -> String? {
        guard case .statement(let statement) = Parser.parse(text), let range = range(statement) else { return nil }
        return String(Array(text)[range.start.offset..<range.end.offset])
    }

    @Test(arguments: [
        ("  findings sort by number DESC ;", "findings sort by number DESC"),
        ("explain  findings where (theme = a or theme = b)", "explain  findings where (theme = a or theme = b)"),
        ("let k = findings limit 2", "let k = findings limit 2"),
        ("chart stacked count findings by theme, confidence;", "chart stacked count findings by theme, confidence"),
        ("grid matrix", "grid matrix"),
        ("why 16 ;", "why 16"),
        ("describe findings", "describe findings"),
        ("sources;", "sources"),
        ("soqf where confidence >= moderat", "soqf where confidence >= moderat"),
        // A group's closing ')' has no node of its own, but the view ends with it.
        (
            "profile where (confidence = høy or theme = kommunikasjon)",
            "profile where (confidence = høy or theme = kommunikasjon)"
        ),
        ("check", "check"),
    ])
    func statement(_ text: String, _ expected: String) {
        #expect(Self.covered(text) { $0.range } == expected)
    }

    @Test(arguments: [
        ("findings sort by number desc, theme", ["number desc", "theme"]),
        ("findings sort by number ASC limit 3", ["number ASC"]),
    ])
    func sortKeys(_ text: String, _ expected: [String]) {
        guard case .statement(.query(let query)) = Parser.parse(text) else {
            Issue.record("no query: \(text)")
            return
        }
        #expect(query.sort.map { String(Array(text)[$0.range.start.offset..<$0.range.end.offset]) } == expected)
    }

    @Test(arguments: [
        (
            "count findings where (theme = a or theme = b) by theme sort by avg(support) desc",
            "findings where (theme = a or theme = b)", ["avg(support) desc"]
        ),
        ("count findings by theme sort by theme", "findings", ["theme"]),
    ])
    func count(_ text: String, _ query: String, _ keys: [String]) {
        guard case .statement(.count(let count)) = Parser.parse(text) else {
            Issue.record("no count: \(text)")
            return
        }
        let characters = Array(text)
        #expect(String(characters[count.query.range.start.offset..<count.query.range.end.offset]) == query)
        #expect(count.sort.map { String(characters[$0.range.start.offset..<$0.range.end.offset]) } == keys)
        #expect(count.range.start.offset == 0 && count.range.end.offset == characters.count)
    }

    /// `theme not in (a)`: the `not` is written after the field, so it covers the membership whole.
    @Test func notInCoversItsField() {
        let text = "findings where theme not in (a, b)"
        #expect(
            Self.covered(text) { statement in
                guard case .query(let query) = statement, case .not(.membership, let range)? = query.condition else {
                    return nil
                }
                return range
            } == "theme not in (a, b)")
    }
}
