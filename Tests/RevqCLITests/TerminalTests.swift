import Foundation
import RevqTestSupport
import Testing

/// revq at a terminal, driven through a pseudo-terminal as a person would use it: keys
/// typed, the screen awaited, and what happened checked through revq's own `.history`,
/// its results, and the files it keeps.
@Suite(.serialized)
struct TerminalTests {
    typealias Key = Terminal.Key

    private func start(_ home: TemporaryHome, arguments: [String] = []) throws -> Terminal {
        try Terminal.started(home, arguments: arguments)
    }

    private func enter(_ line: String, in terminal: Terminal, expecting: String? = nil) throws {
        try terminal.enter(line, expecting: expecting)
    }

    /// The numbered lines `.history` prints, without their numbers.
    private func history(of terminal: Terminal) throws -> [String] {
        terminal.type(".history" + Key.enter)
        try terminal.waitFor(".history\n")
        try terminal.waitFor("revq> ")
        let listing = terminal.screen.components(separatedBy: "revq> .history\n").last ?? ""
        return listing.split(separator: "\n").dropLast().map { line in
            String(line.drop { $0 == " " }.drop { $0.isNumber }.dropFirst(2))
        }
    }

    @Test func promptHelpAndControlDOnAnEmptyLineQuits() throws {
        let home = try TemporaryHome()
        let terminal = try start(home)
        try enter(".help", in: terminal, expecting: ".mode [MODE]")
        terminal.type("ab" + Key.left + Key.controlD)
        terminal.type(Key.controlA + Key.controlD + Key.enter)
        // Ctrl-D deleted a character of a non-empty line instead of quitting.
        try terminal.waitFor("revq> ")
        terminal.type(Key.controlD)
        #expect(terminal.waitForExit() == 0)
    }

