import Foundation
import RevqTestSupport
import Testing

/// `.record FILE`: the statements that ran, their results and their sources, as Markdown
/// or HTML; refused to a session file without --allow-writes, as `.output` is.
struct RecordTests {
    /// Finding 16 is the one finding Tabell 9 rates "Høy tillit" (line 1229), at lines 1227-1231.
    static let statement = "findings where confidence = høy show number, confidence, source"

    @Test func theReviewSaysFinding16IsTheOneHigh() {
        #expect(SourceText.review.line(1229).contains("Høy tillit"))
        // Tabell 2's definition (line 393), Tabell 9 and Vedlegg 4: no other finding is rated høy.
        #expect(SourceText.review.lines.filter { $0.hasPrefix("\tHøy tillit") }.count == 3)
    }

    @Test func aMarkdownRecordHoldsStatementsResultsAndSources() throws {
        let home = try TemporaryHome()
        let file = home.file("panel.md")
        let run = try RevqProcess.run(
            ["-c", ".record \(file)", "-c", Self.statement, "-c", "grid matrix where relasjon = Ja", "-c", ".record"],
            home: home)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("record written to \(file): 2 statements"))
        #expect(!run.stdout.contains("record written"), "a notice, not a result")
        let text = try String(contentsOfFile: file, encoding: .utf8)
        #expect(text.hasPrefix("# revq session record\n"))
        #expect(text.contains("## 1. `\(Self.statement)`"))
        #expect(text.contains("|     16 | høy        |"))
        #expect(text.contains("- Tabell 9, lines 1227-1231\n- Vedlegg 4, lines 2615-2625\n"))
        // The grid is recorded as its values (no glyphs), its sources as the matrix's description.
        #expect(
            text.contains("## 2. `grid matrix where relasjon = Ja`") && text.contains("(Tabell 11)")
                && !text.contains("●"))
    }

    /// Issue 25: `revq --format json -c '.record r.md' -c 'count findings' -c '.record' | jq -s .`
    /// failed, as the notice that the record was written was on stdout. It is on
    /// stderr; stdout is one JSON value.
    @Test func theNoticeLeavesAMachineFormatWhole() throws {
        let home = try TemporaryHome()
        let run = try RevqProcess.run(
            [
                "--format", "json", "-c", ".record \(home.file("r.md"))", "-c", "count findings",
                "-c", ".record",
            ], home: home)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("record written to \(home.file("r.md")): 1 statement"), "\(run.stderr)")
        let value = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8))
        // "formulerte vi 33 funn" (review-source.txt, line 1113): one row, count 33.
        #expect((value as? [[String: Any]])?.first?["count"] as? Int == 33, "\(run.stdout)")
    }

    @Test func anHTMLRecordIsOnePageWithEscapedText() throws {
        let home = try TemporaryHome()
        let file = home.file("panel.html")
        let run = try RevqProcess.run(
            ["-c", ".record \(file)", "-c", "findings where number < 3 show number, theme"], home: home)
        #expect(run.status == 0, "\(run.stderr)")
        let html = try String(contentsOfFile: file, encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>") && html.hasSuffix("</html>\n"))
        #expect(html.contains("<code>findings where number &lt; 3 show number, theme</code>"))
        #expect(html.contains("<td>Forebygging</td>")) // findings 1 and 2: Forebygging (Tabell 9, line 1131)
        #expect(html.contains("@media print") && !html.contains("<script") && !html.contains("http"))
    }

    /// A recorded soqf keeps its heading (the objective, lines found in the text here), in
    /// both forms: the record is a display, not data.
    @Test(arguments: ["panel.md", "panel.html"])
    func aRecordedSoqfKeepsItsHeading(_ name: String) throws {
        let home = try TemporaryHome()
        let file = home.file(name)
        let run = try RevqProcess.run(
            ["-c", ".record \(file)", "-c", "soqf where number = 16", "-c", ".record"], home: home)
        #expect(run.status == 0, "\(run.stderr)")
        let text = try String(contentsOfFile: file, encoding: .utf8)
        let first = try #require(SourceText.review.lineNumbers { $0.hasPrefix("Målet med denne systematiske") }.first)
        #expect(text.contains("Objective:"))
        #expect(text.contains(SourceText.review.line(first).trimmingCharacters(in: .whitespaces)))
        #expect(text.contains("(Mål og problemstilling, lines \(first)-"))
    }

    @Test func aSessionFileMayNotStartARecordWithoutAllowWrites() throws {
        let home = try TemporaryHome()
        let target = home.file("written.md")
        try home.write("# revq session \"rec\"\n# statements: 1\n.record \(target)\n# end of session\n", to: "rec.revq")
        let refused = try RevqProcess.run(["-c", ".open \(home.file("rec.revq"))"], home: home)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("'.record' is refused") && refused.stderr.contains("--allow-writes"))
        #expect(!FileManager.default.fileExists(atPath: target))
    }

    @Test func stoppingWithoutARecordIsAnError() throws {
        let run = try RevqProcess.run(["-c", ".record"], home: try TemporaryHome())
        #expect(run.status == 1)
        #expect(run.stderr.contains("no record is being written"))
    }
}
