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
        let run = try RevqProcess.runIntoClosedPipe(
            ["-c", "nosuch", "-c", "sections", "-c", "sections"], stdin: "",
            home: TemporaryHome())
        #expect(run.status == 1, "\(run.stderr)")
    }

    // MARK: Reading stdin

    /// Runs revq with `stdin` as its standard input, its outputs into files.
    private func run(_ arguments: [String], stdin: FileHandle, home: TemporaryHome) throws -> Subprocess.Outcome {
        try Subprocess.run(
            RevqProcess.binary, arguments, stdin: .handle(stdin), environment: home.environment, outputs: .files)
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
        let run = try run(
            ["--format", "csv"], stdin: FileHandle(fileDescriptor: ends[0], closeOnDealloc: true), home: home)
        #expect(run.status == 0, "\(run.stderr)")
        // "Vi inkluderte 38 primærstudier" (review-source.txt, line 3), once per statement.
        #expect(run.stdout.components(separatedBy: "38").count - 1 == 2, "\(run.stdout)")
    }

    // MARK: Writing

    /// `revq --version > /dev/full`, `revq --help > /dev/full`: the answer is not written,
    /// so the status is 1 and stderr says why.
    @Test(arguments: ["--version", "--help"])
    func anAnswerIntoAFullDeviceFails(_ option: String) throws {
        let run = try LimitedProcess.runShell("exec \"$0\" \(option) > /dev/full", home: TemporaryHome())
        #expect(run.status == 1)
        #expect(
            run.stderr.contains("revq: error: cannot write to <stdout>: \(String(cString: strerror(ENOSPC)))"),
            "\(run.stderr)")
    }

    /// A file size limit (`ulimit -f`, EFBIG) stands in for a full disk without root:
    /// the record cannot be written, and the statement that could not be added fails.
    @Test func aRecordThatCannotBeWrittenFails() throws {
        let run = try LimitedProcess.runShell(
            "exec \"$0\" -c '.record r.md' -c findings -c findings -c findings > /dev/null",
            home: TemporaryHome(), fileSizeBlocks: 4)
        #expect(run.status == 1)
        #expect(run.stderr.contains("the record cannot be written"), "\(run.stderr)")
        #expect(run.stderr.contains(String(cString: strerror(EFBIG))), "\(run.stderr)")
    }

    /// On a full disk (a 64 KiB tmpfs) `.record`, `.output` and `.once` each fail.
    /// Mounting needs root and a kernel that allows it; elsewhere this is skipped.
    @Test func everyWriteToAFullDiskFails() throws {
        let home = try TemporaryHome()
        let disk = home.file("disk")
        try FileManager.default.createDirectory(atPath: disk, withIntermediateDirectories: false)
        guard geteuid() == 0 else { try Test.cancel("needs root to mount a small tmpfs as a full disk") }
        let mounted = try LimitedProcess.runShell(
            "mount -t tmpfs -o size=64k tmpfs \"$1\"", arguments: [disk], home: home)
        guard mounted.status == 0 else { try Test.cancel("cannot mount a tmpfs here: \(mounted.stderr)") }
        defer { _ = try? LimitedProcess.runShell("umount \"$1\"", arguments: [disk], home: home) }
        for (command, statements) in [
            (".record", "findings\nfindings\nfindings"), (".output", "sections"), (".once", "sections"),
        ] {
            let script = "\(command) \(disk)/file\n\(statements)\n"
            let run = try LimitedProcess.runShell("exec \"$0\" > /dev/null", stdin: script, home: home)
            #expect(run.status == 1, "\(command): \(run.stderr)")
            #expect(run.stderr.contains(String(cString: strerror(ENOSPC))), "\(command): \(run.stderr)")
            for name in (try? FileManager.default.contentsOfDirectory(atPath: disk)) ?? [] {
                try? FileManager.default.removeItem(atPath: disk + "/" + name)
            }
        }
    }

    /// `.timer on` writes to stderr after every statement: into a full device, the
    /// status says so even though nothing can.
    @Test func aFailedWriteToStderrFails() throws {
        let run = try LimitedProcess.runShell(
            "exec \"$0\" -c '.timer on' -c 'count studies' 2> /dev/full", home: TemporaryHome())
        #expect(run.status == 1)
        #expect(run.stdout.contains("38"), "the statement itself ran: \(run.stdout)")
    }
}
