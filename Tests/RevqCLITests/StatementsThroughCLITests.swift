import Foundation
import RevqTestSupport
import Testing

/// Statements of the query language through the binary: the examples `.help` teaches,
/// error places in files, output redirection.
struct StatementsThroughCLITests {
    /// Every example `.help` shows (an indented line that is not a meta-command) runs on
    /// the bundled review, in the order the topics show them.
    @Test func everyHelpExampleRuns() throws {
        let home = try TemporaryHome()
        let topics = try RevqProcess.run(["-c", ".help"], home: home).stdout
        let lines = topics.split(separator: "\n")
        let heading = try #require(lines.firstIndex { $0.hasPrefix("Topics of the language") })
        let names = lines[heading + 1].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            .map { $0.split(separator: " ")[0] }
        #expect(names.contains("count") && names.contains("relations"))
        var examples: [String] = []
        for name in names {
            var text = try RevqProcess.run(["-c", ".help \(name)"], home: home).stdout
            // The one-page summary shows the grammar first; its examples follow "Examples:".
            if name == "language" { text = try #require(text.components(separatedBy: "Examples:\n").last) }
            examples += text.split(separator: "\n").filter { $0.hasPrefix("  ") && !$0.hasPrefix("   ") }
                .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.hasPrefix(".") && !$0.hasPrefix("revq") }
        }
        #expect(examples.count >= 20)
        let run = try RevqProcess.run(["--format", "csv"], stdin: examples.joined(separator: "\n") + "\n", home: home)
        // In csv, stdout holds results only: `let` confirmations and notes go to stderr (issue 9).
        let problems = run.stderr.split(separator: "\n").filter {
            !$0.hasSuffix(" rows of findings") && !$0.hasPrefix("note: ")
        }
        #expect(problems.isEmpty, "every example runs: \(run.stderr)")
        #expect(run.status == 0)
    }

    /// An error in a script file names the file, the line in the file, and the column,
    /// shows the statement's line and puts the caret under the offending word.
    @Test func errorsInAFileNameItsLineAndColumn() throws {
        let home = try TemporaryHome()
        let script = "count findings\n\nfindings where (theme = kommunikasjon\n  and confidenc >= moderat)\n"
        try home.write(script, to: "queries.revq-script")
        let path = home.file("queries.revq-script")
        let run = try RevqProcess.run(["-f", path], home: home)
        #expect(run.status == 1)
        // The unknown field starts at line 4, column 7 of the file.
        #expect(run.stderr.hasPrefix("\(path):4:7: error: "), "\(run.stderr)")
        #expect(run.stderr.contains(" 4 |   and confidenc >= moderat)\n"))
        #expect(run.stderr.contains("   |       ^~~~~~~~~"))
        #expect(run.stderr.contains("confidence"))
    }

    @Test func commandLineStatementsReportTheirColumn() throws {
        let run = try RevqProcess.run(
            ["-c", "findings where confidence >= moderat", "-c", "findings wher confidence"], home: TemporaryHome())
        #expect(run.status == 1)
        #expect(run.stderr.hasPrefix("<command line>:1:10: error: "), "\(run.stderr)")
        #expect(!run.stdout.isEmpty, "the first statement ran")
    }

    @Test func onceSendsOneResultToAFile() throws {
        let home = try TemporaryHome()
        let target = home.file("high.csv")
        let run = try RevqProcess.run(
            [], stdin: ".mode csv\n.once \(target)\ncount findings\ncount findings\n", home: home)
        #expect(run.status == 0, "\(run.stderr)")
        let written = try String(contentsOfFile: target, encoding: .utf8)
        #expect(!written.isEmpty)
        #expect(run.stdout == written, "the second result came back to stdout")
    }

    /// The 33 findings of Tabell 9 (line 1123: "(N=33)"), counted through every mode that
    /// has one line per row.
    @Test(arguments: [("csv", 34), ("tsv", 34), ("jsonl", 33)])
    func modesPrintEveryFinding(mode: String, lines: Int) throws {
        #expect(SourceText.review.line(1123).contains("(N=33)"))
        let run = try RevqProcess.run(["--format", mode, "-c", "findings show number"], home: TemporaryHome())
        #expect(run.status == 0)
        #expect(run.stdout.split(whereSeparator: \.isNewline).count == lines)
    }

