import Foundation
import RevqCore
import RevqData
import RevqEngine
import RevqReview
import RevqTestSupport
import Testing

@testable import RevqExport

/// `audit_rows` is a view over each distinct list once (`SharedLinkLayout`): it must hold
/// exactly the rows revq's `audit` shows, and a review ×N must not square the file.
@Suite struct SharedLinkLayoutTests {
    /// Each audit line's rows as revq shows them: "id|label;label;...", lines with rows only.
    static func revqRows(_ interpreter: Interpreter) -> [String] {
        guard case .rows(let result) = interpreter.run("audit show id, rows") else {
            Issue.record("audit gave no rows")
            return []
        }
        return result.rows.compactMap { row in
            guard case .list(let cells) = row[1] else { return nil }
            let labels = cells.map(\.text)
            return labels.isEmpty ? nil : "\(row[0].text)|\(labels.joined(separator: ";"))"
        }.sorted()
    }

    /// The same from the export's view, each record's values in `position` order.
    static let sqlRows = """
        SELECT record_key || '|' || group_concat(value, ';') FROM
        (SELECT record_key, value FROM audit_rows ORDER BY record_key, position) GROUP BY record_key
        """

    @Test func theViewHoldsTheAuditsRowsInOrder() throws {
        let exported = try ExportedReview.query(Self.sqlRows).sorted()
        #expect(exported.count > 20)
        #expect(exported == Self.revqRows(Interpreter(store: BundledStore.shared)))
        #expect(try ExportedReview.query("SELECT type FROM sqlite_master WHERE name = 'audit_rows'") == ["view"])
    }

    /// Lines with the same rows (one figure stated in several places) keep one list.
    @Test func aListRepeatedIsKeptOnce() throws {
        let lists = try ExportedReview.query("SELECT count(DISTINCT list), count(*) FROM audit_rows_keys")
        let distinct = Set(Self.revqRows(Interpreter(store: BundledStore.shared)).map { $0.drop { $0 != "|" } })
        #expect(lists == ["\(distinct.count)|\(try ExportedReview.query("SELECT count(*) FROM audit_rows_keys")[0])"])
        #expect(try ExportedReview.query("SELECT count(DISTINCT list) FROM audit_rows_lists") == ["\(distinct.count)"])
    }

    /// Lists alike in length and ends but not between them are two lists, not one.
    @Test func listsWithTheSameEndsAreTold() throws {
        let schema = SourceSchema(
            name: "lines", key: "id", label: "id", description: "",
            fields: [
                Field(name: "id", type: .text, isRequired: true, description: ""),
                Field(name: "rows", type: .set(nil), isRequired: false, description: ""),
            ])
        let shared: [Value] = [.text("a"), .text("b"), .text("c")]
        let cells: [Value] = [
            .list(shared), .list(shared), .list([.text("a"), .text("x"), .text("c")]), .null,
            .list([.text("a"), .text("b"), .text("c")]),
        ]
        let table = Table(
            schema: schema, rows: cells.enumerated().map { [.text("l\($0.offset)"), $0.element] },
            keys: cells.indices.map { "l\($0)" })
        let store = Store(schema: Schema(sources: [schema], vocabularies: [:]), tables: [table])
        let link = try #require(SourceLayout(schema, store: store).links.first)
        let (keys, lists) = SharedLinkLayout(link).numbered(table)
        #expect(
            keys == [
                [.text("l0"), .integer(1)], [.text("l1"), .integer(1)], [.text("l2"), .integer(2)],
                [.text("l4"), .integer(1)],
            ])
        #expect(lists == [shared, [.text("a"), .text("x"), .text("c")]])
    }

    /// A review ×3 states each claim three times, each checked over all three copies: the
    /// view holds every pair, as `audit` shows them, but the file keeps each list once, so
    /// its lists grow with the review (three times the bundled view's rows, not nine).
    @Test func aSyntheticReviewsListsGrowLinearly() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("revq-shared-\(UUID().uuidString)")
            .path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let run = try Subprocess.run(
            "/usr/bin/env", ["python3", RepositoryPaths.root + "/scripts/synthesize-review", folder + "/review", "3"])
        try #require(run.status == 0, "\(run.stderr)")
        let interpreter = Interpreter(store: try DatasetLoader.load(directory: folder + "/review"))
        let path = folder + "/review.db"
        try SQLiteExporter.export(interpreter.storeWithComputedSources(), about: ExportedReview.info, to: path)
        let query = { (sql: String) throws -> [String] in
            let run = try Subprocess.run("/usr/bin/env", ["sqlite3", "-bail", path, sql])
            #expect(run.status == 0, "\(run.stderr)")
            return run.stdout.split(separator: "\n").map(String.init)
        }
        guard case .rows(let count) = interpreter.run("count audit") else {
            Issue.record("count audit gave no rows")
            return
        }
        #expect(try query("SELECT count(*) FROM audit") == [count.rows[0][0].text])
        #expect(try query(Self.sqlRows).sorted() == Self.revqRows(interpreter))
        let bundled = try #require(Int(try ExportedReview.query("SELECT count(*) FROM audit_rows")[0]))
        let pairs = try #require(Int(try query("SELECT count(*) FROM audit_rows")[0]))
        let kept = try #require(Int(try query("SELECT count(*) FROM audit_rows_lists")[0]))
        #expect(pairs > 6 * bundled, "each of 3 copies lists the rows of all 3")
        #expect(kept <= 3 * bundled)
    }
}
