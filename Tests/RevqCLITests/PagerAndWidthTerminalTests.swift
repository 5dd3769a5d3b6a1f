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
        let terminal = try Terminal(arguments: [], home: home, columns: 100, rows: 12, extraEnvironment: ["PAGER": "less -FRX"])
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
        let lines = table.split(separator: "\n").map(String.init).filter { $0.hasPrefix("│") || $0.hasPrefix("┌") || $0.hasPrefix("└") }
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
