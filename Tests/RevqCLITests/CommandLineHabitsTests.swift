import Foundation
import RevqTestSupport
import Testing

/// Issue 22: the options and dot-commands analysts bring from sqlite3 and psql. The
/// count they print is Tabell 9's 33 findings (line 1123: "(N=33)").
@Suite struct CommandLineHabitsTests {
    static let findings: String = {
        let line = SourceText.review.line(1123)
        return String(line[line.range(of: "(N=")!.upperBound...].prefix { $0.isNumber })
    }()

    /// `--csv` is `--format csv`, and so on for every shorthand.
    @Test(arguments: ["csv", "tsv", "json", "jsonl", "markdown"])
    func aShorthandIsItsFormat(format: String) throws {
        let home = try TemporaryHome()
        let short = try RevqProcess.run(["--\(format)", "-c", "count findings by theme"], home: home)
        let long = try RevqProcess.run(["--format", format, "-c", "count findings by theme"], home: home)
        #expect(short.status == 0 && !short.stdout.isEmpty)
        #expect(short.stdout == long.stdout)
        // The same format twice is no conflict.
        #expect(try RevqProcess.run(["--\(format)", "--format", format, "-c", "sources"], home: home).status == 0)
    }

    @Test(arguments: [["--csv", "--json"], ["--format", "tsv", "--csv"], ["--markdown", "--jsonl"]])
    func twoFormatsAreAUsageError(arguments: [String]) throws {
        let run = try RevqProcess.run(arguments + ["-c", "count findings"], home: TemporaryHome())
        #expect(run.status == 2)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.hasPrefix("revq: error: two output formats given"), "\(run.stderr)")
    }

    @Test func noHeaderLeavesOutTheHeaderRow() throws {
        let home = try TemporaryHome()
        #expect(
            try RevqProcess.run(["--csv", "--no-header", "-c", "count findings"], home: home).stdout == Self.findings
                + "\n")
        let dot = try RevqProcess.run(["--tsv", "-c", ".headers off", "-c", "count findings by theme"], home: home)
        #expect(
            try RevqProcess.run(["--tsv", "--no-header", "-c", "count findings by theme"], home: home).stdout
                == dot.stdout)
    }

    /// `-o FILE`: everything a run writes goes to FILE, nothing to stdout; a FILE that
    /// cannot be written fails before any statement runs.
    @Test func outputGoesToTheFile() throws {
        let home = try TemporaryHome()
        let run = try RevqProcess.run(
            ["--csv", "-o", "out.csv", "-c", "count findings", "-c", "count findings"], home: home)
        #expect(run.status == 0 && run.stdout.isEmpty, "\(run.stderr)")
        #expect(home.read("out.csv") == "count\n\(Self.findings)\n\ncount\n\(Self.findings)\n")
        try FileManager.default.createDirectory(atPath: home.file("folder"), withIntermediateDirectories: true)
        for (flag, path) in [("-o", "folder"), ("--output", "missing/out.csv")] {
            let refused = try RevqProcess.run([flag, path, "-c", ".export sqlite x.db"], home: home)
            #expect(refused.status == 1)
            #expect(refused.stderr.hasPrefix("revq: error: cannot write"), "\(refused.stderr)")
            #expect(!FileManager.default.fileExists(atPath: home.file("x.db")), "nothing ran")
        }
    }

    /// `-e` and `.echo on` write each statement before its result; `.echo on` itself is
    /// not echoed, `.echo off` is (as in sqlite3).
    @Test func echoPrintsEachStatementBeforeItsResult() throws {
        let home = try TemporaryHome()
        let flag = try RevqProcess.run(["--csv", "-e", "-c", "count findings"], home: home)
        #expect(flag.stdout == "count findings\ncount\n\(Self.findings)\n")
        let dot = try RevqProcess.run(
            ["--csv", "--no-header"], stdin: ".echo on\ncount findings\n.echo off\ncount findings\n", home: home)
        // The empty line that sets a second csv result apart comes with the result.
        #expect(dot.stdout == "count findings\n\(Self.findings)\n.echo off\n\n\(Self.findings)\n")
    }

    /// `.read FILE`: its statements run in place; an error names FILE and its own line
    /// and column, the outer input keeps its numbering, and the run fails.
    @Test func readRunsAFileWithItsOwnPlaces() throws {
        let home = try TemporaryHome()
        try home.write("count findings\n\nfindings where nosuch = 1\n", to: "inner.revq")
        let run = try RevqProcess.run(
            ["--csv", "--no-header"], stdin: ".read inner.revq\nfindings where alsonot = 2\ncount findings\n",
            home: home)
        #expect(run.status == 1)
        #expect(run.stdout == "\(Self.findings)\n\n\(Self.findings)\n")
        #expect(run.stderr.contains("inner.revq:3:16: error: unknown field 'nosuch'"), "\(run.stderr)")
        #expect(run.stderr.contains("<stdin>:2:16: error: unknown field 'alsonot'"), "\(run.stderr)")
        let fine = try RevqProcess.run(["-c", ".read inner.revq"], home: home)
        #expect(fine.status == 1, "a failed statement inside fails the run")
        let missing = try RevqProcess.run(["-c", ".read nosuch.revq"], home: home)
        #expect(missing.status == 1 && missing.stderr.contains("cannot read nosuch.revq"), "\(missing.stderr)")
    }

    /// A file that reads itself stops at a depth, with a message, not at the stack's end.
    @Test func aFileThatReadsItselfStops() throws {
        let home = try TemporaryHome()
        try home.write(".read loop.revq\n", to: "loop.revq")
        let run = try RevqProcess.run(["-f", "loop.revq"], home: home)
        #expect(run.status == 1)
        #expect(run.stderr.contains("nested 32 files deep"), "\(run.stderr)")
    }
}

