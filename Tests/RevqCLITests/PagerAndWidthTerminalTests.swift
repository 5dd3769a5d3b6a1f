import Foundation
import RevqTestSupport
import Testing

/// Issue 9 at a real terminal: a long result goes through the pager, and a wide result
/// stays a table at 80 columns (never cards behind the user's back).
@Suite(.serialized)
struct PagerAndWidthTerminalTests {
    typealias Key = Terminal.Key

    /// A crosstab of 7 themes (16 lines) on a 12-line terminal: less shows its top and
    /// waits; the end comes with G, the prompt only after q. A result that fits needs no
    /// key (less -F), and `.pager off` writes even a tall result straight out.
    @Test func aLongResultGoesThroughThePager() throws {
        let home = try TemporaryHome()
        let terminal = try Terminal(
            arguments: [], home: home, columns: 100, rows: 12, extraEnvironment: ["PAGER": "less -FRX"])
        try terminal.waitFor("revq> ")
        terminal.type("count findings by theme, confidence" + Key.enter)
        try terminal.waitFor("theme \\ confidence")
        usleep(500_000)
        #expect(!terminal.recent.contains("revq> "), "less waits for a key")
        #expect(!terminal.screen.contains("(7 rows)"), "the end is below the screen")
        terminal.type("G")
        try terminal.waitFor("(7 rows)")
        terminal.type("q")
        try terminal.waitFor("revq> ")
        try terminal.enter("count studies by kind", expecting: "(3 rows)")
        try terminal.enter(".pager off")
        terminal.type("count findings by theme, confidence" + Key.enter)
        try terminal.waitFor(all: ["(7 rows)", "revq> "])
        terminal.type(Key.controlD)
        #expect(terminal.waitForExit() == 0)
    }

    /// Ctrl-C while less shows 38 studies on a 30-row terminal is less's: revq waits for
    /// it (no prompt over less's, no `less` left behind with no parent), and after `q` the
    /// prompt comes back on a terminal that works, with no process of the pager left over.
    @Test func ctrlCInThePagerWaitsForThePager() throws {
        let home = try TemporaryHome()
        let terminal = try Terminal(
            arguments: [], home: home, columns: 100, rows: 30, extraEnvironment: ["PAGER": "less -FRX"])
        try terminal.waitFor("revq> ")
        terminal.type("studies show label, country" + Key.enter)
        try terminal.waitFor("country")
        usleep(300_000)
        terminal.type(Key.controlC)
        usleep(700_000)
        #expect(!terminal.recent.contains("revq> "), "no prompt while less runs")
        #expect(Self.processes(inSession: terminal.pid).contains { $0.name == "less" }, "less still runs, under revq")
        terminal.type("q")
        try terminal.waitFor("revq> ")
        let left = try Self.settled(inSession: terminal.pid)
        #expect(left.map(\.name) == ["revq"], "only revq is left: \(left)")
        try terminal.enter("count studies by kind", expecting: "(3 rows)")
        terminal.type(Key.controlD)
        #expect(terminal.waitForExit() == 0)
    }

    /// The processes of a session (from /proc: name and state, Z for a zombie).
    static func processes(inSession session: pid_t) -> [(pid: Int, name: String, state: String)] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.compactMap { entry -> (pid: Int, name: String, state: String)? in
            guard let pid = Int(entry), let stat = try? String(contentsOfFile: "/proc/\(entry)/stat", encoding: .utf8),
                let open = stat.firstIndex(of: "("), let close = stat.lastIndex(of: ")")
            else { return nil }
            // After the name: state, ppid, pgrp, session.
            let fields = stat[stat.index(after: close)...].split(separator: " ")
            guard fields.count > 3, Int(fields[3]) == Int(session) else { return nil }
            return (pid, String(stat[stat.index(after: open)..<close]), String(fields[0]))
        }
    }

    /// The session's processes once only revq is left, or after five seconds.
    static func settled(inSession session: pid_t) throws -> [(pid: Int, name: String, state: String)] {
        var found = processes(inSession: session)
        for _ in 0..<50 where found.count > 1 {
            usleep(100_000)
            found = processes(inSession: session)
        }
        return found
    }

    /// `matrix` (every column of Tabell 11, 9 columns) at 80 columns with `.mode table`:
    /// a table whose lines fit 80 columns, cells cut with "…", and the way to see them.
    @Test func aWideResultStaysATableAtEightyColumns() throws {
        let home = try TemporaryHome()
        let terminal = try Terminal(arguments: [], home: home, columns: 80, rows: 200)
        try terminal.waitFor("revq> ")
        try terminal.enter(".mode table")
        try terminal.enter("matrix", expecting: "rows)")
        let screen = terminal.screen
        let table = screen.components(separatedBy: "revq> matrix\n").last ?? ""
        let lines = table.split(separator: "\n").map(String.init).filter {
            $0.hasPrefix("│") || $0.hasPrefix("┌") || $0.hasPrefix("└")
        }
        #expect(lines.first?.hasPrefix("┌") == true, "a table, not cards")
        #expect(lines.count > 10)
        #expect(lines.allSatisfy { $0.count <= 80 })
        #expect(!table.contains("study:"), "no card labels")
        #expect(table.contains(".mode card"), "says how to see every value")
        terminal.type(Key.controlD)
        #expect(terminal.waitForExit() == 0)
    }

    /// `.help` at 50 columns: every line fits, and words are whole (no "ses" / "sions").
    @Test func helpWrapsAtWordsOnANarrowTerminal() throws {
        let home = try TemporaryHome()
        let terminal = try Terminal(arguments: [], home: home, columns: 50, rows: 100)
        try terminal.waitFor("revq> ")
        try terminal.enter(".help", expecting: "Type a statement")
        let help = terminal.screen.components(separatedBy: "revq> .help\n").last ?? ""
        let lines = help.split(separator: "\n").dropLast().map(String.init)
        #expect(lines.allSatisfy { $0.count <= 50 }, "\(lines.filter { $0.count > 50 })")
        let words = Set(help.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
        #expect(words.contains("sessions") && words.contains("(statements,"))
        #expect(!words.contains("ses") && !words.contains("sions"))
        terminal.type(Key.controlD)
        #expect(terminal.waitForExit() == 0)
    }

    /// `.rowlimit 5`: the first 5 findings and a line saying there are 33; `.last` shows
    /// all 33; a pipe always gets every row.
    @Test func rowLimitCutsATerminalsResultAndLastShowsItWhole() throws {
        let home = try TemporaryHome()
        let terminal = try Terminal(arguments: [], home: home, columns: 100, rows: 40)
        try terminal.waitFor("revq> ")
        try terminal.enter(".rowlimit 5")
        try terminal.enter("findings show number, confidence", expecting: "33 rows, 5 shown: .rowlimit 0 shows all")
        #expect(terminal.screen.contains("(5 rows)"))
        try terminal.enter(".last", expecting: "(33 rows)")
        terminal.type(Key.controlD)
        #expect(terminal.waitForExit() == 0)
        let piped = try RevqProcess.run([], stdin: ".rowlimit 5\nfindings show number\n", home: home)
        #expect(piped.stdout.contains("(33 rows)") && !piped.stdout.contains("shown"))
    }
}
