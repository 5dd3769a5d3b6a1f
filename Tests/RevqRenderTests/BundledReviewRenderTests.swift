import Foundation
import RevqCore
import RevqData
import RevqRender
import RevqTestSupport
import Testing

/// True once the bundled dataset has its data files (on main it is still empty).
let bundledReviewIsPresent = FileManager.default.fileExists(
    atPath: RepositoryPaths.bundledDataset + "/data/findings.tsv")

/// Every source of the bundled review, all fields, in every mode: what `select *` of
/// each source would show. Runs once the dataset is bundled (branch `data`).
@Suite(.enabled(if: bundledReviewIsPresent))
struct BundledReviewRenderTests {
    static let sources = [
        "studies", "findings", "characteristics", "matrix", "outcomes", "appraisals",
        "excluded", "searches", "flow", "sections", "claims",
    ]

    /// Loaded once; a load failure fails each test with the loader's report.
    static let store = Result { try DatasetLoader.load(directory: RepositoryPaths.bundledDataset) }

    /// All fields of `source` as a result; text longer than 60 characters is long text.
    static func everything(of source: String) throws -> ResultSet {
        let store = try Self.store.get()
        let table = try #require(store.table(named: source))
        let fields = table.schema.fields
        let rows = (0..<table.count).map { row in
            fields.map { store.cell(table.value(row: row, field: $0.name) ?? .null, of: $0) }
        }
        let columns = fields.indices.map { column in
            ResultSet.Column(name: fields[column].name, isLongText: rows.contains { $0[column].text.count > 60 })
        }
        return ResultSet(columns: columns, rows: rows)
    }

    @Test(arguments: sources)
    func tablesAndCardsFitTheWidth(source: String) throws {
        let result = try Self.everything(of: source)
        for width in [80, 120] {
            let spec = OutputSpec(mode: .table, width: width)
            let lines = Rendered.lines(Renderer.render(result, spec: spec))
            #expect(lines.allSatisfy { DisplayWidth.of($0) <= width }, "\(source) at \(width)")
            // A table stays a table: every line before the row count is as wide as the box.
            let box = lines.prefix { !$0.hasPrefix("(") }
            #expect(box.first?.hasPrefix("┌") == true, "\(source) at \(width) is not a table")
            #expect(Set(box.map(DisplayWidth.of)).count == 1, "\(source) at \(width)")
            #expect(lines.contains("(\(result.rows.count) \(result.rows.count == 1 ? "row" : "rows"))"))
        }
    }

    @Test(arguments: sources)
    func dataFormatsReadBack(source: String) throws {
        let result = try Self.everything(of: source)
        let json = Renderer.render(result, spec: OutputSpec(mode: .json))
        let objects = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]]
        #expect(objects?.count == result.rows.count)
        var rfc4180 = OutputSpec(mode: .csv)
        rfc4180.crlf = true
        let csv = try RFC4180Reader.records(Renderer.render(result, spec: rfc4180))
        #expect(Array(csv.dropFirst()) == result.rows.map { $0.map(\.text) })
        let tsv = Rendered.lines(Renderer.render(result, spec: OutputSpec(mode: .tsv)))
        #expect(tsv.count == result.rows.count + 1)
    }
}
