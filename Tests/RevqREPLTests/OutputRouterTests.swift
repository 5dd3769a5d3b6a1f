import Foundation
import RevqCore
import Testing

@testable import RevqREPL

/// Errors and warnings on stderr, whether about a statement, a file's line or revq
/// itself, come out of the one formatter with the same colouring.
struct OutputRouterTests {
    @Test(arguments: [ColorChoice.never, .always])
    func errorsAndWarningsComeFromTheOneFormatter(color: ColorChoice) throws {
        let label = color == .always ? "\u{1B}[1;31merror:\u{1B}[0m" : "error:"
        let text = try stderrText(color: color) { output in
            output.fail("cannot read x")
            output.warn("the history cannot be saved")
            output.complain(Diagnostic(.error, "the line is longer than 1 MiB", at: nil), at: "<stdin>:3")
            output.report(
                [Diagnostic(.error, "no result yet", at: nil, hint: "run a statement first")], in: ".last",
                origin: InputOrigin(name: "<stdin>", firstLine: 4))
        }
        #expect(
            text == """
                revq: \(label) cannot read x
                revq: warning: the history cannot be saved
                <stdin>:3: \(label) the line is longer than 1 MiB
                <stdin>: \(label) no result yet
                  = hint: run a statement first

                """)
    }

    /// What `speak` writes on stderr; stdout is discarded.
    private func stderrText(color: ColorChoice, _ speak: (OutputRouter) -> Void) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("revq-router-\(UUID().uuidString)")
            .path
        defer { unlink(path) }
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        #expect(descriptor >= 0)
        let stderr = OutputSink(descriptor: descriptor, path: path, ownsDescriptor: true, stopsOnInterruption: false)
        let output = OutputRouter(
            facts: TerminalFacts(environment: [:], color: color), noticesOnTerminal: false,
            stdout: .discarding(), stderr: stderr)
        speak(output)
        stderr.close()
        return try String(contentsOfFile: path, encoding: .utf8)
    }
}

/// A child that shows a result and dies of a signal nobody sent is a crash of revq, said
/// as such, not an interruption (which would tell the user they pressed Ctrl-C).
@Suite struct InterruptibleRenderingTests {
    @Test func aChildKilledByItsOwnFaultIsACrash() {
        let outcome = InterruptibleRendering.run {
            // The test runner's threads may hold the signal blocked; the child must not.
            var mask = sigset_t()
            sigemptyset(&mask)
            sigaddset(&mask, SIGUSR2)
            pthread_sigmask(SIG_UNBLOCK, &mask, nil)
            signal(SIGUSR2, SIG_DFL)
            raise(SIGUSR2)
            return 0
        }
        #expect(outcome == .crashed(signal: SIGUSR2))
    }

    @Test func aChildThatEndsReportsItsStatus() {
        #expect(InterruptibleRendering.run { 2 } == .finished(2))
    }
}
