import Foundation
import RevqTestSupport
import Testing

/// `position` in the export counts from 1, as SQL's ordinal positions do: a link table's
/// `position` is a related record's place in the cell it comes from, and `revq_fields`'s
/// is a field's place in its source's schema. Expected orders are read from the dataset's
/// TSV files, not from revq.
@Suite("SQLite export: positions count from 1")
struct SQLiteExportPositionTests {
    @Test func aLinkTableKeepsTheCellsOrderFromOne() throws {
        let findings = try TSVSheet(path: RepositoryPaths.bundledDataset + "/data/findings.tsv").records
        for number in ["1", "16", "33"] {
            let record = try #require(findings.first { $0["number"] == number })
            let studies = record["study"].split(separator: "|").map(String.init)
            #expect(studies.count > 1)
            let expected = studies.enumerated().map { "\($0.offset + 1)|\($0.element)" }
            let rows = try ExportedReview.query(
                "SELECT position, related_key FROM findings_study WHERE record_key = \(number) ORDER BY position")
            #expect(rows == expected, "finding \(number)")
        }
    }

    @Test func fieldsArePlacedFromOne() throws {
        let fields = try TSVSheet(path: RepositoryPaths.bundledDataset + "/schema/fields/findings.tsv").records.map {
            $0["name"]
        }
        let rows = try ExportedReview.query(
            "SELECT position, name FROM revq_fields WHERE source = 'findings' ORDER BY position")
        #expect(rows == fields.enumerated().map { "\($0.offset + 1)|\($0.element)" })
    }
}
