import Foundation
import RevqTestSupport
import Testing

/// The hostile catalogue of issue 14, run as a new user would: each defect found by hand
/// against the binary, kept as a test that fails if it comes back.
@Suite(.serialized)
struct HardeningTests {
    private func revq(_ arguments: [String], stdin: String = "", home: TemporaryHome) throws -> RevqProcess.Result {
        try RevqProcess.run(arguments, stdin: stdin, home: home)
    }

    private func isRegularFile(_ path: String) -> Bool {
        var status = stat()
        return lstat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFREG
    }

    // MARK: 1. Writing never replaces what is not a regular file

    /// `.save ./link.revq` writes the file the link names and leaves the link a link.
    @Test func saveFollowsASymlinkToItsTarget() throws {
        let home = try TemporaryHome()
        try home.write("old\n", to: "real.revq")
        #expect(symlink("real.revq", home.file("link.revq")) == 0)
        let run = try revq([], stdin: "let a = findings\n.save ./link.revq\n", home: home)
        #expect(run.status == 0, "\(run.stderr)")
        let destination = try FileManager.default.destinationOfSymbolicLink(atPath: home.file("link.revq"))
        #expect(destination == "real.revq")
        #expect(home.read("real.revq")?.hasPrefix("# revq session") == true)
    }

    @Test func saveRefusesAFIFOAndADirectory() throws {
        let home = try TemporaryHome()
        #expect(mkfifo(home.file("pipe.revq"), 0o600) == 0)
        try FileManager.default.createDirectory(atPath: home.file("folder.revq"), withIntermediateDirectories: false)
        let run = try revq([], stdin: "let a = findings\n.save ./pipe.revq\n.save ./folder.revq\n", home: home)
        #expect(run.status == 1)
        #expect(run.stderr.contains("cannot write ./pipe.revq: it is a FIFO (named pipe), not a regular file"))
        #expect(run.stderr.contains("cannot write ./folder.revq: it is a directory, not a regular file"))
        var status = stat()
        #expect(lstat(home.file("pipe.revq"), &status) == 0 && status.st_mode & S_IFMT == S_IFIFO)
        #expect(FileManager.default.fileExists(atPath: home.file("folder.revq")))
    }

    /// A device-like path in a scratch folder (a FIFO stands in for /dev/null, which a
    /// test must never touch) is not replaced through a symlink either.
    @Test func saveThroughALinkToAFIFOIsRefused() throws {
        let home = try TemporaryHome()
        #expect(mkfifo(home.file("device"), 0o600) == 0)
        #expect(symlink(home.file("device"), home.file("link.revq")) == 0)
        let run = try revq([], stdin: "let a = findings\n.save ./link.revq\n", home: home)
        #expect(run.status == 1)
        #expect(run.stderr.contains("not a regular file"))
        var status = stat()
        #expect(lstat(home.file("device"), &status) == 0 && status.st_mode & S_IFMT == S_IFIFO)
    }

    /// Concurrent saves of one name each use a temporary file of their own: none fails.
    @Test func concurrentSavesOfOneNameAllSucceed() throws {
        let home = try TemporaryHome()
        let results = LockedResults()
        DispatchQueue.concurrentPerform(iterations: 6) { index in
            let run = try? RevqProcess.run([], stdin: "let q\(index) = findings\n.save shared\n", home: home)
            results.append(run?.status == 0 ? "" : run?.stderr ?? "did not run")
        }
        let failures = results.values.filter { !$0.isEmpty }
        #expect(failures.isEmpty, "\(failures)")
        let text = try String(contentsOfFile: home.sessionsDirectory + "/shared.revq", encoding: .utf8)
        #expect(text.hasSuffix("# end of session\n"))
        let names = try FileManager.default.contentsOfDirectory(atPath: home.sessionsDirectory)
        #expect(names == ["shared.revq"], "no temporary file is left")
    }

    // MARK: 2. Write errors are errors

    @Test func aFullStdoutIsAnErrorWithStatusOne() throws {
        let home = try TemporaryHome()
        let run = try LimitedProcess.runShell("exec \"$0\" -c sources > /dev/full", home: home)
        #expect(run.status == 1)
        #expect(run.stderr.contains("cannot write to <stdout>: No space left on device"))
        let csv = try LimitedProcess.runShell(
            "exec \"$0\" --format csv -c 'sections' > \"$HOME/out.csv\"", home: home, fileSizeBlocks: 8)
        #expect(csv.status == 1)
        #expect(csv.stderr.contains("File too large"))
    }

