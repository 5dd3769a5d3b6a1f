import Foundation
import RevqTestSupport

/// Runs revq through `sh` with a limit on the size of files it may write (`ulimit -f`),
/// the one way to make a write fail half-way that stops root too; SIGXFSZ is ignored so
/// the write fails with EFBIG instead of killing revq.
enum LimitedProcess {
    struct Outcome {
        let stdout: String
        let stderr: String
        let status: Int32
    }

    static func run(_ arguments: [String], stdin: String, home: TemporaryHome, fileSizeBlocks: Int = 0) throws -> Outcome {
        try runShell("exec \"$0\" \"$@\"", arguments: arguments, stdin: stdin, home: home, fileSizeBlocks: fileSizeBlocks)
    }

    /// Runs `command` in `sh`, where `$0` is the revq binary, `$@` the arguments, and
    /// `$HOME` the temporary home; with `fileSizeBlocks`, files written are capped.
    static func runShell(_ command: String, arguments: [String] = [], stdin: String = "", home: TemporaryHome,
                         fileSizeBlocks: Int? = nil) throws -> Outcome {
        let limit = fileSizeBlocks.map { "trap '' XFSZ; ulimit -f \($0); " } ?? ""
        let script = limit + command
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", script, RevqProcess.binary] + arguments
        process.environment = home.environment
        process.currentDirectoryURL = URL(fileURLWithPath: home.path)
        let input = Pipe(), output = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        input.fileHandleForWriting.write(Data(stdin.utf8))
        try? input.fileHandleForWriting.close()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Outcome(stdout: String(decoding: out, as: UTF8.self), stderr: String(decoding: err, as: UTF8.self),
                       status: process.terminationStatus)
    }
}
