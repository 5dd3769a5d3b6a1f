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
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("revq-hostile-\(UUID().uuidString)")
            .path
        let scratch = base + "/scratch"
        try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: base) }
        // The outputs go to files outside the scratch folder (`Subprocess`'s own): the case
        // sees an empty folder, and a child it leaves behind cannot hold a pipe open.
        let run = try Subprocess.run(
            "/usr/bin/timeout", ["--verbose", "--kill-after=5", "\(timeoutSeconds)", "bash", file],
            stdin: .handle(FileHandle.nullDevice), environment: environment(scratch: scratch),
            currentDirectory: scratch, outputs: .files)
        return Outcome(
            stdout: run.stdout, stderr: run.stderr, status: run.status,
            timedOut: run.stderr.contains("timeout: sending signal"))
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
