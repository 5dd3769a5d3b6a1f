import Foundation
import RevqTestSupport
import Testing

/// Issue 9, item 8: colours follow NO_COLOR, TERM=dumb and a non-terminal output, and
/// `--color always|never|auto` decides for one run.
@Suite struct ColorChoiceTests {
    static let statement = "findings where number = 3 show number, confidence"

    @Test func aPipeGetsNoColourUnlessAlwaysIsAsked() throws {
        let home = try TemporaryHome()
        let plain = try RevqProcess.run(["-c", Self.statement], home: home)
        #expect(!plain.stdout.contains("\u{1B}["))
        let always = try RevqProcess.run(["--color", "always", "-c", Self.statement], home: home)
        #expect(always.stdout.contains("\u{1B}[1m"), "bold header")
        let error = try RevqProcess.run(["--color", "always", "-c", "findings where confidenc = 1"], home: home)
        #expect(error.stderr.contains("\u{1B}[1;31merror:"))
    }

    @Test func neverAndBadValues() throws {
        let home = try TemporaryHome()
        let never = try RevqProcess.run(["--color", "never", "-c", Self.statement], home: home)
        #expect(!never.stdout.contains("\u{1B}[") && never.status == 0)
        let bad = try RevqProcess.run(["--color", "sometimes", "-c", Self.statement], home: home)
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("sometimes"))
    }

    /// At a terminal: colours by default, none with NO_COLOR or TERM=dumb, none with --color never.
    @Test(arguments: [
        ([String: String](), [String](), true),
        (["NO_COLOR": "1"], [], false),
        (["TERM": "dumb"], [], false),
        ([:], ["--color", "never"], false),
        (["NO_COLOR": "1"], ["--color", "always"], true),
    ])
    func aTerminalFollowsTheConventions(environment: [String: String], arguments: [String], coloured: Bool) throws {
        let home = try TemporaryHome()
        let terminal = try Terminal(
            arguments: arguments + ["-c", Self.statement], home: home, extraEnvironment: environment)
        try terminal.waitFor("(1 row)")
        #expect(terminal.waitForExit() == 0)
        #expect(terminal.rawOutput.contains("\u{1B}[1m") == coloured, "\(environment) \(arguments)")
    }
}
