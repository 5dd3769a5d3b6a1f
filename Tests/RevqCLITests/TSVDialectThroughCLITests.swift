import Foundation
import RevqTestSupport
import Testing

/// The tricky cells loaded from Tests/Fixtures/tsv-dialect and written by `--format tsv`:
/// the loader and the writer together give back the file's own cells.
@Suite struct TSVDialectThroughCLITests {
    @Test func loadedAndWrittenTextIsTheFilesText() throws {
        let run = try RevqProcess.run(["--dataset", TrickyCells.directory, "--format", "tsv", "-c", "cells show id, text"],
                                      home: TemporaryHome())
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == (try TrickyCells.writtenColumns(["id", "text"])))
        let sheet = try TSVSheet(parsing: run.stdout, path: "revq --format tsv")
        #expect(sheet.records.map { $0["text"] } == TrickyCells.cases.map(\.text))
    }
}
