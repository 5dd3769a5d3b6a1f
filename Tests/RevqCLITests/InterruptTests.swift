import Foundation
import RevqTestSupport
import Testing

/// revq at a terminal under stress (issue 14): Ctrl-C during a long result, two sessions
/// sharing one state folder, and leaving when nothing could be journaled.
@Suite(.serialized)
struct InterruptTests {
    typealias Key = Terminal.Key

    /// The children of `pid` (the process rendering a result at a terminal).
    private func children(of pid: pid_t) -> [String] {
        let path = "/proc/\(pid)/task/\(pid)/children"
        return ((try? String(contentsOfFile: path, encoding: .utf8)) ?? "").split(separator: " ").map(String.init)
    }

    /// The review with every paragraph of `sections` written 60 times (ids made unique),
    /// so that a table of them takes seconds to render: on the review itself every result
    /// now renders in well under a second, too fast to interrupt.
    private func largeReview(in home: TemporaryHome) throws -> String {
        let folder = home.file("large-review")
        try FileManager.default.copyItem(atPath: RepositoryPaths.bundledDataset, toPath: folder)
        let path = folder + "/data/sections.tsv"
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map(String.init)
        var copied = [lines[0]]
        for copy in 0..<60 {
            for line in lines.dropFirst() {
                guard let tab = line.firstIndex(of: "\t") else { continue }
                copied.append(line[..<tab] + "-\(copy)" + line[tab...])
            }
        }
        try (copied.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        return folder
    }

    /// Ctrl-C while a long table is being rendered stops it: the rendering child is
    /// killed (said as "interrupted", which a rendering that ran to its end never says),
    /// the `.once` file holds at most a beginning of the table, never its end (a table is
    /// written a band of rows at a time, `TableBox`), and the session (its named query) is
    /// intact. Checked by what happened, not by the clock: a loaded machine is slow.
    @Test func controlCStopsALongResultAndKeepsTheSession() throws {
        let home = try TemporaryHome()
        let terminal = try Terminal.started(home, arguments: ["--dataset", try largeReview(in: home)])
        try terminal.enter("let komm = findings where theme = kommunikasjon", expecting: "komm:")
        try terminal.enter(".once \(home.file("out.txt"))")
        terminal.type("sections show id, text" + Key.enter)
        let deadline = Date(timeIntervalSinceNow: 120)
        while children(of: terminal.pid).isEmpty && Date() < deadline { usleep(20_000) }
        try #require(!children(of: terminal.pid).isEmpty, "no rendering child appeared")
        usleep(300_000)
        let child = try #require(children(of: terminal.pid).first)
        terminal.type(Key.controlC)
        try terminal.waitFor("interrupted: the output of the statement is incomplete", timeout: 60)
        try terminal.waitFor("revq> ", timeout: 60)
        #expect(!children(of: terminal.pid).contains(child), "the rendering child \(child) still runs")
        let written = String(
            decoding: FileManager.default.contents(atPath: home.file("out.txt")) ?? Data(), as: UTF8.self)
        #expect(written.isEmpty || written.hasPrefix("┌"), "the .once file begins with \(written.prefix(80))")
        #expect(!written.contains("└"), "the table's bottom rule reached the .once file")
        try terminal.enter("count komm", expecting: "(1 row)")
        terminal.type(Key.controlD)
        #expect(terminal.waitForExit() == 0)
    }

    /// Two sessions typing into one state folder: the history file ends with the
    /// entries of both, and neither stops saving it.
    @Test func twoSessionsMergeTheirHistory() throws {
        let home = try TemporaryHome()
        let first = try Terminal.started(home)
        let second = try Terminal.started(home)
        var typed: [String] = []
        for round in 1...4 {
            for (name, terminal) in [("a", first), ("b", second)] {
                let statement = "findings where number = \(round) show number" + (name == "a" ? "" : ", theme")
                try terminal.enter(statement)
                typed.append(statement)
            }
        }
        first.type(Key.controlD)
        second.type(Key.controlD)
        // On a failure, what each terminal showed last says where it stopped.
        #expect(first.waitForExit() == 0, "first terminal: \(first.rawOutput.suffix(600))")
        #expect(second.waitForExit() == 0, "second terminal: \(second.rawOutput.suffix(600))")
        let history = try String(contentsOfFile: home.historyFile, encoding: .utf8).split(separator: "\n").map(
            String.init)
        #expect(Set(typed).isSubset(of: Set(history)), "missing: \(Set(typed).subtracting(history))")
        #expect(!first.rawOutput.contains("cannot") && !second.rawOutput.contains("cannot"))
    }

    /// With no state folder to write (a file in its way), leaving says the typed named
    /// query was neither saved nor journaled.
    @Test func leavingWithUnjournaledStatementsSaysSo() throws {
        let home = try TemporaryHome()
        try home.write("a file, not a folder\n", to: "state")
        let terminal = try Terminal.started(home)
        try terminal.enter("let komm = findings where theme = kommunikasjon", expecting: "journal cannot be written")
        terminal.type(Key.controlD)
        try terminal.waitFor("the named query komm was not saved and the journal could not be written")
        try terminal.waitFor("it is lost")
        #expect(terminal.waitForExit() == 0)
        #expect(!terminal.rawOutput.contains("NSCocoaErrorDomain"))
    }

    /// On a full disk (here: no file may grow, `ulimit -f 0`) the journal cannot take
    /// its header: revq says so, and no empty journal is left behind on each start.
    @Test func aFullDiskLeavesNoEmptyJournal() throws {
        let home = try TemporaryHome()
        let terminal = try Terminal(
            executable: "/bin/sh", arguments: ["-c", "trap '' XFSZ; ulimit -f 0; exec \"$0\"", RevqProcess.binary],
            home: home)
        try terminal.waitFor("revq> ")
        try terminal.enter("let komm = findings where theme = kommunikasjon", expecting: "journal cannot be written")
        terminal.type(Key.controlD)
        try terminal.waitFor("the named query komm was not saved and the journal could not be written")
        #expect(terminal.waitForExit() == 0)
        let journals = (try? FileManager.default.contentsOfDirectory(atPath: home.journalsDirectory)) ?? []
        #expect(journals.isEmpty, "\(journals)")
    }
}