/// Issue 22: `$XDG_CONFIG_HOME/revq/revqrc`, read at a terminal's start as `.read` reads a
/// file, by scripts only with `--rc`, never with `--no-rc`.
@Suite(.serialized) struct RCFileTests {
    typealias Key = Terminal.Key

    /// An rc file that sets csv without headers, has a statement that fails on its third
    /// line, and ends with `.quit`.
    static func home() throws -> TemporaryHome {
        let home = try TemporaryHome()
        try home.write(".mode csv\n.headers off\nfindings where nosuch = 1\n.quit\n", to: "config/revq/revqrc")
        return home
    }

    @Test func aScriptReadsItOnlyWhenAsked() throws {
        let home = try Self.home()
        let plain = try RevqProcess.run(["-c", "count findings"], home: home)
        #expect(plain.status == 0 && plain.stdout.contains("│ count │") && plain.stderr.isEmpty)
        let asked = try RevqProcess.run(["--rc", "-c", "count findings"], home: home)
        #expect(
            asked.stdout == CommandLineHabitsTests.findings + "\n", "its settings hold, its .quit does not stop the run"
        )
        #expect(
            asked.stderr.hasPrefix(home.file("config/revq/revqrc") + ":3:16: error: unknown field 'nosuch'"),
            "\(asked.stderr)")
        #expect(asked.status == 1, "its failure shows in the exit status")
        // The command line has the last word.
        let json = try RevqProcess.run(["--rc", "--jsonl", "-c", "count findings"], home: home)
        #expect(json.stdout == "{\"count\":\(CommandLineHabitsTests.findings)}\n")
        let missing = try RevqProcess.run(["--rc", "-c", "count findings"], home: TemporaryHome())
        #expect(missing.status == 0 && missing.stderr.contains("no rc file at"), "\(missing.stderr)")
    }

    /// At a terminal it is read before the first prompt (its error said with its place,
    /// the session started all the same); `--no-rc` skips it.
    @Test func aTerminalSessionReadsItAtTheStart() throws {
        let home = try Self.home()
        let terminal = try Terminal.started(home)
        // Wrapped at the terminal's edge, as every message is: the line may break anywhere.
        let screen = terminal.screen.replacingOccurrences(of: "\n", with: " ")
        #expect(screen.contains("revqrc:3:16: error: unknown field 'nosuch'"), "\(terminal.screen)")
        try terminal.enter("count findings", expecting: "\n" + CommandLineHabitsTests.findings + "\n")
        terminal.type(Key.controlD)
        #expect(terminal.waitForExit() == 0)
        let skipping = try Terminal.started(home, arguments: ["--no-rc"])
        try skipping.enter("count findings", expecting: "│ count │")
        #expect(!skipping.screen.contains("nosuch"))
        skipping.type(Key.controlD)
        #expect(skipping.waitForExit() == 0)
    }
}

/// Issue 22: other tools' words get an error (status 1) whose hint names revq's form, and
/// that form runs.
@Suite struct ForeignWordsTests {
    @Test(arguments: [
        ("SELECT * FROM findings", "findings where theme = kommunikasjon show number, text"),
        ("select count(*) from studies;", "findings where theme = kommunikasjon show number, text"),
        (".tables", "sources"),
        (".schema findings", "describe NAME"),
        ("\\d findings", "describe findings"),
        ("\\dt", "sources"),
        ("\\q", ".quit"),
    ])
    func aForeignWordIsAnsweredWithRevqsForm(typed: String, form: String) throws {
        let home = try TemporaryHome()
        let run = try RevqProcess.run(["-c", typed], home: home)
        #expect(run.status == 1)
        let hint = try #require(run.stderr.split(separator: "\n").first { $0.contains("= hint:") }, "\(run.stderr)")
        #expect(hint.contains(form), "\(hint)")
        let runnable = form.replacingOccurrences(of: "NAME", with: "findings")
        #expect(try RevqProcess.run(["-c", runnable], home: home).status == 0, "the hint's form runs: \(runnable)")
    }
}
