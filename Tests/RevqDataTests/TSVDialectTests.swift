import Foundation
import RevqCore
import RevqTestSupport
import Testing

@testable import RevqData

/// Every reader of the TSV dialect turns Tests/Fixtures/tsv-dialect back into the cases of
/// TrickyCells, and the extractors' writer writes the cases as that file, byte for byte.
@Suite struct TSVDialectTests {
    @Test func theTestsReaderReadsEveryCase() throws {
        let sheet = try TSVSheet(path: TrickyCells.dataFile)
        #expect(sheet.header == ["id", "text", "items", "source"])
        #expect(sheet.records.map { $0["id"] } == TrickyCells.cases.map(\.id))
        for (record, expected) in zip(sheet.records, TrickyCells.cases) {
            #expect(record["text"] == expected.text, "\(expected.id)")
            #expect(record.list("items") == expected.items, "\(expected.id)")
        }
    }

    @Test func theLoaderReadsEveryCase() throws {
        let table = try #require(try DatasetLoader.load(directory: TrickyCells.directory).table(named: "cells"))
        #expect(table.count == TrickyCells.cases.count)
        for expected in TrickyCells.cases {
            let row = try #require(table.row(withKey: expected.id), "\(expected.id)")
            #expect(
                texts(table.value(row: row, field: "text")) == (expected.text.isEmpty ? [] : [expected.text]),
                "\(expected.id)")
            #expect(texts(table.value(row: row, field: "items")) == expected.items, "\(expected.id)")
        }
    }

    @Test func theLoadersOwnSplitAgreesWithTheTestsReader() throws {
        let file = try TSVFile.read(TrickyCells.dataFile)
        let items = try #require(file.header.firstIndex(of: "items"))
        for row in file.rows {
            let expected = try TSVSheet(path: TrickyCells.dataFile).records.first { $0.line == row.line }
            #expect(Quoting.TSV.splitList(row.cells[items]) == expected?.list("items"), "line \(row.line)")
        }
    }

    @Test func thePythonReaderReadsEveryCase() throws {
        let script = """
            import json, sys
            from common import read_tsv
            rows = read_tsv(sys.argv[1])
            print(json.dumps([{"id": r["id"], "text": r["text"], "items": r.list("items")} for r in rows]))
            """
        let output = try Python.run(script, arguments: [TrickyCells.dataFile])
        let read = try JSONDecoder().decode([TrickyCells.Case].self, from: Data(output.utf8))
        #expect(read == TrickyCells.cases)
    }

    @Test func thePythonWriterWritesTheFixture() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("revq-dialect-\(UUID().uuidString)")
            .path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let script = """
            import json, sys
            from common import write_tsv
            cases = json.load(sys.stdin)
            records = [{"id": c["id"], "text": c["text"] or None, "items": c["items"] or None,
                        "source": "TrickyCells.swift"} for c in cases]
            write_tsv(sys.argv[1], "cells", ["id", "text", "items", "source"], records)
            """
        _ = try Python.run(script, arguments: [folder], stdin: JSONEncoder().encode(TrickyCells.cases))
        let written = try Data(contentsOf: URL(fileURLWithPath: folder + "/cells.tsv"))
        #expect(written == (try Data(contentsOf: URL(fileURLWithPath: TrickyCells.dataFile))))
    }

    @Test(
        "A row whose cell count differs from the header's names file and line",
        arguments: [
            ("id\ttext\n# comment\n\nb\tc\td\n", 4, "3 cells, the header has 2"),
            ("id\ttext\r\na\tb\r\nno tab\r\n", 3, "1 cells, the header has 2"),
        ])
    func malformedRows(text: String, line: Int, problem: String) {
        #expect(throws: TSVSheet.Malformed.self) { try TSVSheet(parsing: text, path: "bad.tsv") }
        do {
            _ = try TSVSheet(parsing: text, path: "bad.tsv")
        } catch {
            #expect(error.description == "bad.tsv:\(line): \(problem)")
        }
    }

    @Test func commentsBlankLinesAndCRLFLineEndsAreNotRecords() throws {
        let sheet = try TSVSheet(parsing: "# about\nid\ttext\r\n\n# between\r\na\tx\\ty\r\n", path: "ok.tsv")
        #expect(sheet.header == ["id", "text"])
        #expect(sheet.records.map(\.line) == [5])
        #expect(sheet.records.first?["text"] == "x\ty")
    }

    /// The elements of a loaded value as text: none for null, one for a single value.
    private func texts(_ value: Value?) -> [String] {
        (value?.elements ?? []).map { element in
            if case .text(let text) = element { return text }
            return "not text: \(element)"
        }
    }
}

/// python3 running a snippet with scripts/extract on its path, as the extractors run.
enum Python {
    static func run(_ script: String, arguments: [String], stdin: Data = Data()) throws -> String {
        let environment = ProcessInfo.processInfo.environment.merging([
            "PYTHONPATH": RepositoryPaths.scripts + "/extract",
            "PYTHONIOENCODING": "utf-8",
        ]) { $1 }
        let run = try Subprocess.run(
            "/usr/bin/env", ["python3", "-c", script] + arguments, stdin: .bytes(stdin),
            environment: environment, currentDirectory: RepositoryPaths.scripts + "/extract")
        guard run.status == 0 else { throw PythonFailed(status: run.status, stderr: run.stderr) }
        return run.stdout
    }

    struct PythonFailed: Error, CustomStringConvertible {
        let status: Int32
        let stderr: String
        var description: String { "python3 exited \(status): \(stderr)" }
    }
}
