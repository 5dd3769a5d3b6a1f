import Foundation
import RevqTestSupport
import Testing

/// revq at a terminal, driven through a pseudo-terminal as a person would use it.
@Suite(.serialized)
struct TerminalTests {
    @Test func promptHelpAndControlDOnAnEmptyLineQuits() throws {
        let home = try TemporaryHome()
        let terminal = try Terminal(arguments: [], home: home)
        try terminal.waitFor("revq> ")
        terminal.type(".help\r")
        try terminal.waitFor(".mode [MODE]")
        try terminal.waitFor("revq> ")
        terminal.type(Terminal.Key.controlD)
        #expect(terminal.waitForExit() == 0)
    }
}