    @Test func outputToAFullDeviceFailsTheStatement() throws {
        let home = try TemporaryHome()
        let run = try revq([], stdin: ".output /dev/full\nsources\n.output\nsources\n", home: home)
        #expect(run.status == 1)
        #expect(run.stderr.contains("cannot write to /dev/full: No space left on device"))
        #expect(run.stdout.contains("findings"), "results after '.output' alone reach stdout again")
    }

    @Test func aClosedPipeStaysQuiet() throws {
        let home = try TemporaryHome()
        let run = try RevqProcess.runIntoClosedPipe(["--format", "csv", "-c", "sections"], stdin: "", home: home)
        #expect(run.status == 0)
        #expect(run.stderr.isEmpty)
    }

    // MARK: 6. Concurrent sessions merge their history (the REPL part is in InterruptTests)

    // MARK: 7. Reads with bounds

    @Test func scriptFilesThatAreNotTextSayWhatTheyAre() throws {
        let home = try TemporaryHome()
        let directory = try revq(["-f", home.path], home: home)
        #expect(directory.status == 1)
        #expect(directory.stderr.contains("cannot read \(home.path): it is a directory"))
        let missing = try revq(["-f", home.file("missing.revq")], home: home)
        #expect(missing.stderr.contains("No such file or directory"))
        let device = try revq(["-f", "/dev/null"], home: home)
        #expect(device.status == 0, "an empty device is an empty script: \(device.stderr)")
    }

    @Test func openRefusesAFIFO() throws {
        let home = try TemporaryHome()
        #expect(mkfifo(home.file("s.revq"), 0o600) == 0)
        let run = try revq(["-c", ".open ./s.revq"], home: home)
        #expect(run.status == 1)
        #expect(run.stderr.contains("it is a FIFO (named pipe), not a regular file"))
    }

    // MARK: 8. Plain messages

    /// A data folder that cannot be made (a file is in its way, which stops root too)
    /// is named with the reason, not a Foundation error domain.
    @Test func aFolderThatCannotBeMadeIsNamedInPlainWords() throws {
        let home = try TemporaryHome()
        try home.write("a file, not a folder\n", to: "data")
        let run = try revq([], stdin: "let a = findings\n.save kept\n", home: home)
        #expect(run.status == 1)
        #expect(run.stderr.contains("cannot use the folder \(home.dataHome): Not a directory"), "\(run.stderr)")
        #expect(!run.stderr.contains("NSCocoaErrorDomain"))
    }

    // MARK: 9. Messages that state the right reason

    /// An unclosed quote is reported at its line and the next statement still runs.
    @Test func anUnclosedQuoteDoesNotSwallowTheNextStatement() throws {
        let home = try TemporaryHome()
        let run = try revq([], stdin: "findings where theme = \"kommu\nsources\n", home: home)
        #expect(run.status == 1)
        #expect(run.stderr.contains("<stdin>:1:24: error: the quote is not closed on its line"))
        #expect(!run.stderr.contains("control character"))
        #expect(run.stdout.contains("findings"), "'sources' on line 2 ran")
    }

    @Test func aLimitTooLargeAndAnEmptySessionNameSaySo() throws {
        let home = try TemporaryHome()
        let limit = try revq(["-c", "findings limit 1000000000"], home: home)
        #expect(limit.stderr.contains("error: the limit 1000000000 is too large"))
        let empty = try revq([], stdin: "let a = findings\n.save \"\"\n", home: home)
        #expect(empty.status == 1)
        #expect(empty.stderr.contains("the session name is empty"))
        #expect(!FileManager.default.fileExists(atPath: home.sessionsDirectory + "/.revq"))
    }

    /// An error on a very long line shows a window around the caret, not the whole line.
    @Test func anErrorOnALongLineShowsAWindow() throws {
        let home = try TemporaryHome()
        let line = "findings where " + String(repeating: "number = 1 or ", count: 20_000) + "tema = x"
        let run = try revq([], stdin: line + "\n", home: home)
        #expect(run.status == 1)
        #expect(run.stderr.contains("unknown field 'tema'"))
        #expect(run.stderr.count < 1_000, "the message is \(run.stderr.count) characters long")
        let shown = run.stderr.split(separator: "\n").dropFirst().first ?? ""
        #expect(shown.contains(" | ...") && shown.hasSuffix("number = 1 or tema = x"), "\(shown)")
    }
}

/// Results gathered from concurrent runs.
final class LockedResults: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var values: [String] = []

    func append(_ value: String) {
        lock.lock()
        values.append(value)
        lock.unlock()
    }
}
