import Foundation
import RevqTestSupport
import Testing

/// The grid and the charts as revq draws them on the bundled review, at 80 and 120 columns,
/// with and without colour (and in ASCII), kept as golden files in Transcripts/views/.
/// A golden pins the layout only: every label and number in it is also checked against
/// Tabell 9 and Tabell 11 read from the review's text (`ReviewTables`), never against revq.
///
/// To re-record after an intended change of layout, then read the diff:
///     REVQ_RECORD_GOLDEN=1 swift test --skip-build --filter ViewGoldenTests
@Suite("Views drawn: goldens whose numbers come from the review")
struct ViewGoldenTests {
    static let folder = RepositoryPaths.root + "/Tests/RevqCLITests/Transcripts/views"

    struct Drawing: Sendable, CustomStringConvertible {
        let name: String
        let statement: String
        var description: String { name }
    }

    static let drawings = [
        Drawing(name: "grid", statement: "grid matrix"),
        Drawing(name: "chart-count", statement: "chart count findings by confidence"),
        Drawing(name: "chart-aggregate", statement: "chart count findings by confidence show max(support)"),
        Drawing(name: "chart-grouped", statement: "chart count findings by theme, confidence"),
        Drawing(name: "chart-stacked", statement: "chart stacked count findings by theme, confidence"),
    ]

    /// (width, colour, UTF-8 locale)
    static let layouts = [
        (80, false, true), (80, true, true), (120, false, true), (120, true, true), (80, false, false),
    ]

    static func draw(_ drawing: Drawing, width: Int, color: Bool, unicode: Bool) throws -> String {
        let environment = ["COLUMNS": "\(width)", "LANG": unicode ? "C.UTF-8" : "C"]
        let run = try RevqProcess.run(
            ["--color", color ? "always" : "never", "-c", drawing.statement], home: TemporaryHome(),
            extraEnvironment: environment)
        #expect(run.status == 0 && run.stderr.isEmpty, "\(drawing.statement): \(run.stderr)")
        return run.stdout
    }

