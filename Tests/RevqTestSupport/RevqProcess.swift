import Foundation

/// The built `revq` binary and a way to run it as a script would, with HOME and the XDG
/// folders in a private temporary folder.
///
///     let home = try TemporaryHome()
///     let run = try RevqProcess.run(["-c", "sources"], home: home)
///     #expect(run.status == 0)
package enum RevqProcess {
    /// `REVQ_BINARY` if set; otherwise `revq` next to the test bundle (SwiftPM puts both
    /// in the same build products folder).
    package static let binary: String = {
        if let path = ProcessInfo.processInfo.environment["REVQ_BINARY"], !path.isEmpty { return path }
        let testBundle =
            (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        var folder = URL(fileURLWithPath: testBundle).deletingLastPathComponent()
        while folder.path != "/" {
            let candidate = folder.appendingPathComponent("revq").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            folder.deleteLastPathComponent()
        }
        return "revq-not-built: run swift build first, or set REVQ_BINARY"
    }()

    /// A copy of the binary at `path`, written through a descriptor closed on exec and
    /// then closed: a process another test forks meanwhile must not keep the copy open for
    /// writing, or running it fails with "Text file busy" (ETXTBSY).
    package static func copyBinary(to path: String) throws {
        let bytes = try Data(contentsOf: URL(fileURLWithPath: binary))
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o755)
        guard descriptor >= 0 else { throw CocoaError(.fileWriteUnknown) }
        defer { close(descriptor) }
        let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        guard written == bytes.count else { throw CocoaError(.fileWriteUnknown) }
    }

    /// What a run of revq gave (`Subprocess.Outcome`).
    package typealias Result = Subprocess.Outcome

    /// Runs revq to completion, feeding `stdin` and collecting both outputs.
    package static func run(
        _ arguments: [String], stdin: String = "", home: TemporaryHome,
        extraEnvironment: [String: String] = [:], currentDirectory: String? = nil
    ) throws -> Result {
        try Subprocess.run(
            binary, arguments, stdin: .text(stdin), environment: home.environment.merging(extraEnvironment) { $1 },
            currentDirectory: currentDirectory ?? home.path)
    }

    /// Runs revq with stdout and stderr into one pipe, as a terminal would show them
    /// (revq flushes its results before it writes an error, so the order holds).
    package static func runMerged(
        _ arguments: [String], stdin: String, home: TemporaryHome,
        extraEnvironment: [String: String] = [:]
    ) throws -> String {
        try Subprocess.run(
            binary, arguments, stdin: .text(stdin), environment: home.environment.merging(extraEnvironment) { $1 },
            currentDirectory: home.path, mergeOutputs: true
        ).stdout
    }

    /// Runs revq with its stdout a pipe read only up to the first line and then closed, as
    /// `revq ... | head -1` does (what it tests is revq writing into a closed pipe, so this
    /// one reads a pipe, not a file, and is not `Subprocess.run`); returns that line,
    /// revq's stderr and its exit status.
    package static func runIntoClosedPipe(_ arguments: [String], stdin: String, home: TemporaryHome) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        process.environment = home.environment
        let input = Pipe()
        let output = Pipe()
        let errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let stderrData = DrainedPipe(errors.fileHandleForReading)
        let writer = Thread {
            input.fileHandleForWriting.write(Data(stdin.utf8))
            try? input.fileHandleForWriting.close()
        }
        writer.start()
        var firstLine = Data()
        while !firstLine.contains(UInt8(ascii: "\n")) {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            firstLine.append(chunk)
        }
        try? output.fileHandleForReading.close()
        process.waitUntilExit()
        let line =
            String(decoding: firstLine, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).first
            .map(String.init) ?? ""
        return Result(
            stdout: line, stderr: String(decoding: stderrData.wait(), as: UTF8.self), status: process.terminationStatus,
            timedOut: false)
    }
}

/// Reads a pipe to its end on a thread of its own, so a full pipe never blocks the child.
package final class DrainedPipe: @unchecked Sendable {
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    package init(_ handle: FileHandle) {
        Thread {
            self.data = handle.readDataToEndOfFile()
            self.done.signal()
        }.start()
    }

    package func wait() -> Data {
        done.wait()
        return data
    }
}

/// A private HOME with its own XDG folders, removed when the test is done.
package final class TemporaryHome: @unchecked Sendable {
    package let path: String

    package init() throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("revq-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
        path = base.path
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }

    package var stateHome: String { path + "/state" }
    package var dataHome: String { path + "/data" }
    package var sessionsDirectory: String { dataHome + "/revq/sessions" }
    package var journalsDirectory: String { stateHome + "/revq/journals" }
    package var historyFile: String { stateHome + "/revq/history" }
    /// Where revq keeps the compiled dataset in tests: never the real ~/.cache.
    package var cacheHome: String { path + "/cache" }
    package var cacheDirectory: String { cacheHome + "/revq" }

    /// Only what revq needs: no inherited HOME, XDG or colour settings leak in. The data
    /// dirs hold no review, so a revq installed on this machine (/usr/local/share/revq)
    /// never stands in for the checkout's.
    package var environment: [String: String] {
        [
            "HOME": path,
            "XDG_STATE_HOME": stateHome,
            "XDG_DATA_HOME": dataHome,
            "XDG_DATA_DIRS": path + "/data-dirs",
            "XDG_CONFIG_HOME": path + "/config",
            "XDG_CACHE_HOME": cacheHome,
            "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
            "LANG": "C.UTF-8",
            "TERM": "xterm",
            // Results taller than a test's terminal would wait in less for a key: tests
            // about paging set their own PAGER.
            "PAGER": "cat",
        ]
    }

    package func file(_ relativePath: String) -> String {
        path + "/" + relativePath
    }

    package func write(_ text: String, to relativePath: String) throws {
        let target = file(relativePath)
        try FileManager.default.createDirectory(
            atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try text.write(toFile: target, atomically: true, encoding: .utf8)
    }

    package func read(_ relativePath: String) -> String? {
        try? String(contentsOfFile: file(relativePath), encoding: .utf8)
    }
}