    /// Typing ø, moving the cursor over it, deleting it and inserting another letter.
    @Test func editingALineWithNorwegianLetters() throws {
        let home = try TemporaryHome()
        let terminal = try start(home)
        terminal.type(#"studies where label = "Øye 2019""#)
        try terminal.waitFor(#""Øye 2019""#)
        terminal.press([Key.left, Key.left, Key.controlD, "8"])
        terminal.press(
            [Key.controlA] + Array(repeating: Key.right, count: 24) + [Key.backspace, "ø", Key.controlE, " show label"])
        try terminal.waitFor("show label")
        terminal.type(Key.enter)
        try terminal.waitFor("revq> ")
        #expect(try history(of: terminal).first == #"studies where label = "øye 2018" show label"#)
        #expect(terminal.screen.contains("Øye 2018"))
        terminal.type(Key.controlD)
        #expect(terminal.waitForExit() == 0)
    }

    /// Up recalls earlier lines; a recalled line typed again moves to the end (no duplicates);
    /// the history survives a restart in $XDG_STATE_HOME/revq/history.
    @Test func historyRecallDeduplicatesAndPersists() throws {
        let home = try TemporaryHome()
        let terminal = try start(home)
        try enter("sources", in: terminal)
        try enter(".mode csv", in: terminal)
        terminal.press([Key.up, Key.up])
        try terminal.waitFor("sources")
        terminal.type(Key.enter)
        try terminal.waitFor("revq> ")
        #expect(try history(of: terminal) == [".mode csv", "sources"])
        terminal.type(Key.controlD)
        #expect(terminal.waitForExit() == 0)
        #expect(home.read("state/revq/history")?.split(separator: "\n") == [".mode csv", "sources", ".history"])

        let again = try start(home)
        again.press([Key.up, Key.up, Key.controlE, " "])
        again.type(Key.enter)
        try again.waitFor("revq> ")
        #expect(try history(of: again) == [".mode csv", ".history", "sources"])
        again.type(Key.controlD)
        #expect(again.waitForExit() == 0)
    }

    @Test func noHistoryLeavesNoHistoryFile() throws {
        let home = try TemporaryHome()
        let terminal = try start(home, arguments: ["--no-history"])
        try enter(".mode csv", in: terminal)
        terminal.type(Key.controlD)
        #expect(terminal.waitForExit() == 0)
        #expect(!FileManager.default.fileExists(atPath: home.historyFile))
    }

    @Test func controlRSearchesHistoryBackwards() throws {
        let home = try TemporaryHome()
        let terminal = try start(home)
        try enter(".timer on", in: terminal)
        try enter(".headers off", in: terminal)
        terminal.type(Key.controlR)
        terminal.type("tim")
        try terminal.waitFor("tim")
        terminal.type(Key.enter)
        try terminal.waitFor("revq> ")
        #expect(try history(of: terminal) == [".headers off", ".timer on"])
        terminal.type(Key.controlD)
        #expect(terminal.waitForExit() == 0)
    }

    /// Ctrl-C on a continuation line abandons the whole pending statement.
    @Test func controlCAbandonsAPendingStatement() throws {
        let home = try TemporaryHome()
        let terminal = try start(home)
        terminal.type(#"findings where \"# + Key.enter)
        try terminal.waitFor("   ...> ")
        terminal.type("confidence = høy")
        try terminal.waitFor("høy")
        try terminal.waitUntilReading()
        terminal.type(Key.controlC)
        try terminal.waitFor("^C")
        try terminal.waitFor("revq> ")
        try enter(".mode csv", in: terminal)
        #expect(try history(of: terminal) == [".mode csv"])
        terminal.type(Key.controlD)
        #expect(terminal.waitForExit() == 0)
    }

    /// An open parenthesis continues the statement; Ctrl-C abandons it.
    @Test func openParenthesisContinuesThenControlCAbandons() throws {
        let home = try TemporaryHome()
        let terminal = try start(home)
        terminal.type("findings where (confidence = høy" + Key.enter)
        try terminal.waitFor("   ...> ")
        terminal.type("or" + Key.enter)
        try terminal.waitFor("   ...> ")
        // The prompt is drawn just before revq reads: a Ctrl-C in between was lost
        // (this test failed once in 27 runs, waiting 30 s for "revq> ").
        try terminal.waitUntilReading()
        terminal.type(Key.controlC)
        try terminal.waitFor("revq> ")
        try enter("count findings", in: terminal)
        #expect(try history(of: terminal) == ["count findings"])
        terminal.type(Key.controlD)
        #expect(terminal.waitForExit() == 0)
    }

    /// Tab after a dot completes meta-commands; after `.mode`, the modes; after
    /// `.output`, file names.
    @Test func tabCompletesMetaCommandsModesAndFiles() throws {
        let home = try TemporaryHome()
        try FileManager.default.createDirectory(atPath: home.file("results-folder"), withIntermediateDirectories: true)
        let terminal = try start(home)
        terminal.type(".hea" + Key.tab)
        try terminal.waitFor(".headers ")
        try enter("off", in: terminal)
        terminal.type(".mode c" + Key.tab)
        try terminal.waitFor("card  csv")
        terminal.type("s" + Key.tab + Key.enter)
        try terminal.waitFor("revq> ")
        terminal.type(".output res" + Key.tab)
        try terminal.waitFor("results-folder/")
        try enter("out.csv", in: terminal)
        try enter(".output", in: terminal)
        #expect(
            try history(of: terminal) == [".headers off", ".mode csv", ".output results-folder/out.csv", ".output"])
        #expect(FileManager.default.fileExists(atPath: home.file("results-folder/out.csv")))
        terminal.type(Key.controlD)
        #expect(terminal.waitForExit() == 0)
    }

    @Test func tabCompletesFieldsAndOffersTheThemes() throws {
        let home = try TemporaryHome()
        let terminal = try start(home)
        terminal.type("findings where conf" + Key.tab)
        try terminal.waitFor("confidence")
        terminal.type(" >= moderat" + Key.enter)
        try terminal.waitFor("revq> ")
        terminal.type("findings where theme = " + Key.tab)
        let themes = ReviewThemes.tabell9.map(\.theme)
        #expect(themes.count == 7)
        // Values with a space are offered quoted.
        try terminal.waitFor(all: themes.map { $0.contains(" ") ? "\"\($0)\"" : $0 })
        terminal.type("Kommu" + Key.tab)
        try terminal.waitFor("Kommunikasjon")
        terminal.type(Key.enter)
        try terminal.waitFor("revq> ")
        let typed = try history(of: terminal).map { $0.split(separator: " ").joined(separator: " ") }
        #expect(typed == ["findings where confidence >= moderat", "findings where theme = Kommunikasjon"])
        terminal.type(Key.controlD)
        #expect(terminal.waitForExit() == 0)
    }

    /// `.open` restores the session's statements into the history: Up recalls them.
    @Test func openRestoresHistoryForUp() throws {
        let home = try TemporaryHome()
        let saved = try RevqProcess.run([], stdin: ".mode csv\n.headers off\n.save recall\n", home: home)
        #expect(saved.status == 0)
        let terminal = try start(home, arguments: ["--no-history"])
        try enter(".open recall", in: terminal, expecting: "opened")
        // History now ends: .mode csv, .headers off (restored), .open recall (typed).
        terminal.press([Key.up, Key.up, Key.up])
        // libedit redraws only what changed, so the leading dot is not written again.
        try terminal.waitFor("mode csv")
        terminal.press([Key.controlE, Key.backspace, Key.backspace, Key.backspace, "json", Key.enter])
        try terminal.waitFor("revq> ")
        try enter(".mode", in: terminal, expecting: "current mode: json")
        terminal.type(Key.controlD)
        #expect(terminal.waitForExit() == 0)
    }

    /// Tables fit the terminal they are shown in (here 60 columns), wrapping long text.
    @Test func tablesFitTheTerminalWidth() throws {
        let home = try TemporaryHome()
        let terminal = try Terminal(arguments: [], home: home, columns: 60)
        try terminal.waitFor("revq> ")
        try enter("findings where number = 1 show number, text", in: terminal, expecting: "(1 row)")
        let table = terminal.screen.split(separator: "\n").filter {
            $0.hasPrefix("│") || $0.hasPrefix("┌") || $0.hasPrefix("└")
        }
        #expect(table.count > 4, "the text wraps over several lines")
        for line in table {
            #expect(line.count <= 60, "\(line)")
        }
        terminal.type(Key.controlD)
        #expect(terminal.waitForExit() == 0)
    }

    /// Named queries complete where a source goes; fields complete through a relation.
    @Test func tabCompletesNamedQueriesAndDotPaths() throws {
        let home = try TemporaryHome()
        let terminal = try start(home)
        try enter("let kommunikasjonsfunn = findings where theme = kommunikasjon", in: terminal)
        terminal.type("count kommunik" + Key.tab)
        try terminal.waitFor("kommunikasjonsfunn")
        terminal.type(Key.enter)
        try terminal.waitFor("revq> ")
        terminal.type("matrix where study.coun" + Key.tab)
        try terminal.waitFor("country")
        terminal.type("= USA" + Key.enter)
        try terminal.waitFor("revq> ")
        let typed = try history(of: terminal).map { $0.split(separator: " ").joined(separator: " ") }
        #expect(Array(typed.suffix(2)) == ["count kommunikasjonsfunn", "matrix where study.country = USA"])
        terminal.type(Key.controlD)
        #expect(terminal.waitForExit() == 0)
    }
}