    static func plain(_ text: String) -> String {
        text.replacing(/\u{1B}\[[0-9;]*m/, with: "")
    }

    static let findings = ReviewTables.tabell9
    static let themes = ReviewThemes.tabell9.map(\.theme)

    static func count(_ theme: String?, _ level: String) -> Int {
        findings.filter { ($0.theme == theme || theme == nil) && $0.confidence == level }.count
    }

    @Test(arguments: drawings)
    func goldenAtEachWidthAndColour(_ drawing: Drawing) throws {
        var recorded = 0
        defer {
            // A recording run checks nothing against a golden, so it must not pass.
            if recorded > 0 { Issue.record("recorded \(recorded) golden files; run again without REVQ_RECORD_GOLDEN") }
        }
        for (width, color, unicode) in Self.layouts {
            let name = "\(drawing.name).\(width)\(color ? "-color" : "")\(unicode ? "" : "-ascii")"
            let text = try Self.draw(drawing, width: width, color: color, unicode: unicode)
            let path = Self.folder + "/" + name
            if ProcessInfo.processInfo.environment["REVQ_RECORD_GOLDEN"] == "1" {
                try text.write(toFile: path, atomically: true, encoding: .utf8)
                recorded += 1
            } else {
                #expect(text == (try? String(contentsOfFile: path, encoding: .utf8)), "\(name) differs from its golden")
            }
            // One series has no colours to tell apart: a simple chart stays plain.
            let colored = color && !["chart-count", "chart-aggregate"].contains(drawing.name)
            #expect(
                text.contains("\u{1B}[") == colored,
                "\(name): colour only when asked for, and only to tell things apart")
            #expect(
                Self.plain(text).split(separator: "\n").allSatisfy { $0.count <= width },
                "\(name): a line wider than \(width)")
            #expect(
                text.unicodeScalars.allSatisfy { $0.isASCII || "æøåÆØÅ".unicodeScalars.contains($0) } || unicode,
                "\(name): ASCII only")
            try Self.checkContent(drawing.name, Self.plain(text), unicode: unicode)
        }
    }

    /// A sum stacks too: per theme, the studies Tabell 9 lists for its findings at each
    /// level, "–" where no finding is; the crosstab's margin (`all`) is no segment.
    @Test func aStackedSumIsTabell9sStudyCounts() throws {
        let drawing = Drawing(
            name: "sum", statement: "chart stacked count findings by theme, confidence show sum(support)")
        let lines = Self.plain(try Self.draw(drawing, width: 100, color: false, unicode: true)).split(separator: "\n")
        #expect(lines.first == "confidence: █ svært lav  ▓ lav  ▒ moderat  ░ høy")
        for theme in Self.themes {
            let sums = ReviewTables.levels.map { level in
                Self.findings.filter { $0.theme == theme && $0.confidence == level }.map(\.studies)
            }
            let parts = sums.map { $0.isEmpty ? "–" : String($0.reduce(0, +)) }.joined(separator: "+")
            let line = try #require(lines.first { $0.hasPrefix(theme + " ") }, "\(theme)")
            #expect(line.hasSuffix(" \(sums.joined().reduce(0, +)) = \(parts)"), "\(line)")
        }
    }

    static func checkContent(_ name: String, _ text: String, unicode: Bool) throws {
        let lines = text.split(separator: "\n").map(String.init)
        switch name {
        case "grid": checkGrid(lines, unicode: unicode)
        case "chart-count":
            #expect(findings.count == 33)
            for level in ReviewTables.levels {
                #expect(
                    lines.contains { $0.hasPrefix(level + " ") && $0.hasSuffix(" \(count(nil, level))") }, "\(level)")
            }
        case "chart-aggregate":
            #expect(lines.first == "bars: max(support)")
            for level in ReviewTables.levels {
                let most = findings.filter { $0.confidence == level }.map(\.studies).max()!
                #expect(lines.contains { $0.hasPrefix(level + " ") && $0.hasSuffix(" \(most)") }, "\(level)")
            }
        case "chart-grouped":
            #expect(lines.first == "bars: " + ReviewTables.levels.joined(separator: ", "))
            for theme in themes {
                let start = try #require(lines.firstIndex(of: theme), "\(theme)")
                for (offset, level) in ReviewTables.levels.enumerated() {
                    let line = lines[start + 1 + offset]
                    #expect(
                        line.hasPrefix("  \(level) ") && line.hasSuffix(" \(count(theme, level))"),
                        "\(theme), \(level): \(line)")
                }
            }
        default:
            let fills = unicode ? ["█", "▓", "▒", "░"] : ["#", "=", "+", ":"]
            #expect(
                lines.first == "confidence: "
                    + zip(fills, ReviewTables.levels).map { "\($0) \($1)" }.joined(separator: "  "))
            for theme in themes {
                let counts = ReviewTables.levels.map { count(theme, $0) }
                let parts = "\(counts.reduce(0, +)) = " + counts.map(String.init).joined(separator: "+")
                let line = try #require(lines.first { $0.hasPrefix(theme + " ") }, "\(theme)")
                #expect(line.hasSuffix(" " + parts), "\(theme): \(line)")
                // Each level's segment is there exactly when its count is not 0.
                for (fill, count) in zip(fills, counts) where count == 0 {
                    #expect(!line.dropLast(parts.count).contains(fill), "\(theme)")
                }
            }
        }
    }

    /// Each study's line shows its six answers of Tabell 11 as glyphs (● Ja ◐ Delvis ○ Nei);
    /// the bottom row counts each column's Ja.
    static func checkGrid(_ lines: [String], unicode: Bool) {
        let glyph = unicode ? ["Ja": "●", "Delvis": "◐", "Nei": "○"] : ["Ja": "#", "Delvis": "o", "Nei": "-"]
        let rows = ReviewTables.tabell11
        #expect(rows.count == 15) // "Undersøkte tiltak (N=15)"
        for row in rows {
            let line = lines.first { $0.hasPrefix(row.firstWord + " ") }
            let shown = line.map { $0.split(separator: " ").suffix(6).joined() }
            #expect(shown == row.answers.map { glyph[$0]! }.joined(), "\(row.firstWord): \(line ?? "no line")")
        }
        let totals = (0..<6).map { column in rows.filter { $0.answers[column] == "Ja" }.count }
        let totalLine = lines.first { $0.hasPrefix("total Ja") }
        #expect(totalLine?.split(separator: " ").dropFirst(2).map { Int($0) } == totals.map { Optional($0) })
        #expect(lines.contains { $0.hasPrefix("(\(rows.count) rows)") })
    }
}
