import Foundation
import RevqCore
import RevqEngine
import RevqExport
import RevqReview
import RevqTestSupport
import Testing

/// The Datasette metadata written beside an export (issue 22), held to the database it
/// describes: every table and view has a description, every column of a source is
/// described from revq's schema, and every label column is a column of its table.
@Suite struct DatasetteMetadataTests {
    /// The metadata of `ExportedReview`, parsed: Datasette reads it as JSON. Only read
    /// once built (`nonisolated(unsafe)`: JSONSerialization gives `Any`, not Sendable).
    nonisolated(unsafe) static let tables: [String: [String: Any]] = {
        let store = Interpreter(store: BundledStore.shared).storeWithComputedSources()
        let text = DatasetteMetadata(store: store, info: ExportedReview.info).json(databaseName: "review")
        let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
        let database = (object?["databases"] as? [String: Any])?["review"] as? [String: Any]
        return database?["tables"] as? [String: [String: Any]] ?? [:]
    }()

    /// Datasette names a database after its file without the last extension (Python's
    /// `Path.stem`), and the metadata must use that name.
    @Test(arguments: [
        ("review.db", "review.metadata.json", "review"),
        ("out/review.db", "out/review.metadata.json", "review"),
        ("/tmp/a.b.sqlite", "/tmp/a.b.metadata.json", "a.b"),
        ("review", "review.metadata.json", "review"),
        ("dir.d/review", "dir.d/review.metadata.json", "review"),
        ("/tmp/.db", "/tmp/.db.metadata.json", ".db"),
        ("rapport/gjennomgang.db", "rapport/gjennomgang.metadata.json", "gjennomgang"),
    ])
    func theMetadataFileAndTheDatabaseName(database: String, metadata: String, name: String) {
        let file = DatasetteMetadata.file(besides: database)
        #expect(file.path == metadata)
        #expect(file.databaseName == name)
    }

    /// Every table and view the export writes is described, and nothing else: the FTS5
    /// index's own tables (`_data`, `_idx`, ...) are SQLite's, and Datasette hides them.
    @Test func everyTableAndViewIsDescribed() throws {
        let written = try ExportedReview.query(
            """
            SELECT name FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite_%'
            AND name NOT GLOB '*_fts_*' ORDER BY name
            """)
        #expect(written.count > 80)
        #expect(Self.tables.keys.sorted() == written)
        for (name, table) in Self.tables {
            #expect(!((table["description"] as? String) ?? "").isEmpty, "\(name) has no description")
        }
    }

    /// Each source's columns are described as revq's schema describes its fields; the
    /// `source` column too: the row's place in the review's text.
    @Test(arguments: BundledStore.shared.tables.map(\.name))
    func everyColumnOfASourceIsDescribedFromTheSchema(source: String) throws {
        let schema = try #require(BundledStore.shared.table(named: source)?.schema)
        let columns = try #require(Self.tables[source]?["columns"] as? [String: String])
        let sqlColumns = try ExportedReview.query("SELECT name FROM pragma_table_info('\(source)')")
        #expect(Set(columns.keys) == Set(sqlColumns))
        for name in sqlColumns {
            #expect(columns[name] == schema.field(named: name)?.description, "\(source).\(name)")
        }
        #expect(columns["source"]?.isEmpty == false)
        #expect(Self.tables[source]?["description"] as? String == schema.description)
    }

    /// A foreign key shows the related row's label column: a study by its name as the
    /// review writes it, a finding by its number; every label column is a column.
    @Test func labelColumnsAreColumnsOfTheirTables() throws {
        #expect(Self.tables["studies"]?["label_column"] as? String == "label")
        #expect(Self.tables["findings"]?["label_column"] as? String == "number")
        for (name, table) in Self.tables {
            guard let label = table["label_column"] as? String else { continue }
            let columns = try ExportedReview.query("SELECT name FROM pragma_table_info('\(name)')")
            #expect(columns.contains(label), "\(name).\(label)")
        }
    }

    /// Facets are the vocabulary columns: findings by theme and confidence, as Tabell 9
    /// groups them.
    @Test func theVocabularyColumnsAreFacets() {
        let facets = Self.tables["findings"]?["facets"] as? [String] ?? []
        #expect(facets.starts(with: ["theme", "confidence"]), "\(facets)")
    }
}
