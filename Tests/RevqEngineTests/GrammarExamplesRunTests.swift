import Foundation
import RevqCore
import RevqEngine
import RevqReview
import RevqTestSupport
import Testing

/// Every example of Grammar/examples.revq, run in order in one session over the
/// bundled review (so `let komm` comes before its uses), is answered without an error.
@Suite("Grammar examples run on the review")
struct GrammarExamplesRunTests {
    @Test func everyExampleRuns() throws {
        let text = try String(contentsOfFile: RepositoryPaths.grammar + "/examples.revq", encoding: .utf8)
        let examples = text.split(separator: "\n").map(String.init).filter { !$0.hasPrefix("--") }
        let interpreter = Interpreter(store: BundledStore.shared)
        for example in examples {
            switch interpreter.run(example) {
            case .rows, .message: continue
            case .incomplete: Issue.record("incomplete: \(example)")
            case .failure(let diagnostics):
                Issue.record(
                    "\(DiagnosticFormatter.render(diagnostics, in: example, origin: InputOrigin(name: "examples.revq")))"
                )
            }
        }
    }
}
