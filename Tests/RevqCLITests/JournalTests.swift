import Foundation
import RevqTestSupport
import Testing

/// The session journal: every accepted statement reaches the disk at once, so `kill -9`
/// loses nothing, and the next start offers to restore it.
@Suite(.serialized)
struct JournalTests {
    typealias Key = Terminal.Key

    private func start(_ home: TemporaryHome, arguments: [String] = []) throws -> Terminal {
        try Terminal.started(home, arguments: arguments)
    }

    private func enter(_ line: String, in terminal: Terminal, expecting: String? = nil) throws {
        try terminal.enter(line, expecting: expecting)
    }

    private func journals(_ home: TemporaryHome) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: home.journalsDirectory)) ?? [])
            .filter { $0.hasSuffix(".revq") }.map { home.journalsDirectory + "/" + $0 }
    }

    private var sitting: [String] {
        [".mode csv", ".headers off", "let komm = findings where theme = kommunikasjon"]
    }

    @Test func killNineThenResumeLosesNothing() throws {
        let home = try TemporaryHome()
        let first = try start(home)
        for line in sitting { try enter(line, in: first) }
        first.signal(SIGKILL)
        #expect(first.waitForExit() == 128 + SIGKILL)

        let left = journals(home)
        try #require(left.count == 1)
        let journal = try String(contentsOfFile: left[0], encoding: .utf8)
        #expect(journal.hasPrefix("# revq journal"))
        #expect(journal.hasSuffix(sitting.joined(separator: "\n") + "\n"))

        let next = try Terminal(arguments: [], home: home)
        try next.waitFor("revq: note: a session left unsaved at ")
        try next.waitFor("(\(sitting.count) statements) can be restored: revq --resume\n")
        try next.waitFor("revq> ")
        #expect(next.screen.components(separatedBy: "note:").count == 2, "one note at the start: \(next.screen)")
        next.type(Key.controlD)
        #expect(next.waitForExit() == 0)
        #expect(journals(home) == left, "starting without --resume keeps the journal")

        let resumed = try Terminal(arguments: ["--resume"], home: home)
        try resumed.waitFor("resumed the unsaved session")
        try resumed.waitFor("\(sitting.count) statements")
        try resumed.waitFor("revq> ")
        try enter(".mode", in: resumed, expecting: "current mode: csv")
        // Tabell 9 has 16 findings under Kommunikasjon (lines 1153-1259).
        let kommunikasjon = StatementsThroughCLITests.tabell9.values.filter { $0.theme == "Kommunikasjon" }.count
        #expect(kommunikasjon == 16)
        // The restored settings hold too: csv without headers.
        try enter("count komm", in: resumed, expecting: "count komm\n\(kommunikasjon)\n")
        #expect(!journals(home).contains(left[0]), "the old journal lives on in the new one")
        let current = try #require(journals(home).first)
        #expect(try String(contentsOfFile: current, encoding: .utf8).contains(sitting.joined(separator: "\n")))
        try enter(".save resumed", in: resumed, expecting: "saved")
        resumed.type(Key.controlD)
        #expect(resumed.waitForExit() == 0)
        #expect(journals(home).isEmpty, "a saved session leaves no journal")
        let saved = try String(contentsOfFile: home.sessionsDirectory + "/resumed.revq", encoding: .utf8)
        #expect(saved.contains(sitting.joined(separator: "\n")))
    }

    /// Issue 22: leaving with `.quit` or Ctrl-D is the person's choice: the journal is
    /// removed and nothing is said, whatever ran (settings, queries), since the history
    /// keeps what was typed.
    @Test(arguments: [Key.controlD, ".quit" + Key.enter, ".q" + Key.enter])
    func leavingCleanlyRemovesTheJournalAndSaysNothing(leave: String) throws {
        let home = try TemporaryHome()
        let terminal = try start(home)
        try enter(".timer on", in: terminal)
        try enter("findings where number = 4 show theme", in: terminal, expecting: "Kommunikasjon")
        #expect(journals(home).count == 1, "the journal is written while the session runs")
        terminal.type(leave)
        #expect(terminal.waitForExit() == 0)
        #expect(journals(home).isEmpty)
        let after = terminal.recent
        #expect(
            !after.contains("note:") && !after.contains("warning:") && !after.contains("journal"),
            "leaving said: \(after)")
        let history = try String(contentsOfFile: home.historyFile, encoding: .utf8)
        #expect(history.contains("findings where number = 4 show theme\n"))

        let next = try start(home)
        #expect(!next.screen.contains("note:"), "nothing to resume, no note: \(next.screen)")
        next.type(Key.controlD)
        #expect(next.waitForExit() == 0)
    }

    /// A named query typed and not saved exists nowhere else: leaving keeps its journal
    /// and says so in one line; `--resume` brings it back.
    @Test func leavingWithAnUnsavedNamedQueryKeepsItsJournalAndSaysSo() throws {
        let home = try TemporaryHome()
        let terminal = try start(home)
        try enter("let komm = findings where theme = kommunikasjon", in: terminal, expecting: "komm:")
        try enter("let lav = findings where confidence = lav", in: terminal, expecting: "lav:")
        terminal.type(".quit" + Key.enter)
        try terminal.waitFor("revq: note: the named queries komm, lav are not saved; revq --resume restores them\n")
        #expect(terminal.waitForExit() == 0)
        #expect(terminal.recent.isEmpty, "one line: \(terminal.recent)")
        #expect(journals(home).count == 1)
        // Tabell 9 has 16 findings under Kommunikasjon (lines 1153-1259).
        let resumed = try RevqProcess.run(["--resume", "-c", "count komm"], home: home)
        #expect(resumed.stdout.contains("16"), "\(resumed.stdout)\(resumed.stderr)")
    }

    /// A resumed named query lives only in the new journal once the old one is removed:
    /// leaving unsaved keeps it again. With `--no-journal` the old journal stays, so
    /// nothing would be lost and leaving says nothing.
    @Test func aResumedNamedQueryIsKeptUntilSaved() throws {
        let home = try TemporaryHome()
        let journal = "# revq journal: an unsaved session\nlet komm = findings where theme = kommunikasjon\n"
        try home.write(journal, to: "state/revq/journals/20260101-000000-1.revq")
        let kept = try start(home, arguments: ["--no-journal", "--resume"])
        try enter("count komm", in: kept, expecting: "16")
        kept.type(Key.controlD)
        #expect(kept.waitForExit() == 0)
        #expect(!kept.recent.contains("komm"), "\(kept.recent)")
        #expect(journals(home) == [home.journalsDirectory + "/20260101-000000-1.revq"])

        let resumed = try start(home, arguments: ["--resume"])
        #expect(!journals(home).contains(home.journalsDirectory + "/20260101-000000-1.revq"))
        resumed.type(Key.controlD)
        try resumed.waitFor("revq: note: the named query komm is not saved; revq --resume restores it")
        #expect(resumed.waitForExit() == 0)
        #expect(journals(home).count == 1)
    }

    /// Named queries the rc file defines are in the rc file: nothing is lost, nothing kept.
    @Test func namedQueriesFromTheRCFileAreNotLost() throws {
        let home = try TemporaryHome()
        try home.write("let komm = findings where theme = kommunikasjon\n", to: "config/revq/revqrc")
        let terminal = try start(home)
        try enter("count komm", in: terminal, expecting: "16")
        terminal.type(Key.controlD)
        #expect(terminal.waitForExit() == 0)
        #expect(journals(home).isEmpty)
        #expect(!terminal.recent.contains("komm"), "\(terminal.recent)")
    }

    /// A closed terminal (SIGHUP) or a kill is no clean end: the journal stays to resume.
    @Test(arguments: [SIGHUP, SIGTERM])
    func aHangupOrAKillKeepsTheJournal(signal: Int32) throws {
        let home = try TemporaryHome()
        let terminal = try start(home)
        try enter(".mode csv", in: terminal)
        terminal.signal(signal)
        #expect(terminal.waitForExit() == 128 + signal)
        let left = journals(home)
        try #require(left.count == 1)
        #expect(try String(contentsOfFile: left[0], encoding: .utf8).hasSuffix("\n.mode csv\n"))
    }

    /// At most `SessionKeeper.keptUnsaved` (5) journals of sessions left unsaved are
    /// kept: at the next start the oldest go, and the note names the newest.
    @Test func onlyTheFiveNewestUnsavedJournalsAreKept() throws {
        let home = try TemporaryHome()
        let names = (1...7).map { "2026010\($0)-000000-\($0).revq" }
        for (day, name) in names.enumerated() {
            try home.write(
                "# revq journal: an unsaved session\n.mode csv\n" + String(repeating: ".headers off\n", count: day),
                to: "state/revq/journals/" + name)
            let modified = Date(timeIntervalSince1970: 1_767_225_600 + Double(day) * 86_400)
            try FileManager.default.setAttributes(
                [.modificationDate: modified], ofItemAtPath: home.journalsDirectory + "/" + name)
        }
        let terminal = try Terminal(arguments: [], home: home)
        try terminal.waitFor(
            "revq: note: 5 sessions were left unsaved, the newest at 2026-01-07T00:00:00Z (7 statements): revq --resume restores it, .sessions lists them"
        )
        try terminal.waitFor("revq> ")
        #expect(Set(journals(home).map { ($0 as NSString).lastPathComponent }) == Set(names.suffix(5)))
        terminal.type(Key.controlD)
        #expect(terminal.waitForExit() == 0)
    }

    /// `--no-journal` writes none; leaving with an unsaved named query says it is gone.
    @Test func noJournalWritesNone() throws {
        let home = try TemporaryHome()
        let terminal = try start(home, arguments: ["--no-journal"])
        try enter(".mode csv", in: terminal)
        try enter("let komm = findings where theme = kommunikasjon", in: terminal, expecting: "komm:")
        try enter(".journal", in: terminal, expecting: "journal: off")
        #expect(journals(home).isEmpty)
        terminal.type(Key.controlD)
        try terminal.waitFor(
            "revq: warning: the named query komm was not saved and ends with this session (the journal is off)")
        #expect(terminal.waitForExit() == 0)
        #expect(journals(home).isEmpty)
        #expect(!FileManager.default.fileExists(atPath: home.journalsDirectory))
    }

    /// `.journal off` stops writing, removes this session's journal and says so;
    /// `.journal on` writes one again with every statement so far.
    @Test func journalOffAndOn() throws {
        let home = try TemporaryHome()
        let terminal = try start(home)
        try enter(".mode csv", in: terminal)
        let first = try #require(journals(home).first)
        try enter(".journal", in: terminal, expecting: "journal: on, \(first)")
        try enter(
            ".journal off", in: terminal,
            expecting:
                "journal off: this session is no longer written to disk; its journal \(first) is removed; .save NAME keeps it"
        )
        #expect(journals(home).isEmpty)
        try enter(".headers off", in: terminal)
        #expect(journals(home).isEmpty, "nothing is written while the journal is off")
        try enter(".journal on", in: terminal, expecting: "journal on: 2 statements so far written to ")
        let second = try #require(journals(home).first)
        #expect(try String(contentsOfFile: second, encoding: .utf8).hasSuffix("\n.mode csv\n.headers off\n"))
        terminal.type(Key.controlD)
        #expect(terminal.waitForExit() == 0)
        #expect(journals(home).isEmpty)
    }

    /// A script keeps no journal: `.journal on` there is refused, `.journal` says why.
    @Test func aScriptKeepsNoJournal() throws {
        let home = try TemporaryHome()
        let state = try RevqProcess.run(["-c", ".journal", "-c", ".journal off"], home: home)
        #expect(state.status == 0)
        #expect(state.stdout == "journal: off (scripts and pipes keep none)\n")
        let refused = try RevqProcess.run(["-c", ".journal on"], home: home)
        #expect(refused.status == 1)
        #expect(
            refused.stderr.contains("error: a script keeps no journal: journals are for sessions at a terminal"),
            "\(refused.stderr)")
    }

    /// A journal still held by a running revq is not someone else's to resume.
    @Test func aRunningSessionsJournalIsNotOffered() throws {
        let home = try TemporaryHome()
        let running = try start(home)
        try enter(".mode json", in: running)
        #expect(journals(home).count == 1)
        let other = try RevqProcess.run(["--resume", "-c", ".mode"], home: home)
        #expect(other.status == 1)
        #expect(other.stderr.contains("there is no unsaved session to resume"))
        running.type(Key.controlD)
        #expect(running.waitForExit() == 0)
    }

    @Test func errorsAreColouredOnATerminalUnlessNoColor() throws {
        let home = try TemporaryHome()
        let coloured = try start(home)
        try enter(".mode xml", in: coloured, expecting: "unknown mode")
        coloured.type(Key.controlD)
        #expect(coloured.waitForExit() == 0)
        #expect(coloured.rawOutput.contains("\u{1B}[1;31merror:"))

        let plain = try Terminal(arguments: [], home: home, extraEnvironment: ["NO_COLOR": "1"])
        try plain.waitFor("revq> ")
        try enter(".mode xml", in: plain, expecting: "unknown mode")
        plain.type(Key.controlD)
        #expect(plain.waitForExit() == 0)
        #expect(!plain.rawOutput.contains("\u{1B}[1;31m"))
    }

    /// When the state folder cannot be written, revq says so once and goes on.
    @Test func anUnwritableStateFolderIsReportedOnce() throws {
        let home = try TemporaryHome()
        try home.write("not a folder", to: "blocked")
        let terminal = try Terminal(
            arguments: [], home: home, extraEnvironment: ["XDG_STATE_HOME": home.file("blocked")])
        try terminal.waitFor("revq> ")
        try enter(".mode csv", in: terminal, expecting: "journal cannot be written")
        try enter(".headers off", in: terminal)
        try enter(".mode", in: terminal, expecting: "current mode: csv")
        terminal.type(Key.controlD)
        #expect(terminal.waitForExit() == 0)
        let screen = terminal.screen
        #expect(screen.components(separatedBy: "journal cannot be written").count == 2)
        #expect(screen.components(separatedBy: "history cannot be saved").count == 2)
    }

    /// A journal damaged by a crash (here its last entry cut short) still gives back every
    /// entry that runs; the damaged one is reported at its line and the journal kept.
    @Test func aDamagedJournalRestoresWhatStillRuns() throws {
        let home = try TemporaryHome()
        let journal =
            "# revq journal: an unsaved session\n.mode csv\nlet komm = findings where theme = kommunikasjon\ncount komm by confid\n"
        try home.write(journal, to: "state/revq/journals/20260101-000000-1.revq")
        let path = home.journalsDirectory + "/20260101-000000-1.revq"
        let run = try RevqProcess.run(["--resume", "-c", ".mode", "-c", "count komm"], home: home)
        #expect(run.status == 1)
        #expect(run.stderr.contains("\(path):4:"))
        #expect(run.stderr.contains("resumed the unsaved session \(path): 2 statements; named queries: komm"))
        #expect(run.stdout.hasPrefix("current mode: csv\n"))
        #expect(FileManager.default.fileExists(atPath: path))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == journal)
    }
}
