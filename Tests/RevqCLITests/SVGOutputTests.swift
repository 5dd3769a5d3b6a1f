import Foundation
import RevqTestSupport
import Testing

/// `--format svg`: each chart and grid as one SVG picture, parsed back as XML; its bars,
/// segments and glyphs read from their elements and checked against Tabell 9 and Tabell 11
/// as `ReviewTables` reads them from the review's text (never against revq), and kept as
/// golden files at 80 and 120 columns in Transcripts/svg/.
///
/// To re-record after an intended change of layout, then look at the pictures:
///     REVQ_RECORD_GOLDEN=1 swift test --skip-build --filter SVGOutputTests
@Suite("SVG: charts and grids as pictures, read back against the review")
struct SVGOutputTests {
    static let folder = RepositoryPaths.root + "/Tests/RevqCLITests/Transcripts/svg"

    struct Picture: Sendable, CustomStringConvertible {
        let name: String
        let statement: String
        var description: String { name }
    }

    static let pictures = [
        Picture(name: "grid", statement: "grid matrix"),
        Picture(name: "grid-findings", statement: "grid findings where theme = \"Tiltak fra skolen\""),
        Picture(name: "chart-count", statement: "chart count findings by confidence"),
        Picture(name: "chart-grouped", statement: "chart count findings by theme, confidence"),
        Picture(name: "chart-stacked", statement: "chart stacked count findings by theme, confidence"),
    ]

    static let findings = ReviewTables.tabell9
    static let themes = ReviewThemes.tabell9.map(\.theme)
    static let levels = ReviewTables.levels

    /// Okabe-Ito: bluish green for the good end of a scale, orange between, vermillion the worst.
    static let toneColors = ["good": "#009E73", "middle": "#E69F00", "bad": "#D55E00"]

    static func count(_ theme: String?, _ level: String) -> Int {
        findings.filter { ($0.theme == theme || theme == nil) && $0.confidence == level }.count
    }

    static func svg(_ statement: String, width: Int) throws -> String {
        let run = try RevqProcess.run(
            ["--format", "svg", "-c", statement], home: TemporaryHome(),
            extraEnvironment: ["COLUMNS": "\(width)"])
        #expect(run.status == 0, "\(statement): \(run.stderr)")
        return run.stdout
    }

