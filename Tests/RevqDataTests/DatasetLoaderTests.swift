import Foundation
import RevqCore
import Testing

@testable import RevqData

@Suite("Loading a dataset folder")
struct DatasetLoaderTests {
    let fixture = FixtureDataset()

    @Test func loadsTypedValuesRelationsAndComputedFields() throws {
        let store = try DatasetLoader.load(directory: fixture.write())
        let findings = try #require(store.table(named: "findings"))
        let studies = try #require(store.table(named: "studies"))
        #expect(findings.count == 2)
        #expect(findings.value(row: 0, field: "confidence") == .term(2))
        #expect(findings.value(row: 0, field: "study") == .list([.ref(0), .ref(1)]))
        #expect(findings.value(row: 0, field: "support") == .integer(2))
        #expect(findings.value(row: 1, field: "weight") == .number(-0.25))
        #expect(studies.value(row: 0, field: "finding") == .list([.ref(0), .ref(1)]))
        #expect(studies.value(row: 1, field: "finding") == .list([.ref(0)]))
        #expect(studies.value(row: 0, field: "aliases") == .list([.text("Øye (2018)"), .text("Øye|Ø")]))
        #expect(studies.value(row: 1, field: "aliases") == .null)
        let studyField = try #require(findings.schema.field(named: "study"))
        #expect(store.display(findings.value(row: 0, field: "study")!, of: studyField) == "Øye 2018; Wiig 2023")
    }

    /// Each case breaks one thing; the report must name the file, the line and what is wrong.
    @Test(
        "A broken dataset is refused with the place and the problem named",
        arguments: [
            (
                "data/findings.tsv", "\tmoderat\t", "\tmoderatt\t",
                "data/findings.tsv:2: record 1, field 'confidence': 'moderatt' is not a value of the vocabulary 'confidence' (svært lav, lav, moderat, høy)"
            ),
            (
                "data/findings.tsv", "wiig-2023", "wiig-2032",
                "data/findings.tsv:2: record 1, field 'study': 'wiig-2032' is not a key of 'studies'"
            ),
            (
                "data/findings.tsv", "2\tsvært lav", "1\tsvært lav",
                "data/findings.tsv:3: record 1, field 'number': duplicate key (first on line 2)"
            ),
            (
                "data/findings.tsv", "\t7.5\t", "\t7,5\t",
                "data/findings.tsv:2: record 1, field 'weight': '7,5' is not a number (write decimals with '.')"
            ),
            (
                "data/findings.tsv", "1\tmoderat", "one\tmoderat",
                "data/findings.tsv:2: record one, field 'number': 'one' is not a whole number"
            ),
            (
                "data/studies.tsv", "\tWiig 2023\t", "\t\t",
                "data/studies.tsv:3: record wiig-2023, field 'label': a required field is empty"
            ),
            (
                "data/studies.tsv", "id\tlabel\taliases\tsource", "id\tlabel\tsource",
                "data/studies.tsv:1: field 'aliases': the header has no column for this field"
            ),
            (
                "data/studies.tsv", "id\tlabel", "id\tlabel\tcountry",
                "data/studies.tsv:1: field 'country': the schema of 'studies' has no stored field of this name"
            ),
            (
                "data/studies.tsv", "\tTabell 8, lines 3-3", "\tTabell 8, lines 3-3\textra",
                "data/studies.tsv:3: 5 cells, but the header has 4"
            ),
            (
                "schema/fields/findings.tsv", "scale:confidence", "scale:confidense",
                "schema/fields/findings.tsv:3: vocabulary 'confidense' cannot be read"
            ),
            (
                "schema/fields/findings.tsv", "refs:studies", "refs:studys",
                "schema/fields/findings.tsv: field 'study': refers to the unknown source 'studys'"
            ),
            (
                "schema/fields/findings.tsv", "integer\tyes", "int\tyes",
                "schema/fields/findings.tsv:2: unknown field type 'int'"
            ),
            (
                "schema/vocabularies/confidence.tsv", "høy\thigh", "høy\tlow",
                "schema/vocabularies/confidence.tsv: the spelling 'low' names more than one value"
            ),
        ])
    func refusesBrokenDataset(file: String, find: String, replace: String, expected: String) throws {
        let broken = fixture.editing(file) { $0.replacingOccurrences(of: find, with: replace) }
        #expect(broken.files[file] != fixture.files[file], "the case must change the fixture")
        let directory = try broken.write()
        do {
            _ = try DatasetLoader.load(directory: directory)
            Issue.record("the broken dataset loaded")
        } catch {
            let report = error.description.replacingOccurrences(of: directory + "/", with: "")
            #expect(report.contains(expected), "\(report)")
        }
    }

    @Test func invalidUTF8IsReportedWithItsLine() throws {
        let directory = try fixture.write()
        let path = directory + "/data/studies.tsv"
        var bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
        let secondLineStart = bytes.firstIndex(of: UInt8(ascii: "\n"))! + 1
        bytes.insert(0xFF, at: secondLineStart)
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        #expect(throws: DatasetErrors.self) { try DatasetLoader.load(directory: directory) }
        do { _ = try DatasetLoader.load(directory: directory) } catch {
            #expect(error.description.contains("data/studies.tsv:2: the line is not valid UTF-8"))
        }
    }

    @Test func aMissingFolderIsReportedNotCrashed() {
        do {
            _ = try DatasetLoader.load(directory: "/nonexistent/revq")
            Issue.record("a missing folder loaded")
        } catch {
            #expect(error.description.contains("/nonexistent/revq/schema/sources.tsv: cannot open"))
        }
    }

    @Test(
        "TSV escapes round-trip",
        arguments: [
            ("a\\tb", "a\tb"), ("line\\nbreak", "line\nbreak"), ("back\\\\slash", "back\\slash"),
            ("pipe\\|kept", "pipe|kept"),
            // `--format tsv` writes a carriage return as \r (PostgreSQL's text format): read back, it is one.
            ("cr\\rlf", "cr\rlf"),
        ])
    func unescapes(raw: String, expected: String) {
        #expect(Quoting.TSV.unescape(raw) == expected)
    }

    @Test func listsSplitOnlyAtUnescapedBars() {
        #expect(Quoting.TSV.splitList("a|b\\|c|d\\\\") == ["a", "b|c", "d\\"])
        #expect(Quoting.TSV.splitList("") == [])
    }
}
