import Foundation

/// The one way the tests run a program to its end (revq, python3, sqlite3, the scripts):
/// stdin given, the environment chosen, stdout and stderr captured, the exit status and,
/// with a timeout, whether it ran too long. A chatty program never blocks on a full pipe:
/// each pipe is read to its end on a thread of its own, or the outputs go to files.
/// (Terminal sessions are driven by `Terminal`, through a pty or tmux, not by this.)
///
///     let run = try Subprocess.run("/usr/bin/env", ["sqlite3", path, sql])
///     #expect(run.status == 0, "\(run.stderr)")
package enum Subprocess {
    package struct Outcome: Sendable {
        package let stdout: String
        package let stderr: String
        package let status: Int32
        /// Killed at the timeout.
        package let timedOut: Bool
    }

    /// What the program reads on stdin.
    package enum Input {
        /// These bytes through a pipe, then its end.
        case bytes(Data)
        /// An open file (a folder, /dev/null, a file the test wrote).
        case handle(FileHandle)

        package static func text(_ text: String) -> Input { .bytes(Data(text.utf8)) }
    }

    /// Where the outputs are captured.
    package enum Outputs {
        /// Pipes, as a script's `$(...)` reads them (the default: revq sees no file).
        case pipes
        /// Files: for a program that may leave a child holding its outputs open (a
        /// hostile case, an install script), or whose file writes are limited.
        case files
    }

    /// Runs `executable` with `arguments` to its end. `environment` nil inherits the tests';
    /// `mergeOutputs` writes stderr into stdout, in the order a terminal would show them;
    /// after `timeout` the program is killed (SIGKILL) and `timedOut` set.
    package static func run(
        _ executable: String, _ arguments: [String], stdin: Input = .bytes(Data()),
        environment: [String: String]? = nil, currentDirectory: String? = nil,
        timeout: Duration? = nil, mergeOutputs: Bool = false, outputs: Outputs = .pipes
    ) throws -> Outcome {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let environment { process.environment = environment }
        if let currentDirectory { process.currentDirectoryURL = URL(fileURLWithPath: currentDirectory) }
        let capture = try Capture(outputs, merged: mergeOutputs)
        defer { capture.remove() }
        process.standardOutput = capture.stdout
        process.standardError = capture.stderr
        let input = Pipe()
        switch stdin {
        case .bytes: process.standardInput = input
        case .handle(let handle): process.standardInput = handle
        }
        try start(process)
        let readers = capture.startReading()
        if case .bytes(let bytes) = stdin {
            input.fileHandleForWriting.write(bytes)
            try? input.fileHandleForWriting.close()
        }
        let timedOut = wait(for: process, timeout: timeout)
        let (stdout, stderr) = try capture.texts(readers)
        return Outcome(stdout: stdout, stderr: stderr, status: process.terminationStatus, timedOut: timedOut)
    }

    /// Starts `process`, trying again for a few seconds while its executable is busy: a
    /// child forked by another test between the `open` and `close` of a copied binary
    /// (`RevqProcess.copyBinary`) holds the copy until it calls exec.
    package static func start(_ process: Process) throws {
        for attempt in 0..<50 {
            do { return try process.run() } catch let error as NSError
                where error.domain == NSPOSIXErrorDomain && error.code == Int(ETXTBSY) && attempt < 49
            {
                usleep(100_000)
            }
        }
    }

    /// Waits for `process` to end; true when it was killed at `timeout`.
    private static func wait(for process: Process, timeout: Duration?) -> Bool {
        guard let timeout else {
            process.waitUntilExit()
            return false
        }
        let deadline = ContinuousClock.now + timeout
        while process.isRunning && ContinuousClock.now < deadline { usleep(10_000) }
        let timedOut = process.isRunning
        if timedOut { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        return timedOut
    }
}

/// A run's stdout and stderr: two pipes (one when merged), each read to its end on a thread
/// of its own, or two files in a folder of their own.
private struct Capture {
    let stdout: Any
    let stderr: Any
    private let folder: String?

    init(_ outputs: Subprocess.Outputs, merged: Bool) throws {
        switch outputs {
        case .pipes:
            let out = Pipe()
            (stdout, stderr, folder) = (out, merged ? out : Pipe(), nil)
        case .files:
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("revq-run-\(UUID().uuidString)")
                .path
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            for name in ["out", "err"] {
                _ = FileManager.default.createFile(atPath: folder + "/" + name, contents: nil)
            }
            let out = try FileHandle(forWritingTo: URL(fileURLWithPath: folder + "/out"))
            (stdout, stderr, self.folder) = (
                out, merged ? out : try FileHandle(forWritingTo: URL(fileURLWithPath: folder + "/err")), folder
            )
        }
    }

    /// For pipes: their readers, started once the process runs (`Process.run` closes our
    /// copies of the write ends, so each reader sees the end when the program's go).
    func startReading() -> [DrainedPipe] {
        guard folder == nil, let out = stdout as? Pipe, let err = stderr as? Pipe else { return [] }
        return [DrainedPipe(out.fileHandleForReading)] + (err === out ? [] : [DrainedPipe(err.fileHandleForReading)])
    }

    /// What the program wrote (an empty stderr when merged into stdout).
    func texts(_ readers: [DrainedPipe]) throws -> (String, String) {
        guard let folder else {
            let texts = readers.map { String(decoding: $0.wait(), as: UTF8.self) }
            return (texts[0], texts.count > 1 ? texts[1] : "")
        }
        let read = { (name: String) throws -> String in
            String(decoding: try Data(contentsOf: URL(fileURLWithPath: folder + "/" + name)), as: UTF8.self)
        }
        return (try read("out"), try read("err"))
    }

    func remove() {
        if let folder { try? FileManager.default.removeItem(atPath: folder) }
    }
}
