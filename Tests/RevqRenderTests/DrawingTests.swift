import RevqCore
import RevqRender
import Testing

/// Grids and bar charts: golden renderings at 80 and 120 columns, with and without
/// colour, and in ASCII; the glyphs and numbers checked against the review's cells.
@Suite struct DrawingTests {
    static let answers = ["Nei", "Delvis", "Ja"]

    /// Two rows of Tabell 11 (lines 1433-1451) with the bottom row counting each column's Ja.
    static let grid: ResultSet = {
        var result = Fixtures.matrix
        let totals = (2..<8).map { column in Cell.integer(result.rows.filter { $0[column].text == "Ja" }.count) }
        result.rows.append([.text("total Ja"), .null] + totals)
        result.hasTotalsRow = true
        result.drawing = .grid(
            scale: ScaleMeaning(name: "answer", values: answers, better: .higher), columns: Array(2..<8))
        return result
    }()

    /// `count findings by confidence` over findings 3, 9 and 14 of Tabell 9, as bars.
    static let bars: ResultSet = {
        var result = Fixtures.confidenceCount
        result.drawing = .bars(stacked: false)
        return result
    }()

    /// Two numeric columns per confidence level: findings and the studies they cite.
    static let groupedBars: ResultSet = {
        let levels = Fixtures.confidenceCount.rows.map(\.[0].text)
        let rows = levels.map { level in
            let findings = Fixtures.findings.rows.filter { $0[3].text == level }
            return [
                Cell.text(level), .integer(findings.count), .integer(findings.map { Int($0[5].text)! }.reduce(0, +)),
            ]
        }
        var result = ResultSet(
            columns: [.init(name: "confidence"), .init(name: "findings"), .init(name: "studies")], rows: rows)
        result.drawing = .bars(stacked: false)
        return result
    }()

    @Test(arguments: [(80, false, true), (120, false, true), (120, true, true), (80, false, false)])
    func gridGolden(width: Int, color: Bool, unicode: Bool) throws {
        var spec = OutputSpec(mode: .table, width: width, color: color)
        spec.unicode = unicode
        try Golden.check(
            Renderer.render(Self.grid, spec: spec),
            named: "grid.\(width)\(color ? "-color" : "")\(unicode ? "" : "-ascii")")
    }

    @Test(arguments: [(80, false, true), (120, false, true), (120, true, true), (80, false, false)])
    func barsGolden(width: Int, color: Bool, unicode: Bool) throws {
        var spec = OutputSpec(mode: .table, width: width, color: color)
        spec.unicode = unicode
        try Golden.check(
            Renderer.render(Self.bars, spec: spec),
            named: "bars.\(width)\(color ? "-color" : "")\(unicode ? "" : "-ascii")")
        try Golden.check(
            Renderer.render(Self.groupedBars, spec: spec),
            named: "bars-grouped.\(width)\(color ? "-color" : "")\(unicode ? "" : "-ascii")")
    }

    /// Each grid line shows the row's own answers, Ja ● Delvis ◐ Nei ○, in the table's order.
    @Test func gridGlyphsAreTheCells() {
        let text = Renderer.render(Self.grid, spec: OutputSpec(mode: .table, width: 80))
        let glyph = ["Ja": "●", "Delvis": "◐", "Nei": "○"]
        for row in Self.grid.rows.dropLast() {
            let expected = row[2...].map { glyph[$0.text]! }.joined(separator: "  ")
            #expect(text.contains(row[0].text.prefix(10)) && text.contains(expected), "\(row[0].text)")
        }
        #expect(text.hasPrefix("answer (best: Ja): ● Ja  ◐ Delvis  ○ Nei\n"))
    }

    /// Every line fits the width; each bar ends with its exact number; ASCII has no other bytes.
    @Test(arguments: [80, 120])
    func barsFitAndEndWithTheirNumber(width: Int) {
        let text = Renderer.render(Self.bars, spec: OutputSpec(mode: .table, width: width))
        let lines = text.split(separator: "\n").dropLast()
        #expect(lines.allSatisfy { DisplayWidth.of(String($0)) <= width })
        for row in Self.bars.rows.dropLast() {
            #expect(lines.contains { $0.hasPrefix(row[0].text) && $0.hasSuffix(" " + row[1].text) })
        }
        var ascii = OutputSpec(mode: .table, width: width)
        ascii.unicode = false
        // The labels are the data ("svært lav", "høy") and keep their letters; everything
        // revq draws itself is ASCII: bars of '#', no block characters.
        let asciiText = Renderer.render(Self.bars, spec: ascii)
        let labelScalars = Set(Self.bars.rows.flatMap { $0[0].text.unicodeScalars })
        #expect(asciiText.unicodeScalars.allSatisfy { $0.isASCII || labelScalars.contains($0) }, "\(asciiText)")
        #expect(asciiText.contains("#") && !asciiText.contains("█"), "\(asciiText)")
        #expect(text.contains("█"))
    }

    /// Machine formats and Markdown keep the data: no glyphs, no bars.
    @Test(arguments: [OutputMode.csv, .tsv, .json, .jsonl, .markdown])
    func machineFormatsAreNeverDrawn(mode: OutputMode) {
        let text =
            Renderer.render(Self.grid, spec: OutputSpec(mode: mode))
            + Renderer.render(Self.bars, spec: OutputSpec(mode: mode))
        #expect(!text.contains("●") && !text.contains("█"))
        #expect(text.contains("Delvis"))
    }
}
