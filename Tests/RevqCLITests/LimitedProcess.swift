import Foundation
import RevqTestSupport

/// Runs revq through `sh` with a limit on the size of files it may write (`ulimit -f`),
/// the one way to make a write fail half-way that stops root too; SIGXFSZ is ignored so
/// the write fails with EFBIG instead of killing revq.
enum LimitedProcess {
    typealias Outcome = Subprocess.Outcome

    static func run(_ arguments: [String], stdin: String, home: TemporaryHome, fileSizeBlocks: Int = 0) throws
        -> Outcome
    {
        try runShell(
            "exec \"$0\" \"$@\"", arguments: arguments, stdin: stdin, home: home, fileSizeBlocks: fileSizeBlocks)
    }

    /// Runs `command` in `sh`, where `$0` is the revq binary, `$@` the arguments, and
    /// `$HOME` the temporary home; with `fileSizeBlocks`, files written are capped.
    static func runShell(
        _ command: String, arguments: [String] = [], stdin: String = "", home: TemporaryHome,
        fileSizeBlocks: Int? = nil
    ) throws -> Outcome {
        let limit = fileSizeBlocks.map { "trap '' XFSZ; ulimit -f \($0); " } ?? ""
        return try Subprocess.run(
            "/bin/sh", ["-c", limit + command, RevqProcess.binary] + arguments, stdin: .text(stdin),
            environment: home.environment, currentDirectory: home.path)
    }
}
