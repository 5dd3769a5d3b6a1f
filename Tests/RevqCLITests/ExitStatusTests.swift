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

    // MARK: Reading stdin

    /// Runs revq with `stdin` as its standard input, its outputs into files.
    private func run(_ arguments: [String], stdin: FileHandle, home: TemporaryHome) throws -> (stdout: String, stderr: String, status: Int32) {
        FileManager.default.createFile(atPath: home.file("out"), contents: nil)
        FileManager.default.createFile(atPath: home.file("err"), contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: RevqProcess.binary)
        process.arguments = arguments
        process.environment = home.environment
        process.standardInput = stdin
        process.standardOutput = FileHandle(forWritingAtPath: home.file("out"))
        process.standardError = FileHandle(forWritingAtPath: home.file("err"))
        try process.run()
        process.waitUntilExit()
        return (home.read("out") ?? "", home.read("err") ?? "", process.terminationStatus)
    }

    /// `revq < folder`: read() fails with EISDIR, which is an error naming stdin, not
    /// an empty script that succeeds.
    @Test func aDirectoryOnStdinIsAnError() throws {
        let home = try TemporaryHome()
        let folder = open(home.path, O_RDONLY)
        try #require(folder >= 0)
        let run = try run([], stdin: FileHandle(fileDescriptor: folder, closeOnDealloc: true), home: home)
        #expect(run.status == 1)
        #expect(run.stderr.contains("cannot read <stdin>: \(String(cString: strerror(EISDIR)))"), "\(run.stderr)")
    }

    /// A non-blocking stdin with nothing in it yet says EAGAIN: revq waits for the
    /// statements, which come later, and runs every one.
    @Test func aNonBlockingStdinIsWaitedFor() throws {
        let home = try TemporaryHome()
        var ends: [Int32] = [0, 0]
        try #require(pipe(&ends) == 0)
        try #require(fcntl(ends[0], F_SETFL, fcntl(ends[0], F_GETFL) | O_NONBLOCK) == 0)
        let writer = Thread { [ends] in
            for _ in 0..<2 {
                usleep(300_000)
                _ = "count studies\n".withCString { write(ends[1], $0, strlen($0)) }
            }
            close(ends[1])
        }
        writer.start()
        let run = try run(["--format", "csv"], stdin: FileHandle(fileDescriptor: ends[0], closeOnDealloc: true), home: home)
        #expect(run.status == 0, "\(run.stderr)")
        // "Vi inkluderte 38 primærstudier" (review-source.txt, line 3), once per statement.
        #expect(run.stdout.components(separatedBy: "38").count - 1 == 2, "\(run.stdout)")
    }
}
