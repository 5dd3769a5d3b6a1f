import Foundation
import RevqTestSupport
import Testing

/// The tricky cells loaded from Tests/Fixtures/tsv-dialect and written by `--format tsv`:
/// the loader and the writer together give back the file's own cells.
@Suite struct TSVDialectThroughCLITests {
    @Test func loadedAndWrittenTextIsTheFilesText() throws {
        let run = try RevqProcess.run(
            ["--dataset", TrickyCells.directory, "--format", "tsv", "-c", "cells show id, text, items"],
            home: TemporaryHome())
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == (try TrickyCells.writtenColumns(["id", "text", "items"])))
        let sheet = try TSVSheet(parsing: run.stdout, path: "revq --format tsv")
        #expect(sheet.records.map { $0["text"] } == TrickyCells.cases.map(\.text))
        #expect(sheet.records.map { $0.list("items") } == TrickyCells.cases.map(\.items))
    }

    /// A record whose first field begins with `#` is written `\#`: a reader of the dialect
    /// skips a line that begins with `#` as a comment, and the record would be lost.
    @Test func aRecordBeginningWithAHashIsNotAComment() throws {
        let run = try RevqProcess.run(
            ["--dataset", TrickyCells.directory, "--format", "tsv", "-c", "cells where id = hash show text, id"],
            home: TemporaryHome())
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == "text\tid\n\\# not a comment\thash\n")
        let sheet = try TSVSheet(parsing: run.stdout, path: "revq --format tsv")
        #expect(sheet.records.map { $0["text"] } == ["# not a comment"])
    }
}