    @Test(arguments: pictures)
    func goldenAtTwoWidthsReadsAsTheReview(_ picture: Picture) throws {
        for width in [80, 120] {
            let svg = try Self.svg(picture.statement, width: width)
            let path = Self.folder + "/\(picture.name).\(width).svg"
            if ProcessInfo.processInfo.environment["REVQ_RECORD_GOLDEN"] == "1" {
                try svg.write(toFile: path, atomically: true, encoding: .utf8)
            } else {
                #expect(
                    svg == (try? String(contentsOfFile: path, encoding: .utf8)),
                    "\(picture.name).\(width).svg differs from its golden")
            }
            let read = try SVGElements(svg)
            let root = try #require(read.elements.first)
            #expect(root.name == "svg" && root["role"] == "img")
            #expect(Double(root["width"] ?? "") ?? .infinity <= Double(width * 8), "the picture follows the width")
            #expect(read.text(of: "title") == picture.statement)
            #expect((read.text(of: "desc") ?? "").count > 40, "a description for screen readers")
            try Self.checkContent(picture.name, read)
        }
    }

    static func checkContent(_ name: String, _ read: SVGElements) throws {
        switch name {
        case "grid": checkMatrix(read)
        case "grid-findings": try checkFindingsGrid(read)
        case "chart-count":
            let bars = read.all("rect", class: "bar")
            #expect(bars.map { $0["data-label"] } == levels.map { Optional($0) })
            #expect(bars.map { $0["data-value"] } == levels.map { String(count(nil, $0)) })
            #expect(read.all("text", class: "value").map(\.text) == levels.map { String(count(nil, $0)) })
        case "chart-grouped":
            let bars = read.all("rect", class: "bar")
            #expect(bars.count == themes.count * levels.count)
            for theme in themes {
                for level in levels {
                    let bar = bars.first { $0["data-label"] == theme && $0["data-series"] == level }
                    #expect(bar?["data-value"] == String(count(theme, level)), "\(theme), \(level)")
                }
            }
            #expect(read.all("text", class: "legend-label").map(\.text) == levels)
        default:
            let segments = read.all("rect", class: "segment")
            for theme in themes {
                let counts = levels.map { count(theme, $0) }
                // A segment for each level with findings, none for a 0.
                let drawn = segments.filter { $0["data-label"] == theme }
                #expect(
                    drawn.map { $0["data-series"] ?? "" } == zip(levels, counts).filter { $0.1 > 0 }.map(\.0),
                    "\(theme)")
                #expect(
                    drawn.map { Int($0["data-value"] ?? "") } == counts.filter { $0 > 0 }.map { Optional($0) },
                    "\(theme)")
                let sum = "\(counts.reduce(0, +)) = " + counts.map(String.init).joined(separator: "+")
                #expect(read.all("text", class: "value").contains { $0.text == sum }, "\(theme): \(sum)")
            }
            #expect(read.all("text", class: "legend-title").first?.text == "confidence:")
        }
    }

    /// Tabell 11: each study's six answers as cells in order, Ja good, Nei the worst; the
    /// bottom row counts each column's Ja.
    static func checkMatrix(_ read: SVGElements) {
        let cells = read.all("g", class: "cell")
        let tone = ["Ja": "good", "Delvis": "middle", "Nei": "bad"]
        for row in ReviewTables.tabell11 {
            let own = cells.filter { ($0["data-label"] ?? "").hasPrefix(row.firstWord + " ") }
            #expect(own.map { $0["data-value"] ?? "" } == row.answers, "\(row.firstWord)")
            for (cell, answer) in zip(own, row.answers) {
                #expect(ringColor(of: cell, in: read) == toneColors[tone[answer]!], "\(row.firstWord): \(answer)")
            }
        }
        let totals = (0..<6).map { column in ReviewTables.tabell11.filter { $0.answers[column] == "Ja" }.count }
        #expect(read.all("text", class: "total").map(\.text) == totals.map(String.init))
        #expect(read.all("text", class: "legend-title").first?.text == "answer (best: Ja):")
    }

    /// Finding 26 (Vedlegg 4, lines 2743-2751): its four components as the review rates them,
    /// each in the colour of its meaning: serious concerns about adequacy are the warning.
    static func checkFindingsGrid(_ read: SVGElements) throws {
        let rated = try FindingComponents.of(26)
        #expect(rated.map(\.level) == ["moderate", "små", "alvorlige", "ingen eller svært små"])
        for (component, level) in rated {
            let cell = try #require(
                read.all("g", class: "cell").first { $0["data-label"] == "26" && $0["data-column"] == component })
            #expect(cell["data-value"] == level)
            #expect(
                ringColor(of: cell, in: read) == toneColors[FindingComponents.tone[level]!], "26 \(component): \(level)"
            )
        }
        // The rows are the findings Tabell 9 lists under the theme.
        let numbers = Set(read.all("g", class: "cell").compactMap { $0["data-label"] })
        #expect(numbers == Set(findings.filter { $0.theme == "Tiltak fra skolen" }.map { String($0.number) }))
        #expect(read.all("text", class: "legend-title").first?.text == "concern (best: ingen eller svært små):")
    }

    /// The colour of a cell's ring: the first circle after the cell's group begins.
    static func ringColor(of cell: SVGElements.Element, in read: SVGElements) -> String? {
        guard let start = read.elements.firstIndex(where: { $0.name == "g" && $0.attributes == cell.attributes }) else {
            return nil
        }
        return read.elements[start...].first { $0.name == "circle" }?["stroke"]
    }

    /// A table is no picture: the error names the formats that show it, and stdout holds nothing.
    @Test func aTableInSVGIsAnErrorNamingTheFormatsThatFit() throws {
        let run = try RevqProcess.run(
            ["--format", "svg", "-c", "findings where number = 16 show number"], home: TemporaryHome())
        #expect(run.status == 1)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains("<command line>:1:1: error: svg draws charts and grids only"), "\(run.stderr)")
        for mode in ["table", "card", "csv", "tsv", "json", "jsonl", "markdown"] { #expect(run.stderr.contains(mode)) }
    }

    /// Text stays text, escaped: a statement with `<`, `&` and quotes titles a well-formed picture.
    @Test func textIsEscaped() throws {
        let statement = "chart count findings where support < 3 and text ~ \"R&D\" by confidence"
        let svg = try Self.svg(statement, width: 80)
        #expect(svg.contains("support &lt; 3") && svg.contains("R&amp;D"))
        #expect(try SVGElements(svg).text(of: "title") == statement)
    }

    /// `.once FILE.svg` writes a picture in any mode; the next result is a table again.
    @Test func onceToAnSVGFileWritesAPicture() throws {
        let home = try TemporaryHome()
        let file = home.file("matrix.svg")
        let run = try RevqProcess.run(
            [], stdin: ".mode table\n.once \(file)\ngrid matrix\ncount findings\n", home: home)
        #expect(run.status == 0, "\(run.stderr)")
        let read = try SVGElements(try String(contentsOfFile: file, encoding: .utf8))
        #expect(read.all("g", class: "cell").count == ReviewTables.tabell11.count * 6)
        #expect(run.stdout.contains("│    33 │"), "\(run.stdout)") // "formulerte vi 33 funn" (line 1113)
    }
}

/// A finding's four GRADE-CERQual components as Vedlegg 4 rates them, read from the text:
/// after the finding's number, the four lines ending in "bekymringer".
enum FindingComponents {
    static let names = ["limitations", "coherence", "adequacy", "relevance"]
    /// What each level means, from the GRADE-CERQual rule (lines 379-383): fewer concerns are better.
    static let tone = ["ingen eller svært små": "good", "små": "good", "moderate": "middle", "alvorlige": "bad"]

    static func of(_ number: Int) throws -> [(component: String, level: String)] {
        let text = SourceText.review
        let appendix = try #require(text.lineNumbers { $0.contains("Vedlegg 4: Funn med tilhørende studier") }.last)
        let start = try #require(text.lineNumbers { $0 == "\t\(number)" }.first { $0 > appendix })
        let levels = ((start + 1)...(start + 12)).map { text.line($0) }.filter {
            $0.hasPrefix("\t") && $0.hasSuffix(" bekymringer")
        }
        #expect(levels.count >= 4)
        return zip(names, levels.prefix(4)).map { name, line in
            let level = line.dropFirst().dropLast(" bekymringer".count).lowercased()
            return (name, level == "ingen/svært små" ? "ingen eller svært små" : level)
        }
    }
}
