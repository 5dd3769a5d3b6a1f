import Foundation
import RevqTestSupport
import Testing

/// Issue 25: the files revq keeps besides the dataset (history, journals, sessions, what
/// `.save` and `.export` write) under hostile contents, kinds, names and permissions.
/// Each run that could hang is bounded by `timeout`, so a hang fails instead of stalling.
struct FileHardeningTests {
    /// One byte that is not UTF-8 in a 300-line history made one statement at the
    /// terminal rewrite the file with only that statement. Every line is kept as it was.
    @Test func aHistoryLineThatIsNotUTF8KeepsEveryLine() throws {
        let home = try TemporaryHome()
        try FileManager.default.createDirectory(atPath: home.stateHome + "/revq", withIntermediateDirectories: true)
        var original: [UInt8] = []
        for number in 1...300 {
            original += Array("findings where number = \(number)".utf8) + (number == 150 ? [0xFF] : []) + [0x0A]
        }
        try Data(original).write(to: URL(fileURLWithPath: home.historyFile))
        let terminal = try Terminal.started(home)
        try terminal.enter("count findings")
        terminal.type(Terminal.Key.controlD)
        #expect(terminal.waitForExit() == 0)
        let kept = [UInt8](try Data(contentsOf: URL(fileURLWithPath: home.historyFile)))
        #expect(kept == original + Array("count findings\n".utf8))
    }

    /// A FIFO named `*.revq` among the journals or sessions hung `--resume`, `.sessions`
    /// and every terminal start (a blocking open, waiting for a writer).
    @Test(arguments: ["journals", "sessions"])
    func aFIFONamedLikeASessionIsPassedOver(folder: String) throws {
        let home = try TemporaryHome()
        let directory = folder == "journals" ? home.journalsDirectory : home.sessionsDirectory
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        #expect(mkfifo(directory + "/pipe.revq", 0o600) == 0)
        let listed = try LimitedProcess.runShell("timeout 30 \"$0\" -c .sessions", home: home)
        #expect(listed.status == 0, "\(listed.stderr)")
        #expect(!listed.stdout.contains("pipe"), "\(listed.stdout)")
        let resumed = try LimitedProcess.runShell("timeout 30 \"$0\" --resume -c sources", home: home)
        #expect(
            resumed.status == 1 && resumed.stderr.contains("there is no unsaved session to resume"), "\(resumed.stderr)"
        )
        let terminal = try Terminal.started(home)
        terminal.type(Terminal.Key.controlD)
        #expect(terminal.waitForExit() == 0)
    }

    /// A byte that is not UTF-8 in a file name typed in a statement became U+FFFD, and
    /// `.output` wrote that other name with status 0. It is refused, and nothing is written.
    @Test func aFileNameThatIsNotUTF8IsRefusedInAStatement() throws {
        let home = try TemporaryHome()
        try FileManager.default.createDirectory(atPath: home.path + "/out", withIntermediateDirectories: true)
        let run = try LimitedProcess.runShell(
            "cd out && printf '.output \\377.txt\\nsources\\n' | timeout 30 \"$0\"", home: home)
        #expect(run.status == 1)
        #expect(run.stderr.contains("U+FFFD"), "\(run.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: home.path + "/out").isEmpty)
    }

    /// `-f` with a name that is not UTF-8 read another file (the name with U+FFFD): it
    /// is refused with status 1 before anything runs, saying which argument.
    @Test func anArgumentThatIsNotUTF8IsRefused() throws {
        let home = try TemporaryHome()
        let run = try LimitedProcess.runShell(
            "name=$(printf 'x\\377.revq'); printf 'sources\\n' > \"$name\"; timeout 30 \"$0\" -f \"$name\"", home: home)
        #expect(run.status == 1)
        #expect(run.stderr.contains("argument 2 ('x\\xff.revq') is not UTF-8"), "\(run.stderr)")
        #expect(run.stdout.isEmpty)
    }

    /// As a user other than root, in a folder that user owns: `.save` and `.export` over a
    /// 0444 file are refused as a shell's `>` refuses them, each with one clear message,
    /// and the file is left as it was; a `schema/` folder that cannot be entered is named
    /// as such, not as a folder with no `schema/sources.tsv`.
    @Test(.enabled(if: getuid() == 0, "runs revq as nobody through setpriv, which needs root"))
    func readOnlyFilesAndFoldersAreRefusedAsAnotherUser() throws {
        let home = try TemporaryHome()
        #expect(chmod(home.path, 0o755) == 0)
        let script = """
            set -u
            revq=$1; dataset=$2
            cd "$HOME"
            printf 'old\\n' > ro.revq; chmod 444 ro.revq
            printf 'old\\n' > ro.db; chmod 444 ro.db
            "$revq" -c '.save ./ro.revq'; echo "save=$?"
            "$revq" -c '.export sqlite ./ro.db'; echo "export=$?"
            cp -r "$dataset" copy; chmod 000 copy/schema
            "$revq" --dataset copy -c sources; echo "dataset=$?"
            chmod 755 copy/schema
            cat ro.revq ro.db
            """
        try script.write(toFile: home.path + "/as-nobody.sh", atomically: false, encoding: .utf8)
        #expect(lchown(home.path, 65534, 65534) == 0)
        let run = try LimitedProcess.runShell(
            "timeout 60 setpriv --reuid=nobody --regid=nogroup --clear-groups sh as-nobody.sh \"$0\" \"$1\"",
            arguments: [RepositoryPaths.bundledDataset], home: home)
        #expect(
            run.stdout.contains("save=1") && run.stdout.contains("export=1") && run.stdout.contains("dataset=1"),
            "\(run.stdout)\n\(run.stderr)")
        #expect(run.stdout.hasSuffix("old\nold\n"), "\(run.stdout)")
        #expect(run.stderr.contains("cannot write ./ro.revq: Permission denied"), "\(run.stderr)")
        #expect(run.stderr.contains("cannot write ./ro.db: Permission denied"), "\(run.stderr)")
        #expect(
            !run.stderr.contains("SQLite") && !run.stderr.contains("CREATE") && !run.stderr.contains("INSERT"),
            "\(run.stderr)")
        #expect(run.stderr.contains("copy/schema: Permission denied"), "\(run.stderr)")
        #expect(!run.stderr.contains("has no schema/sources.tsv"), "\(run.stderr)")
    }
}
