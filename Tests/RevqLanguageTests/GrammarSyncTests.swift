import Foundation
import RevqCore
import RevqLanguage
import RevqTestSupport
import Testing

/// Grammar/ and the parser must agree: the same keywords, every example parses, every
/// counter-example fails where and how it says.
@Suite("Grammar and parser agree")
struct GrammarSyncTests {
    static func read(_ name: String) -> String {
        (try? String(contentsOfFile: RepositoryPaths.grammar + "/" + name, encoding: .utf8)) ?? ""
    }

    /// The grammar's keyword terminals: quoted words, outside comments.
    static var grammarKeywords: Set<String> {
        var text = read("revq.ebnf")
        while let open = text.range(of: "(*"), let close = text.range(of: "*)", range: open.upperBound..<text.endIndex)
        {
            text.removeSubrange(open.lowerBound..<close.upperBound)
        }
        let terminal = /"([a-z]+)"/
        return Set(text.matches(of: terminal).map { String($0.output.1) })
    }

    static var examples: [String] {
        read("examples.revq").split(separator: "\n").map(String.init).filter { !$0.hasPrefix("--") }
    }

    /// (statement, column of the caret, message) from the three-line cases.
    static var counterexamples: [(String, Int, String)] {
        let lines = read("counterexamples.revq").split(separator: "\n").map(String.init).filter { !$0.hasPrefix("--") }
        return stride(from: 0, to: lines.count - 2, by: 3).map { index in
            let caret =
                lines[index + 1].firstIndex(of: "^").map {
                    lines[index + 1].distance(from: lines[index + 1].startIndex, to: $0) + 1
                } ?? 0
            return (lines[index], caret, lines[index + 2])
        }
    }

    @Test func everyGrammarKeywordIsALexerKeywordAndBack() {
        #expect(!Self.grammarKeywords.isEmpty)
        #expect(Self.grammarKeywords == Set(Keyword.allCases.map(\.rawValue)))
    }

    @Test func theFilesAreThere() {
        #expect(Self.examples.count >= 30)
        #expect(Self.counterexamples.count >= 15)
    }

    @Test("Every example in Grammar/examples.revq parses", arguments: examples)
    func exampleParses(_ statement: String) {
        guard case .statement = Parser.parse(statement) else {
            Issue.record("does not parse: \(statement) -> \(Parser.parse(statement))")
            return
        }
    }

    @Test("Every counter-example fails with its stated error and column", arguments: counterexamples)
    func counterexampleFails(_ statement: String, column: Int, message: String) {
        guard case .failure(let diagnostics) = Parser.parse(statement), let diagnostic = diagnostics.first else {
            Issue.record("parses, but should fail: \(statement)")
            return
        }
        #expect(diagnostic.message == message)
        #expect(diagnostic.range?.start.column == column)
    }
}
