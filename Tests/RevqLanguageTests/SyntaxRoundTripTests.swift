import Foundation
import RevqCore
import RevqLanguage
import RevqTestSupport
import Testing

/// The one printer of the syntax tree (`Statement.text`) prints what parses back to the
/// same tree: for every statement of Grammar/examples.revq and for random statements.
@Suite("Printing a statement and parsing it again gives the same tree")
struct SyntaxRoundTripTests {
    static var examples: [String] {
        let text = (try? String(contentsOfFile: RepositoryPaths.grammar + "/examples.revq", encoding: .utf8)) ?? ""
        return text.split(separator: "\n").map(String.init).filter { !$0.hasPrefix("--") }
    }

    /// The tree without its places, which printing changes (spacing, comments).
    static func shape(_ statement: Statement) -> String {
        String(describing: statement).replacing(/SourceLocation\(offset: \d+, line: \d+, column: \d+\)/, with: "_")
    }

    static func checkRoundTrip(_ original: String) {
        guard case .statement(let tree) = Parser.parse(original) else {
            Issue.record("does not parse: \(original)")
            return
        }
        let printed = tree.text
        guard case .statement(let again) = Parser.parse(printed) else {
            Issue.record("\(original)\nprints as\n\(printed)\nwhich does not parse: \(Parser.parse(printed))")
            return
        }
        #expect(shape(again) == shape(tree), "\(original)\nprints as\n\(printed)\nwhich parses to another tree")
        #expect(again.text == printed)
    }

    @Test("Every example", arguments: examples)
    func example(_ statement: String) {
        Self.checkRoundTrip(statement)
    }

    @Test func randomStatements() {
        var generator = RandomStatements(store: MiniReview.store, random: SeededGenerator(seed: 13))
        for _ in 0..<300 { Self.checkRoundTrip(generator.statement()) }
    }

    /// The cases a printer gets wrong first: `not` over `and`, `or` under `and`, quotes
    /// doubled inside a value or the other quote chosen, `not in` under a quantifier, a
    /// keyword spelled as a value, the views and `chart`.
    @Test(arguments: [
        "findings where not (theme = a and number > 2)",
        "findings where theme = a and (number > 2 or support < 3)",
        "findings where not theme in (a, \"b c\")",
        "findings where theme not in (a, b)",
        "findings where any study.country not in (Norge, \"U S\")",
        "studies where no finding not in komm and every finding in komm",
        "findings where study = \"say \"\"hi\"\"\"",
        "findings where text ~ 'a \"b\" c' and text = \"it's \"\"x\"\"\"",
        "matrix where relasjon = no",
        "excluded where title ~ why",
        "explain count findings where every study.country = Norge by theme show count, avg(support) sort by avg(support) desc limit 3",
        "let komm = findings where theme = kommunikasjon show number sort by number desc limit 2",
        "chart count findings by theme, confidence",
        "soqf where confidence >= moderat",
        "grid matrix where study.country = USA",
        "why 16",
        "describe findings",
        "sources",
        "claims where \"count\" = 3 show id, \"sort\", check sort by \"limit\" desc",
        "count claims by \"check\" show max(\"count\")",
        "sections where ~ score sort by score asc, \"score\" desc show \"score\", score",
        "sections where text ~ relasjon sort by Score DESC",
        "count findings by theme, confidence show percent(theme) sort by percent(confidence) desc",
    ])
    func hardCases(_ statement: String) {
        Self.checkRoundTrip(statement)
    }

    /// The printer is the language's spelling, not the typed one: one space, lower-case
    /// keywords, no comment.
    @Test func printingNormalisesSpacingKeywordsAndComments() {
        guard case .statement(let tree) = Parser.parse("findings   WHERE confidence>=moderat -- the strong ones") else {
            Issue.record("does not parse")
            return
        }
        #expect(tree.text == "findings where confidence >= moderat")
    }
}
