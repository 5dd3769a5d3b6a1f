import Foundation
import RevqTestSupport

/// Runs one hostile case file as `bash FILE` in a fresh empty scratch folder, with the
/// environment the catalogue's format promises, under coreutils' `timeout` (which kills
/// the case's whole process group, revq included, when it runs too long).
enum HostileRun {
    struct Outcome {
        let stdout: String
        let stderr: String
        let status: Int32
        let timedOut: Bool
    }

    static func run(_ file: String, timeoutSeconds: Int) throws -> Outcome {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("revq-hostile-\(UUID().uuidString)").path
        let scratch = base + "/scratch"
        try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: base) }
        // The outputs go to files beside the scratch folder, not in it: the case sees
        // an empty folder, and a chatty case never blocks on a full pipe.
        let out = base + "/stdout", err = base + "/stderr"
        _ = FileManager.default.createFile(atPath: out, contents: nil)
        _ = FileManager.default.createFile(atPath: err, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/timeout")
        process.arguments = ["--verbose", "--kill-after=5", "\(timeoutSeconds)", "bash", file]
        process.environment = environment(scratch: scratch)
        process.currentDirectoryURL = URL(fileURLWithPath: scratch)
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: out))
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: err))
        try RevqProcess.start(process)
        process.waitUntilExit()
        let stderr = try String(decoding: Data(contentsOf: URL(fileURLWithPath: err)), as: UTF8.self)
        return Outcome(stdout: try String(decoding: Data(contentsOf: URL(fileURLWithPath: out)), as: UTF8.self),
                       stderr: stderr, status: process.terminationStatus,
                       timedOut: stderr.contains("timeout: sending signal"))
    }

    /// What a case may rely on (the catalogue's format), and nothing inherited: HOME and
    /// every XDG folder inside the scratch folder, so no case reads or writes a real one.
    static func environment(scratch: String) -> [String: String] {
        [
            "REVQ": RevqProcess.binary,
            "DATASET": RepositoryPaths.bundledDataset,
            "SCRATCH": scratch,
            "HOME": scratch,
            "XDG_CONFIG_HOME": scratch + "/.config",
            "XDG_STATE_HOME": scratch + "/.local/state",
            "XDG_CACHE_HOME": scratch + "/.cache",
            "XDG_DATA_HOME": scratch + "/.local/share",
            "XDG_DATA_DIRS": scratch + "/.data-dirs",
            "NO_COLOR": "1",
            "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
            "LANG": "C.UTF-8",
            "PAGER": "cat",
        ]
    }
}
