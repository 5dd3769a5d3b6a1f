import Foundation
import RevqTestSupport
import Testing

/// The cases of issue 14's hostile catalogue that revq already handled, kept as tests so
/// they stay handled: each gets a clear error (or runs), never a crash or a hang, and
/// the next statement still runs.
@Suite(.serialized)
struct HostileInputTests {
    private func revq(_ arguments: [String], stdin: String = "", home: TemporaryHome) throws -> RevqProcess.Result {
        try RevqProcess.run(arguments, stdin: stdin, home: home)
    }

    @Test(
        arguments: [
            ("findings where theme = \u{0}kommunikasjon", "control character U+0000 in the statement"),
            // Closed on its line: a parenthesis left open would hold the next line in the
            // statement (issue 25), as any unfinished statement does.
            (
                "findings where " + String(repeating: "(", count: 100_000) + "number = 1"
                    + String(repeating: ")", count: 100_000),
                "nests deeper than 100 levels"
            ),
            ("findings where number = 1" + String(repeating: "9", count: 400), nil),
            ("findings limit 99999999999999999999999", "the limit 99999999999999999999999 is too large"),
            ("findings where number = -1e400", "'-1e400' is not a number"),
        ] as [(String, String?)])
    func hostileStatementsGetAnErrorAndTheNextStillRuns(statement: String, message: String?) throws {
        let home = try TemporaryHome()
        let run = try revq([], stdin: statement + "\nsources\n", home: home)
        #expect(run.status == 0 || run.status == 1)
        if let message {
            #expect(run.stderr.contains(message), "\(run.stderr.prefix(300))")
        } else {
            #expect(run.stderr.isEmpty, "a number of 401 digits is only a number: \(run.stderr.prefix(300))")
        }
        #expect(run.stdout.contains("findings"), "'sources' on the next line ran")
    }

    /// Bytes that are not UTF-8 are reported at their line as such, not dropped.
    @Test func invalidUTF8IsReportedAndReadingGoesOn() throws {
        let home = try TemporaryHome()
        let bytes = Array("findings where theme = ".utf8) + [0xFF, 0xFE] + Array("\nsources\n".utf8)
        try Data(bytes).write(to: URL(fileURLWithPath: home.file("bad.revq")))
        let run = try revq(["-f", home.file("bad.revq")], home: home)
        #expect(run.status == 1)
        #expect(run.stderr.contains("bad.revq:1:24: error: the input is not valid UTF-8 here"))
        #expect(run.stdout.contains("findings"))
    }

    /// Many `or` terms on one line (a statement of about 2 MB) run, in time.
    @Test func aHugeDisjunctionRuns() throws {
        let home = try TemporaryHome()
        let statement =
            "count findings where " + Array(repeating: "number = 1", count: 150_000).joined(separator: " or ")
        let run = try revq([], stdin: statement + "\n", home: home)
        #expect(run.status == 0, "\(run.stderr.prefix(300))")
    }

    /// `kill -9` while `.save` writes a large session: the file is the old session or
    /// the new one, whole, never a part.
    @Test func killDuringSaveLeavesAWholeFile() throws {
        let home = try TemporaryHome()
        let first = try revq([], stdin: "let a = findings\n.save big\n", home: home)
        #expect(first.status == 0)
        let path = home.sessionsDirectory + "/big.revq"
        let statements = (0..<3_000).map { "let q\($0) = findings where number = \($0 % 33 + 1)" }.joined(
            separator: "\n")
        for delay in [20_000, 60_000, 150_000] as [useconds_t] {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: RevqProcess.binary)
            process.environment = home.environment
            let input = Pipe()
            process.standardInput = input
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            input.fileHandleForWriting.write(Data((statements + "\n.save big\n.save big\n").utf8))
            usleep(delay)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let text = try String(contentsOfFile: path, encoding: .utf8)
            #expect(text.hasPrefix("# revq session \"big\"") && text.hasSuffix("# end of session\n"))
        }
    }
}
