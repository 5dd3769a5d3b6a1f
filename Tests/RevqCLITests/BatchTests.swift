import Foundation
import RevqTestSupport
import Testing

/// revq from scripts: flags, stdin, exit statuses, errors on stderr with their place.
struct BatchTests {
    private func revq(_ arguments: [String], stdin: String = "", home: TemporaryHome? = nil) throws
        -> RevqProcess.Result
    {
        try RevqProcess.run(arguments, stdin: stdin, home: home ?? TemporaryHome())
    }

    @Test func versionHelpAndCompletionScriptsExitZero() throws {
        let version = try revq(["--version"])
        #expect(version.status == 0)
        // The version, then the dataset revq loads and its content hash (InstallTests).
        let lines = version.stdout.split(separator: "\n")
        #expect(lines.first?.split(separator: " ").last?.split(separator: ".").count == 3)
        #expect(lines.dropFirst().first?.hasPrefix("dataset: \(RepositoryPaths.bundledDataset) (the checkout") == true)
        let help = try revq(["--help"])
        #expect(help.status == 0)
        for flag in [
            "-c", "-f", "--format", "--dataset", "--bail", "--no-history", "--resume", "--allow-writes", "--version",
        ] {
            #expect(help.stdout.contains(flag), "--help mentions \(flag)")
        }
        for shell in ["bash", "zsh", "fish"] {
            let script = try revq(["--generate-completion-script", shell])
            #expect(script.status == 0)
            #expect(script.stdout.contains("revq"))
        }
    }

    @Test(arguments: [["--format", "xml"], ["--bogus"], ["-c"], ["--dataset"]])
    func usageErrorsExitTwo(arguments: [String]) throws {
        let run = try revq(arguments)
        #expect(run.status == 2)
        // Said as every error of revq is: a place, a label, the message, the usage as a hint.
        #expect(run.stderr.hasPrefix("revq: error: "), "\(run.stderr)")
        #expect(run.stderr.contains("\n  = hint: usage: revq "), "\(run.stderr)")
        #expect(run.stdout.isEmpty)
    }

    /// Meta-commands work in scripts; a bad one is reported at its line and column with
    /// a caret, and the script goes on; the exit status is 1 at the end.
    @Test func metaCommandErrorsHavePlaceAndCaret() throws {
        let script = ".help count\n\n.mode  xml\n.help let\n"
        let run = try revq([], stdin: script)
        #expect(run.status == 1)
        // `.mode  xml`: 'xml' starts at column 8 of line 3.
        #expect(run.stderr.hasPrefix("<stdin>:3:8: error: unknown mode 'xml'\n"))
        #expect(run.stderr.contains(" 3 | .mode  xml\n   |        ^~~\n"))
        #expect(run.stdout.contains("count findings by theme"))
        #expect(run.stdout.contains("let komm = findings where theme = kommunikasjon"))
    }

    @Test func bailStopsAtTheFirstFailure() throws {
        let script = ".mode xml\n.help count\n"
        let bailing = try revq(["--bail"], stdin: script)
        #expect(bailing.status == 1)
        #expect(bailing.stdout.isEmpty)
        let going = try revq([], stdin: script)
        #expect(going.status == 1)
        #expect(going.stdout.contains("count findings"))
    }

