import Foundation
import Testing

/// `excluded` against Vedlegg 1: its three tables, each under a heading that states its count.
struct ExcludedTests {
    /// (group, the words that open the table's heading in review-source.txt, lines 1710, 2057, 2080)
    static let tables: [(String, String)] = [
        ("fulltekst", "Kvantitative og kvalitative studier lest i fulltekst og ekskludert"),
        ("nedprioritert", "Kvalitative studier lest i fulltekst og nedprioritert/ekskludert"),
        ("masteroppgave", "Masteroppgaver lest i fulltekst og nedprioritert/ekskludert"),
    ]

    /// The heading's line, its stated n, and the number of rows of the table under it, counted
    /// here as the TAB lines that start a row (after a blank line), less the column headings.
    static func counted(_ opening: String) -> (heading: Int, stated: Int, rows: Int)? {
        guard let index = Report.lines.firstIndex(where: { Noise.trimmed($0).hasPrefix(opening) }) else { return nil }
        let heading = Noise.trimmed(Report.lines[index])
        guard let match = heading.range(of: #"\(n=\d+\)"#, options: .regularExpression),
            let stated = Int(heading[match].dropFirst(3).dropLast())
        else { return nil }
        var rows = 0
        var previousBlank = true
        for line in Report.lines[(index + 1)...] {
            if line.contains("[bookmark: _Toc") { break }
            if line.hasPrefix("\t") && previousBlank { rows += 1 }
            previousBlank = line.trimmingCharacters(in: .whitespaces).isEmpty
        }
        return (index + 1, stated, rows - 1)
    }

    @Test(arguments: tables)
    func recordsPerGroupEqualTheRowsOfItsTable(group: String, opening: String) throws {
        let table = try #require(Self.counted(opening))
        let records = Report.records("excluded").filter { $0["group"] == group }
        #expect(table.rows == table.stated, "Vedlegg 1 line \(table.heading): heading says n=\(table.stated)")
        #expect(records.count == table.rows)
    }

    @Test func theAppendixStatesTheCountsTheIssueNames() {
        let stated = Self.tables.compactMap { Self.counted($0.1)?.stated }
        #expect(stated == [85, 4, 30])
    }

    @Test func everyRecordsTextIsAtItsCitedLines() throws {
        for record in Report.records("excluded") {
            let cited = try #require(Cited.parse(record["source"] ?? "").first, "\(record["id"] ?? "")")
            let text = cited.text
            #expect(cited.place == "Vedlegg 1")
            for field in ["author", "title", "reason_stated", "rating"] {
                guard let value = record[field], !value.isEmpty else { continue }
                #expect(text.contains(value), "\(record["id"]!): \(field) '\(value)' not at \(cited.lines)")
            }
            #expect(text.contains("(\(record["year"] ?? "?"))"), "\(record["id"]!): year")
        }
    }

    @Test func reasonIsTheVocabularyValueOfWhatTheCellSays() {
        let reasons = Report.vocabulary("exclusion_reason")
        for record in Report.records("excluded") where record["group"] != "masteroppgave" {
            let stated = record["reason_stated"] ?? ""
            #expect(reasons[stated.lowercased()] == record["reason"], "\(record["id"]!): \(stated)")
        }
    }

    @Test func onlyMastersThesesHaveARatingAndOnlyTheOthersAReason() {
        for record in Report.records("excluded") {
            let thesis = record["group"] == "masteroppgave"
            #expect((record["rating"] ?? "").isEmpty == !thesis, "\(record["id"]!)")
            #expect((record["reason"] ?? "").isEmpty == thesis, "\(record["id"]!)")
        }
    }
}
