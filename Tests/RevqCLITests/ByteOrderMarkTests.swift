import Foundation
import RevqTestSupport
import Testing

/// Issue 25: a UTF-8 byte order mark at the start of an input is the file's, not its
/// first statement's. Every input drops it, so a session file with one is still a
/// session file under `-f` (checked first, kept from writing files) as under `.open`.
@Suite(.serialized)
struct ByteOrderMarkTests {
    static let bom = "\u{FEFF}"
    static let writingSession = "# revq session \"w\"\n.output out.txt\nsections\n# end of session\n"

    @Test(arguments: ["-f", ".open"])
    func aSessionFileWithAByteOrderMarkDoesNotWriteFiles(_ how: String) throws {
        let home = try TemporaryHome()
        try home.write(Self.bom + Self.writingSession, to: "w.revq")
        let arguments = how == "-f" ? ["-f", home.file("w.revq")] : ["-c", ".open \(home.file("w.revq"))"]
        let run = try RevqProcess.run(arguments, home: home)
        #expect(run.status == 1)
        #expect(run.stderr.contains(":2:1: error: '.output' is refused"), "\(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: home.file("out.txt")))
    }

    /// With --allow-writes the same file runs as a session, its first line a comment.
    @Test func aSessionFileWithAByteOrderMarkRunsWhenAllowed() throws {
        let home = try TemporaryHome()
        try home.write(Self.bom + Self.writingSession, to: "w.revq")
        let run = try RevqProcess.run(["--allow-writes", "-f", home.file("w.revq")], home: home)
        #expect(run.status == 0, "\(run.stderr)")
        // The first words of the review's text (line 1 of review-source.txt) open `sections`.
        #expect(home.read("out.txt")?.contains("Barn og unge har rett til") == true)
    }

    /// stdin, -c and a script file: the first statement runs.
    @Test(arguments: ["stdin", "-c", "-f"])
    func theFirstStatementAfterAByteOrderMarkRuns(_ how: String) throws {
        let home = try TemporaryHome()
        try home.write(Self.bom + "count studies\n", to: "script.revq")
        let run: RevqProcess.Result
        switch how {
        case "stdin": run = try RevqProcess.run(["--format", "csv"], stdin: Self.bom + "count studies\n", home: home)
        case "-c": run = try RevqProcess.run(["--format", "csv", "-c", Self.bom + "count studies"], home: home)
        default: run = try RevqProcess.run(["--format", "csv", "-f", home.file("script.revq")], home: home)
        }
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.isEmpty)
        // "Vi inkluderte 38 primærstudier" (review-source.txt, line 3).
        #expect(run.stdout.contains("38"), "\(run.stdout)")
    }

    /// Only the first line's: a byte order mark inside a statement is named.
    @Test func aByteOrderMarkLaterIsNamed() throws {
        let home = try TemporaryHome()
        let run = try RevqProcess.run([], stdin: "sources\ncount \(Self.bom)studies\n", home: home)
        #expect(run.status == 1)
        #expect(run.stderr.contains(#"<stdin>:2:7: error: unexpected character '\u{FEFF}'"#), "\(run.stderr)")
    }
}
