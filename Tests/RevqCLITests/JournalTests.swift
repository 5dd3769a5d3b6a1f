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
        try next.waitFor("revq: note: an unsaved session exists")
        try next.waitFor("\(sitting.count) statements")
        try next.waitFor("revq --resume")
        try next.waitFor("revq> ")
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

    @Test func quittingUnsavedKeepsTheJournalAndSaysSo() throws {
        let home = try TemporaryHome()
        let terminal = try start(home)
        try enter(".timer on", in: terminal)
        terminal.type(Key.controlD)
        try terminal.waitFor("this session is not saved")
        #expect(terminal.waitForExit() == 0)
        #expect(journals(home).count == 1)
        let resumed = try RevqProcess.run(["--resume", "-c", ".sessions"], home: home)
        #expect(resumed.status == 0)
        #expect(resumed.stderr.contains("resumed the unsaved session"))
        #expect(journals(home).count == 1, "a script restores from a journal but keeps it")
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
        let terminal = try Terminal(arguments: [], home: home, extraEnvironment: ["XDG_STATE_HOME": home.file("blocked")])
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
        let journal = "# revq journal: an unsaved session\n.mode csv\nlet komm = findings where theme = kommunikasjon\ncount komm by confid\n"
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
