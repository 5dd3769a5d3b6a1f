import Foundation
import RevqTestSupport
import Testing

/// The tests' one process runner gives each program its stdin, environment and folder,
/// and gives back what it wrote, its exit status, and whether it was stopped at the timeout.
@Suite struct SubprocessTests {
    static let shell = "/bin/sh"

    @Test(arguments: [Subprocess.Outputs.pipes, .files])
    func stdinInStdoutAndStderrOutWithTheStatus(outputs: Subprocess.Outputs) throws {
        let run = try Subprocess.run(
            Self.shell, ["-c", "cat; echo 'to stderr' >&2; exit 3"], stdin: .text("ærlig\n"), outputs: outputs)
        #expect(run.stdout == "ærlig\n")
        #expect(run.stderr == "to stderr\n")
        #expect(run.status == 3)
        #expect(!run.timedOut)
    }

    @Test func theEnvironmentAndFolderAreTheOnesGiven() throws {
        let folder = FileManager.default.temporaryDirectory.path
        let run = try Subprocess.run(
            Self.shell, ["-c", "printf '%s %s' \"$WORD\" \"$(pwd)\""], environment: ["WORD": "søt"],
            currentDirectory: folder)
        #expect(run.stdout == "søt \(URL(fileURLWithPath: folder).resolvingSymlinksInPath().path)")
    }

    @Test func mergedOutputsKeepTheirOrder() throws {
        let run = try Subprocess.run(Self.shell, ["-c", "echo a; echo b >&2; echo c"], mergeOutputs: true)
        #expect(run.stdout == "a\nb\nc\n")
        #expect(run.stderr.isEmpty)
    }

    /// More than a pipe holds, on both outputs at once, while stdin is still being written.
    @Test(arguments: [Subprocess.Outputs.pipes, .files])
    func aChattyProgramDoesNotBlock(outputs: Subprocess.Outputs) throws {
        let input = String(repeating: "x", count: 300_000)
        let run = try Subprocess.run(
            Self.shell, ["-c", "tee /dev/stderr"], stdin: .text(input), timeout: .seconds(60), outputs: outputs)
        #expect(run.stdout.count == input.count && run.stderr.count == input.count)
        #expect(!run.timedOut)
    }

    @Test func aProgramPastItsTimeoutIsKilled() throws {
        let started = ContinuousClock.now
        let run = try Subprocess.run(Self.shell, ["-c", "exec sleep 30"], timeout: .milliseconds(300))
        #expect(run.timedOut)
        #expect(run.status == SIGKILL)
        #expect(ContinuousClock.now - started < .seconds(20))
    }

    @Test func anOpenFileIsStdin() throws {
        let run = try Subprocess.run(Self.shell, ["-c", "wc -c"], stdin: .handle(FileHandle.nullDevice))
        #expect(run.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "0")
    }
}