    /// `revq -c QUERY | head -1` on a long result ends quietly.
    @Test func aClosedPipeDuringAResultEndsQuietly() throws {
        let script = String(repeating: "findings\n", count: 300)
        let run = try RevqProcess.runIntoClosedPipe(["--format", "csv"], stdin: script, home: TemporaryHome())
        #expect(run.status == 0)
        #expect(run.stderr.isEmpty)
        #expect(run.stdout.hasPrefix("number"))
    }

    /// Finding number -> (confidence, theme) as Tabell 9 prints them: each "X tillit" cell
    /// belongs to the finding number above it, under the theme heading above that.
    static let tabell9: [Int: (confidence: String, theme: String)] = {
        let text = SourceText.review
        var findings: [Int: (String, String)] = [:]
        for line in 1124...1367 {
            let cell = text.line(line).trimmingCharacters(in: .whitespaces)
            guard cell.hasSuffix(" tillit"),
                ["Svært lav", "Lav", "Moderat", "Høy"].contains(String(cell.dropLast(" tillit".count)))
            else { continue }
            var above = line - 1
            while Int(withoutBookmark(text.line(above))) == nil { above -= 1 }
            let theme = ReviewThemes.tabell9.last { $0.line < above }!.theme
            findings[Int(withoutBookmark(text.line(above)))!] = (
                String(cell.dropLast(" tillit".count)).lowercased(), theme
            )
        }
        return findings
    }()

    private static func withoutBookmark(_ line: String) -> String {
        let cell = line.trimmingCharacters(in: .whitespaces)
        guard cell.hasPrefix("[bookmark:"), let end = cell.firstIndex(of: "]") else { return cell }
        return String(cell[cell.index(after: end)...])
    }

    @Test func everyFindingWithItsConfidenceAsTabell9Has() throws {
        #expect(Self.tabell9.count == 33)
        let run = try RevqProcess.run(
            ["--format", "csv", "-c", "findings show number, confidence"], home: TemporaryHome())
        #expect(run.status == 0)
        let rows = run.stdout.split(whereSeparator: \.isNewline).dropFirst().map {
            $0.split(separator: ",").map(String.init)
        }
        #expect(rows.map { $0[0] } == (1...33).map(String.init))
        for row in rows {
            #expect(row[1] == Self.tabell9[Int(row[0])!]?.confidence, "finding \(row[0])")
        }
    }

    /// The skeleton's example through stdin: moderate or high confidence, theme Kommunikasjon.
    @Test func theSkeletonsExampleThroughStdin() throws {
        let expected = Self.tabell9.filter {
            ["moderat", "høy"].contains($0.value.confidence) && $0.value.theme == "Kommunikasjon"
        }
        .keys.sorted().map(String.init)
        #expect(!expected.isEmpty)
        let run = try RevqProcess.run(
            ["--format", "tsv"], stdin: "findings where confidence >= moderat and theme = kommunikasjon show number\n",
            home: TemporaryHome())
        #expect(run.status == 0)
        #expect(run.stdout.split(separator: "\n").dropFirst().map(String.init) == expected)
        let json = try RevqProcess.run(
            ["--format", "json", "-c", "findings where confidence = høy show number, theme"], home: TemporaryHome())
        let objects = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        let high = Self.tabell9.filter { $0.value.confidence == "høy" }
        #expect(objects.count == high.count)
        #expect(objects.first?["number"] as? Int == high.keys.first)
        #expect(objects.first?["theme"] as? String == high.values.first?.theme)
    }

    @Test func settingsChangeWhatStatementsPrint() throws {
        let home = try TemporaryHome()
        let target = home.file("out.tsv")
        let script =
            ".mode tsv\n.headers off\n.timer on\n.output \(target)\nfindings where number = 16 show number\n.output\nfindings where number = 1 show number\n"
        let run = try RevqProcess.run([], stdin: script, home: home)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == "1\n")
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "16\n")
        let timings = run.stderr.split(separator: "\n").filter { $0.hasPrefix("time: ") && $0.hasSuffix(" ms") }
        #expect(timings.count == 2)
    }
}