    @Test func unknownAndAmbiguousCommandsPointToHelp() throws {
        let run = try revq(["-c", ".frobnicate", "-c", ".s"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("<command line>:1:1: error: unknown command '.frobnicate'"))
        #expect(run.stderr.contains("type .help"))
        #expect(run.stderr.contains("'.s' is ambiguous: .save, .sessions"))
    }

    @Test func uniquePrefixesWork() throws {
        let run = try revq(["-c", ".hel cou"])
        // `.hel` is `.help`, but `cou` is not a topic name: topics are matched whole.
        #expect(run.status == 1)
        #expect(run.stderr.contains("no help on 'cou'"))
        let help = try revq(["-c", ".hel count"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("count findings by theme"))
    }

    /// -c and -f run in the order given.
    @Test func commandsAndFilesRunInOrder() throws {
        let home = try TemporaryHome()
        try home.write(".help let\n", to: "let.revq-script")
        let run = try revq(["-c", ".help count", "-f", home.file("let.revq-script"), "-c", ".help sort"], home: home)
        #expect(run.status == 0)
        let count = try #require(run.stdout.range(of: "count findings by theme"))
        let named = try #require(run.stdout.range(of: "let komm ="))
        let sort = try #require(run.stdout.range(of: "sort by confidence desc"))
        #expect(count.lowerBound < named.lowerBound && named.lowerBound < sort.lowerBound)
    }

    /// Scripts with Windows line ends read as the same lines.
    @Test func scriptsWithWindowsLineEnds() throws {
        let home = try TemporaryHome()
        try home.write("# made on Windows\r\n.help count\r\n.mode xml\r\n", to: "windows.txt")
        let run = try revq(["-f", home.file("windows.txt")], home: home)
        #expect(run.status == 1)
        #expect(run.stdout.contains("count findings by theme"))
        #expect(run.stderr.hasPrefix("\(home.file("windows.txt")):3:7: error: unknown mode 'xml'\n"))
    }

    @Test func aMissingScriptFileFails() throws {
        let run = try revq(["-f", "/nonexistent/queries.revq"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("cannot read /nonexistent/queries.revq"))
    }

    @Test func quitStopsTheScript() throws {
        let run = try revq([], stdin: ".help count\n.quit\n.help let\n")
        #expect(run.status == 0)
        #expect(!run.stdout.contains("let komm"))
    }

    /// A statement left open at the end of the input is an error at its last line.
    @Test func anUnfinishedStatementAtTheEndFails() throws {
        let run = try revq([], stdin: ".help count\nfindings where \\\n")
        #expect(run.status == 1)
        #expect(run.stderr.hasPrefix("<stdin>:2:"))
        #expect(run.stderr.contains("unfinished statement"))
    }

    /// `revq ... | head -1`: the reader closes the pipe; revq ends quietly with 0.
    @Test func aClosedPipeEndsQuietly() throws {
        let script = String(repeating: ".help\n", count: 3000)
        let run = try RevqProcess.runIntoClosedPipe([], stdin: script, home: TemporaryHome())
        #expect(run.status == 0)
        #expect(run.stderr.isEmpty)
        #expect(run.stdout.hasPrefix("Meta-commands"))
    }

    @Test func noColoursWhenNotATerminal() throws {
        let run = try revq(["-c", ".mode xml", "-c", ".help"])
        #expect(!run.stderr.contains("\u{1B}["))
        #expect(!run.stdout.contains("\u{1B}["))
    }

    @Test func helpFieldsIsGeneratedFromTheSchema() throws {
        let run = try revq(["-c", ".help fields findings"])
        #expect(run.status == 0)
        let schema = try String(
            contentsOfFile: RepositoryPaths.bundledDataset + "/schema/fields/findings.tsv", encoding: .utf8)
        let names = schema.split(separator: "\n").dropFirst().map { $0.split(separator: "\t")[0] }
        #expect(names.contains("confidence"))
        for name in names {
            #expect(run.stdout.contains("\n  \(name) "), "field \(name) listed")
        }
        let unknown = try revq(["-c", ".help fields findngs"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("sources: studies") || unknown.stderr.contains("findings"))
    }
}

/// Where the data comes from and what happens when it cannot be loaded.
struct DatasetOptionTests {
    @Test func aFolderThatIsNoDatasetIsAUsageError() throws {
        let run = try RevqProcess.run(["--dataset", "/nonexistent", "-c", ".help"], home: TemporaryHome())
        #expect(run.status == 2)
        #expect(run.stderr.contains("'/nonexistent' is not a dataset folder"))
    }

    /// A broken dataset is reported with the loader's file and line, never a crash.
    @Test func aBrokenDatasetIsReportedWithFileAndLine() throws {
        let home = try TemporaryHome()
        let copy = home.file("review")
        try FileManager.default.copyItem(atPath: RepositoryPaths.bundledDataset, toPath: copy)
        let findings = copy + "/data/findings.tsv"
        var lines = try String(contentsOfFile: findings, encoding: .utf8).components(separatedBy: "\n")
        let header = lines[0].split(separator: "\t", omittingEmptySubsequences: false)
        let column = try #require(header.firstIndex(of: "confidence"))
        let row = try #require(lines.indices.dropFirst().first { !lines[$0].hasPrefix("#") && !lines[$0].isEmpty })
        var cells = lines[row].split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        cells[column] = "moderatt"
        lines[row] = cells.joined(separator: "\t")
        try lines.joined(separator: "\n").write(toFile: findings, atomically: true, encoding: .utf8)
        let run = try RevqProcess.run(["--dataset", copy, "-c", ".help"], home: home)
        #expect(run.status == 1)
        // Said through the one formatter: what failed, then each place with its own label.
        #expect(run.stderr.hasPrefix("revq: error: the dataset \(copy) cannot be loaded\n"))
        #expect(run.stderr.contains("findings.tsv:\(row + 1): error: "))
        #expect(run.stderr.contains("'moderatt'"))
        #expect(run.stdout.isEmpty)
    }

    /// The bundled review is found from the executable's place, not the current folder.
    @Test func theBundledReviewIsFoundFromAnyFolder() throws {
        let home = try TemporaryHome()
        let run = try RevqProcess.run(["-c", ".help fields matrix"], home: home, currentDirectory: "/")
        #expect(run.status == 0)
        #expect(run.stdout.contains("relasjon"))
    }

    @Test func aBinaryOutsideTheRepositorySaysWhereItLooked() throws {
        let home = try TemporaryHome()
        let moved = home.file("revq")
        try RevqProcess.copyBinary(to: moved)
        let run = try Subprocess.run(moved, ["-c", ".help"], environment: home.environment)
        let message = run.stderr
        #expect(run.status == 1)
        #expect(message.contains("cannot find the bundled review"))
        #expect(message.contains("--dataset"))
    }
}
