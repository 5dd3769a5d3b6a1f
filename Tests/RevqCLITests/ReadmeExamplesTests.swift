import Foundation
import RevqTestSupport
import Testing

/// The README's examples are real: each block that starts with `$ scripts/revq -c '...'`
/// shows exactly what revq prints for that statement (stdout, then stderr, at 100
/// columns), so the README cannot drift from the program it describes.
@Suite("README examples")
struct ReadmeExamplesTests {
    struct Example: Sendable, CustomStringConvertible {
        let statement: String
        let shown: String
        var description: String { statement }
    }

    /// Every fenced block whose first line is `$ scripts/revq -c 'STATEMENT'` and nothing else.
    static let examples: [Example] = {
        let readme = (try? String(contentsOfFile: RepositoryPaths.root + "/README.md", encoding: .utf8)) ?? ""
        var examples: [Example] = []
        let blocks = readme.components(separatedBy: "```\n").enumerated().filter { $0.offset % 2 == 1 }.map(\.element)
        for block in blocks {
            var lines = block.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            guard let first = lines.first, first.hasPrefix("$ scripts/revq -c '"), first.hasSuffix("'") else {
                continue
            }
            let statement = String(first.dropFirst("$ scripts/revq -c '".count).dropLast())
            lines.removeFirst()
            examples.append(Example(statement: statement, shown: lines.joined(separator: "\n")))
        }
        return examples
    }()

    @Test func theReadmeHasExamples() {
        #expect(Self.examples.count >= 5)
    }

    @Test(arguments: examples)
    func anExampleShowsWhatRevqPrints(_ example: Example) throws {
        let home = try TemporaryHome()
        let result = try RevqProcess.run(["-c", example.statement], home: home, extraEnvironment: ["COLUMNS": "100"])
        #expect(result.stdout + result.stderr == example.shown)
    }
}
