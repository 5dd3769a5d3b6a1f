import Foundation
import RevqTestSupport
import Testing

/// Issue 25: the exit status says when anything failed, whatever happened after it: a
/// closed pipe, a read error on stdin, a failed write.
@Suite(.serialized)
struct ExitStatusTests {
    /// `revq -c nosuch -c sections | head -1`: the reader closing the pipe ends revq
    /// quietly, but the statement that failed before still makes the status 1. Three
    /// `sections` (the review's whole text, each far more than a pipe holds) make sure
    /// the pipe is closed while revq still writes.
    @Test func aFailureBeforeAClosedPipeStillFails() throws {
        let script = "nosuch\n" + String(repeating: "sections\n", count: 3)
        let run = try RevqProcess.runIntoClosedPipe([], stdin: script, home: TemporaryHome())
        #expect(run.status == 1, "\(run.stderr)")
        #expect(run.stderr.contains("<stdin>:1:1: error: unknown source 'nosuch'"), "\(run.stderr)")
    }

    /// The same with the failure in its own -c, before the one whose output is cut.
    @Test func aFailedCommandBeforeAClosedPipeStillFails() throws {
        let run = try RevqProcess.runIntoClosedPipe(["-c", "nosuch", "-c", "sections", "-c", "sections"], stdin: "",
                                                     home: TemporaryHome())
        #expect(run.status == 1, "\(run.stderr)")
    }
}
