import Foundation
import RevqTestSupport
import Testing

/// Issue 25: what revq prints never carries a terminal escape, a bidirectional override or
/// an invisible character it was given, in a statement, a meta-command, a file or dataset
/// name; each is shown as its code point (`\u{1B}`), so the message still names it.
@Suite(.serialized)
struct PrintedTextTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let arguments: [String]
        var stdin = ""
        /// What stderr must say, the hostile characters written as code points.
        let says: String
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(
            name: "a meta-command's argument", arguments: [], stdin: ".mode \u{1B}]0;PWNED\u{7}\n",
            says: #"unknown mode '\u{1B}]0;PWNED\u{7}'"#),
        Case(
            name: "a quoted value", arguments: ["-c", "findings where theme = \"a\u{202E}b\""],
            says: #"'a\u{202E}b' is not a value of 'theme'"#),
        Case(
            name: "a character the lexer refuses", arguments: ["-c", "findings where th\u{2066}eme = 1"],
            says: #"unexpected character '\u{2066}'"#),
        Case(
            name: "a --dataset name", arguments: ["--dataset", "x\u{1B}[31m\u{200B}", "-c", "sources"],
            says: #"'x\u{1B}[31m\u{200B}' is not a dataset folder"#),
        Case(
            name: "a -f name", arguments: ["-f", "s\u{1B}[2J\u{202E}.revq"],
            says: #"cannot read s\u{1B}[2J\u{202E}.revq"#),
        Case(
            name: "an .output file name", arguments: ["-c", ".once \"/nonexistent/\u{9B}1m\u{FEFF}\""],
            says: #"cannot write to /nonexistent/\u{9B}1m\u{FEFF}"#),
        Case(
            name: "a session name", arguments: ["-c", ".open \"a\u{1B}]2;x\u{7}\""],
            says: #"no session 'a\u{1B}]2;x\u{7}'"#),
        Case(name: "an unknown option", arguments: ["--\u{1B}[5m"], says: #"unknown option '--\u{1B}[5m'"#),
    ]

    /// Raw characters that must never reach the terminal: C0 but the line break, DEL,
    /// C1, the bidirectional controls, and the invisible ones named in the issue.
    static func rawHidden(in text: String) -> [String] {
        let invisible: Set<UInt32> = [0x061C, 0x00AD, 0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x2060, 0xFEFF]
        return text.unicodeScalars.filter { scalar in
            let value = scalar.value
            return (value < 0x20 && scalar != "\n") || (0x7F...0x9F).contains(value)
                || (0x202A...0x202E).contains(value)
                || (0x2066...0x2069).contains(value) || invisible.contains(value)
        }.map { "U+" + String($0.value, radix: 16, uppercase: true) }
    }

    @Test(arguments: cases)
    func hostileTextIsShownAsCodePoints(_ test: Case) throws {
        let home = try TemporaryHome()
        let run = try RevqProcess.run(test.arguments, stdin: test.stdin, home: home)
        #expect(run.status != 0)
        #expect(Self.rawHidden(in: run.stderr).isEmpty, "raw in stderr: \(Self.rawHidden(in: run.stderr))")
        #expect(Self.rawHidden(in: run.stdout).isEmpty, "raw in stdout: \(Self.rawHidden(in: run.stdout))")
        #expect(run.stderr.contains(test.says), "\(run.stderr.debugDescription)")
    }

    /// A session file's name is the place of its problems; its line is quoted too.
    @Test func aSessionFilesNameAndLineAreShownAsCodePoints() throws {
        let home = try TemporaryHome()
        let name = "s\u{1B}]0;x\u{7}.revq"
        try home.write("# revq session \"s\"\nnosuch\u{202E}\n# end of session\n", to: name)
        let run = try RevqProcess.run(["-f", home.file(name)], home: home)
        #expect(run.status == 1)
        #expect(Self.rawHidden(in: run.stderr).isEmpty, "raw in stderr: \(Self.rawHidden(in: run.stderr))")
        #expect(run.stderr.contains(#"s\u{1B}]0;x\u{7}.revq:2:"#), "\(run.stderr.debugDescription)")
    }

    /// `revq --version --dataset NAME` prints the name it was given.
    @Test func versionShowsADatasetNameAsCodePoints() throws {
        let home = try TemporaryHome()
        let run = try RevqProcess.run(["--version", "--dataset", "d\u{1B}[2J"], home: home)
        #expect(Self.rawHidden(in: run.stdout).isEmpty, "raw in stdout: \(Self.rawHidden(in: run.stdout))")
        #expect(run.stdout.contains(#"d\u{1B}[2J"#), "\(run.stdout.debugDescription)")
    }
}
