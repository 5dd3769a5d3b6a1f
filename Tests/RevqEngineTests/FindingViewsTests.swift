import Foundation
import RevqCore
import RevqEngine
import RevqReview
import RevqTestSupport
import Testing

/// `soqf` and `profile` with no filter against Tabell 9 and Vedlegg 4, read here from the
/// review's text: every finding row (a cell holding only its number) is split into its
/// cells, a cell being a line that starts with a TAB plus the lines that continue it
/// ("Forklaring: ..."). Every expected cell comes from those cells, none from revq.
@Suite("Views: profile and soqf reproduce Vedlegg 4 and Tabell 9")
struct FindingViewsTests {
    let interpreter = Interpreter(store: BundledStore.shared)
    static let review = SourceText.review

    /// The rows of the table whose caption starts `title`, up to the line starting `end`:
    /// each row's first line and its cells.
    static func rows(from title: String, to end: String) -> [(line: Int, cells: [String])] {
        // A caption may follow Word's bookmarks ("[bookmark: _Toc...]Vedlegg 4: ...").
        let first = review.lineNumbers { withoutBookmarks($0).hasPrefix(title) }.first!
        let last = review.lineNumbers { withoutBookmarks($0).hasPrefix(end) }.first { $0 > first }!
        let starts = (first...last).filter { isNumberCell(review.line($0)) }
        return starts.enumerated().map { index, start in
            let stop = index + 1 < starts.count ? starts[index + 1] - 1 : last - 1
            return (start, cells(start...stop))
        }
    }

    static func isNumberCell(_ line: String) -> Bool {
        guard line.hasPrefix("\t") else { return false }
        let cell = withoutBookmark(String(line.dropFirst()))
        return !cell.isEmpty && cell.allSatisfy(\.isNumber)
    }

    static func withoutBookmarks(_ line: String) -> String {
        var line = line.trimmingCharacters(in: .whitespaces)
        while line.hasPrefix("[bookmark:") { line = withoutBookmark(line) }
        return line
    }

    static func withoutBookmark(_ cell: String) -> String {
        guard cell.hasPrefix("[bookmark:"), let end = cell.firstIndex(of: "]") else { return cell }
        return String(cell[cell.index(after: end)...])
    }

    /// The cells of a row; a theme row ends it (Vedlegg 4 has a blank line inside row 8,
    /// line 2524, so blank lines are skipped rather than ending the row).
    static func cells(_ range: ClosedRange<Int>) -> [String] {
        let themes = Set(ReviewThemes.tabell9.map(\.theme))
        var cells: [String] = []
        for number in range {
            let line = review.line(number)
            if line.trimmingCharacters(in: .whitespaces).isEmpty { continue }
            if themes.contains(line.trimmingCharacters(in: .whitespaces)) { break }
            if line.hasPrefix("\t") {
                cells.append(withoutBookmark(String(line.dropFirst())))
            } else {
                cells[cells.count - 1] += "\n" + line
            }
        }
        return cells
    }

    /// "Moderat tillit" -> "moderat"; "Ingen/svært små bekymringer" -> the concern value it spells.
    static func level(_ cell: String, suffix: String) -> String {
        let words = cell.components(separatedBy: "\n")[0].trimmingCharacters(in: .whitespaces)
        let level = String(words.dropLast(suffix.count)).trimmingCharacters(in: .whitespaces).lowercased()
        return ["ingen/svært små": "ingen eller svært små"][level] ?? level
    }

