import RevqCore
import RevqLanguage
import Testing

/// The constructs of issue 8: quantifiers, emptiness tests, `show *`, soft keywords as
/// values and `--` comments, each with the tree it gives.
@Suite("Parser: quantifiers, emptiness, show *, comments")
struct QuantifierParserTests {
    @Test(
        "Accepted",
        arguments: [
            ("findings where every study.country = Norge", "findings where every study.country=[Norge]"),
            ("findings where NO study.kind = kvantitativ", "findings where no study.kind=[kvantitativ]"),
            ("findings where any study.country != Norge", "findings where any study.country!=[Norge]"),
            ("studies where every finding.confidence >= moderat", "studies where every finding.confidence>=[moderat]"),
            (
                "studies where every informants not in (elever, lærere)",
                "studies where every not informants in [elever|lærere]"
            ),
            ("studies where not every x = 1 and y = 2", "studies where (not every x=[1] and y=[2])"),
            ("studies where note is empty", "studies where note is empty"),
            ("findings where every study.note is not empty", "findings where every study.note is not empty"),
            (
                "studies where note is not empty or finding is empty",
                "studies where (note is not empty or finding is empty)"
            ),
            ("matrix where relasjon = no", "matrix where relasjon=[no]"),
            ("matrix where relasjon in (no, every, empty)", "matrix where relasjon in [no|every|empty]"),
            ("findings show *", "findings show *"),
            ("findings show *, study.country", "findings show *,study.country"),
            ("findings -- every finding\nwhere number = 1 -- the first", "findings where number=[1]"),
            ("findings where title = a--b", "findings where title=[a--b]"),
            ("findings where text = \"-- not a comment\"", "findings where text=[-- not a comment]"),
        ])
    func accepted(_ input: String, _ expected: String) {
        #expect(ParserTests.tree(input) == expected)
    }

    @Test(
        "Rejected at line:column",
        arguments: [
            ("findings where every", "1:21", "expected a field of findings, found the end of the statement"),
            ("findings where every (a = 1)", "1:22", "expected a field of findings, found '('"),
            ("findings where note is", "1:23", "expected 'not' or 'empty', found the end of the statement"),
            ("findings show * *", "1:17", "expected 'sort', 'limit', ',' or the end of the statement, found '*'"),
            ("findings show study.*", "1:15", "expected a field of findings or '*', found 'study.*'"),
            ("-- only a comment", "1:18", "empty statement"),
        ])
    func rejected(_ input: String, _ place: String, _ message: String) {
        guard case .failure(let diagnostics) = Parser.parse(input), let diagnostic = diagnostics.first else {
            Issue.record("accepted: \(input)")
            return
        }
        let start = diagnostic.range!.start
        #expect("\(start.line):\(start.column)" == place)
        #expect(diagnostic.message == message)
    }

    /// Since issue 14 an open quote ends at its line: the error points at the quote and
    /// spans the `--` inside it, which a comment would have cut off.
    @Test func aCommentNeverHidesAnOpenQuote() {
        guard case .failure(let diagnostics) = Parser.parse("findings where text = 'a -- b"),
            let range = diagnostics.first?.range
        else {
            Issue.record("an open quote holding -- was not reported")
            return
        }
        #expect(diagnostics.first?.message == "the quote is not closed on its line")
        #expect(range.start.column == 23 && range.end.column == 30)
    }
}
