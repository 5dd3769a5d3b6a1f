import RevqCore
import RevqTestSupport
import Testing

@testable import RevqRender

/// `--format tsv` writes the tricky cells of TrickyCells as the dataset's own file holds
/// them, and the tests' reader reads them back unchanged.
@Suite struct TSVWriterRoundTripTests {
    static let result = ResultSet(
        columns: [.init(name: "id"), .init(name: "text")],
        rows: TrickyCells.cases.map { [.text($0.id), $0.text.isEmpty ? .null : .text($0.text)] })

    @Test func theTestsReaderReadsBackWhatTheWriterWrites() throws {
        let sheet = try TSVSheet(
            parsing: Renderer.render(Self.result, spec: OutputSpec(mode: .tsv)), path: "--format tsv")
        #expect(sheet.records.map { $0["id"] } == TrickyCells.cases.map(\.id))
        for (record, expected) in zip(sheet.records, TrickyCells.cases) {
            #expect(record["text"] == expected.text, "\(expected.id)")
        }
    }

    @Test func theWriterWritesTextAsTheFixtureHoldsIt() throws {
        #expect(
            Renderer.render(Self.result, spec: OutputSpec(mode: .tsv))
                == (try TrickyCells.writtenColumns(["id", "text"])))
    }

    @Test(arguments: TrickyCells.cases)
    func eachFieldUnescapesToItsText(_ tricky: TrickyCells.Case) {
        #expect(TSVSheet.unescape(TSVFormat.field(tricky.text)) == tricky.text)
        #expect(!TSVFormat.field(tricky.text).unicodeScalars.contains { $0 == "\t" || $0 == "\n" || $0 == "\r" })
    }
}