    /// The explanation under a Vedlegg 4 cell's level, without its label ("Forklaring:",
    /// once "Begrunnelse:", line 2600), or "" when the cell gives none.
    static func explanation(_ cell: String) -> String {
        var lines = cell.components(separatedBy: "\n").dropFirst().joined(separator: "\n")
        for label in ["Forklaring:", "Begrunnelse:"] where lines.hasPrefix(label) {
            lines = String(lines.dropFirst(label.count))
        }
        return lines.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The findings data keeps Vedlegg 4's confidence explanation apart only where its words
    /// differ from Tabell 9's; a missing final full stop is not kept as a difference (rows 1, 2, 13).
    static func withoutFinalStop(_ text: String) -> String {
        text.hasSuffix(".") ? String(text.dropLast()) : text
    }

    /// The theme row of Tabell 9 above `line`.
    static func theme(above line: Int) -> String {
        ReviewThemes.tabell9.last { $0.line < line }!.theme
    }

    func result(_ statement: String) throws -> ResultSet {
        guard case .rows(let result) = interpreter.run(statement) else {
            Issue.record("\(statement) failed")
            throw CancellationError()
        }
        return result
    }

    static func squeezed(_ cells: [Cell]) -> [String] { cells.map { SourceText.squeeze($0.text) } }

    @Test func soqfIsTabell9() throws {
        let table = Self.rows(from: "Tabell 9:", to: "Oppsummering av kvalitative funn")
        #expect(table.count == 33)
        let result = try result("soqf")
        #expect(result.columns.map(\.name) == ["theme", "number", "finding", "studies", "confidence", "explanation"])
        #expect(result.rows.count == table.count)
        for (row, (line, cells)) in zip(result.rows, table) {
            #expect(cells.count == 5, "Tabell 9 row at line \(line)")
            guard cells.count == 5 else { continue }
            let expected = [
                Self.theme(above: line), cells[0], cells[1], cells[4], Self.level(cells[2], suffix: "tillit"), cells[3],
            ]
            #expect(Self.squeezed(row) == expected.map(SourceText.squeeze), "Tabell 9 row at line \(line)")
        }
    }

    @Test func profileIsVedlegg4() throws {
        let table = Self.rows(from: "Vedlegg 4: Funn med", to: "Vedlegg 5: Vurdering")
        #expect(table.count == 33)
        let result = try result("profile")
        let names = result.columns.map(\.name)
        #expect(result.rows.count == table.count)
        for (row, (line, cells)) in zip(result.rows, table) {
            #expect(cells.count == 8, "Vedlegg 4 row at line \(line)")
            guard cells.count == 8 else { continue }
            var expected = [
                "number": cells[0], "finding": cells[1], "confidence": Self.level(cells[6], suffix: "tillit"),
                "explanation": Self.explanation(cells[6]), "studies": cells[7],
            ]
            for (index, component) in ["limitations", "coherence", "adequacy", "relevance"].enumerated() {
                expected[component] = Self.level(cells[2 + index], suffix: "bekymringer")
                expected[component + "_explanation"] = Self.explanation(cells[2 + index])
            }
            for (name, value) in expected {
                let cell = row[names.firstIndex(of: name)!]
                let (got, want) =
                    name == "explanation"
                    ? (Self.withoutFinalStop(cell.text), Self.withoutFinalStop(value)) : (cell.text, value)
                #expect(SourceText.squeeze(got) == SourceText.squeeze(want), "Vedlegg 4 line \(line): \(name)")
            }
        }
    }

    /// Numbers and themes follow Tabell 9's rows (the report numbers findings through the themes).
    @Test func profileGroupsByThemeInTheReportsOrder() throws {
        let result = try result("profile")
        let themes = ReviewThemes.tabell9.map(\.theme)
        let seen = result.rows.map { $0[0].text }
        var order: [String] = []
        for theme in seen where order.last != theme { order.append(theme) }
        #expect(order == themes)
    }

    @Test(arguments: [
        ("soqf where theme = kommunikasjon", 16), ("profile where confidence = høy", 1),
        ("profile where study = \"Øye 2018\" and confidence >= moderat", nil),
    ])
    func selectionNarrowsTheView(statement: String, expected: Int?) throws {
        let result = try result(statement)
        // Kommunikasjon: findings 4-19 (Tabell 9, theme row at line 1153); høy: finding 16 alone (line 1229).
        if let expected { #expect(result.rows.count == expected) }
        #expect(result.rows.map { $0[1] } == result.rows.map { $0[1] }.sorted { Int($0.text)! < Int($1.text)! })
    }

    @Test func whyShowsOneFindingWithItsStudiesAndSections() throws {
        let result = try result("why 16")
        let parts = result.rows.map { $0[0].text }
        // Tabell 9, line 1231: finding 16 rests on six studies.
        let studies = Self.review.line(1231).split(separator: ";").filter {
            !$0.trimmingCharacters(in: .whitespaces).isEmpty
        }
        #expect(parts.filter { $0 == "study" }.count == studies.count)
        #expect(parts.filter { $0 == "component" }.count == 4)
        #expect(result.rows.first { $0[0].text == "confidence" }?[2].text == "høy")
        let sections = result.rows.filter { $0[0].text == "section" }
        #expect(!sections.isEmpty)
        #expect(sections.allSatisfy { $0[3].text.lowercased().contains("funn 16") })
    }

    @Test(arguments: ["why 0", "why 34", "why 2.5", "why", "profile where confidenc = høy", "soqf theme"])
    func badViewsAreRefusedWithAPlace(statement: String) {
        guard case .failure(let diagnostics) = interpreter.run(statement) else {
            Issue.record("\(statement) ran")
            return
        }
        #expect(diagnostics.allSatisfy { $0.range != nil })
    }
}
