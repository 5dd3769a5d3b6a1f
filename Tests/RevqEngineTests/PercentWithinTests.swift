import RevqCore
import RevqEngine
import RevqReview
import RevqTestSupport
import Testing

/// `percent(theme)`: each cell of a crosstab as a share of its row (issue 20). Expected
/// values come from Tabell 9 of the review (review-source.txt lines 1123-1330), read as
/// text: each finding under its theme heading, with its confidence cell ("Moderat tillit").
@Suite("percent within a by field")
struct PercentWithinTests {
    let interpreter = Interpreter(store: BundledStore.shared)

    /// (theme, confidence) of each finding of Tabell 9, in the table's order.
    static let tabell9: [(theme: String, confidence: String)] = {
        let review = SourceText.review
        let headings = ReviewThemes.tabell9
        var findings: [(String, String)] = []
        for (index, heading) in headings.enumerated() {
            let end = index + 1 < headings.count ? headings[index + 1].line : 1367
            for number in heading.line..<end where isFindingNumber(review.line(number)) {
                guard let cell = (number + 1...number + 4).map(review.line).first(where: { $0.hasSuffix(" tillit") })
                else { continue }
                findings.append(
                    (heading.theme, String(cell.drop { $0 == "\t" }.dropLast(" tillit".count)).lowercased()))
            }
        }
        return findings
    }()

    /// A cell holding only a finding's number, perhaps after Word's `[bookmark: …]`.
    static func isFindingNumber(_ line: String) -> Bool {
        var cell = line.drop { $0 == "\t" }
        if cell.hasPrefix("[bookmark:"), let end = cell.firstIndex(of: "]") { cell = cell[cell.index(after: end)...] }
        return !cell.isEmpty && cell.allSatisfy(\.isASCII) && Int(cell) != nil
    }

    static func share(_ part: Int, of whole: Int) -> Cell {
        whole == 0 ? .null : .number((Double(part) * 1000 / Double(whole)).rounded() / 10)
    }

    @Test func tabell9ReadsAsThirtyThreeFindingsInSevenThemes() {
        #expect(Self.tabell9.count == 33)
        #expect(Set(Self.tabell9.map(\.theme)).count == 7)
        // Kommunikasjon (line 1153) holds findings 4-19.
        #expect(Self.tabell9.filter { $0.theme == "Kommunikasjon" }.count == 16)
    }

    /// Kommunikasjon's 16 findings by their confidence cells: moderat 7 (findings 7, 10, 11,
    /// 12, 15, 17, 19: lines 1175, 1193, 1199, 1205, 1223, 1235, 1248), lav 6 (4, 5, 6, 8,
    /// 13, 18: lines 1157, 1163, 1169, 1181, 1211, 1241), svært lav 2 (9, 14: lines 1187,
    /// 1217), høy 1 (16: line 1229). 7/16 is 43.75, shown to one decimal half up.
    @Test func kommunikasjonByHand() throws {
        let result = try #require(interpreter.run("count findings by theme, confidence show percent(theme)").resultSet)
        let cells = Dictionary(
            uniqueKeysWithValues: result.rows.filter { $0[0].text == "Kommunikasjon" }.map { ($0[1].text, $0[2]) })
        #expect(
            cells == ["svært lav": .number(12.5), "lav": .number(37.5), "moderat": .number(43.8), "høy": .number(6.3)])
    }

    @Test func eachCellIsItsShareOfItsTheme() throws {
        let result = try #require(
            interpreter.run("count findings by theme, confidence show count, percent, percent(theme)").resultSet)
        #expect(result.columns.map(\.name) == ["theme", "confidence", "count", "percent", "percent(theme)"])
        #expect(result.rows.count == 7 * 4)
        for row in result.rows {
            let theme = Self.tabell9.filter { $0.theme == row[0].text }
            let cell = theme.filter { $0.confidence == row[1].text }.count
            #expect(row[2] == .integer(cell), "\(row[0].text), \(row[1].text)")
            #expect(row[3] == Self.share(cell, of: 33), "\(row[0].text), \(row[1].text)")
            #expect(row[4] == Self.share(cell, of: theme.count), "\(row[0].text), \(row[1].text)")
        }
    }

    /// As a crosstab: every row totals 100, and the totals row gives each confidence's
    /// share of all 33 findings (a row-percent table's margin).
    @Test func theCrosstabsMargins() throws {
        let result = try #require(interpreter.run("count findings by theme, confidence show percent(theme)").resultSet)
        guard case .count(let presentation) = result.presentation, let crosstab = presentation.crosstab else {
            Issue.record("not a crosstab")
            return
        }
        #expect(crosstab.rowTotals == Array(repeating: .number(100), count: 7))
        let levels = ["svært lav", "lav", "moderat", "høy"]
        #expect(
            crosstab.columnTotals
                == levels.map { level in Self.share(Self.tabell9.filter { $0.confidence == level }.count, of: 33) })
        #expect(presentation.totals == [.number(100)])
    }

    /// percent(confidence): of each column; each confidence's cells add up to its findings.
    @Test func ofEachColumn() throws {
        let result = try #require(
            interpreter.run("count findings by theme, confidence show percent(confidence)").resultSet)
        for row in result.rows {
            let level = Self.tabell9.filter { $0.confidence == row[1].text }
            #expect(
                row[2] == Self.share(level.filter { $0.theme == row[0].text }.count, of: level.count),
                "\(row[0].text), \(row[1].text)")
        }
    }

    @Test(arguments: [
        ("count findings by theme show percent(confidence)", ["percent(theme)"]),
        ("count findings show percent(theme)", []),
    ])
    func onlyWithinABy(statement: String, offered: [String]) throws {
        let diagnostic = try #require(interpreter.run(statement).diagnostics.first)
        let path = statement.contains("percent(theme)") ? "theme" : "confidence"
        #expect(diagnostic.problem == .percentNeedsGroup(path: path, groups: offered.isEmpty ? [] : ["theme"]))
        #expect(
            diagnostic.range?.start.column == statement.distance(
                from: statement.startIndex, to: statement.ranges(of: path).last!.lowerBound) + 1)
        for suggestion in offered { #expect(diagnostic.hint?.contains(suggestion) == true) }
    }
}
