import RevqCore

/// Writes a store as a SQLite database that SQL, DuckDB, Datasette or R can read:
///
/// - a table per source, one typed column per single-valued field (its key the primary
///   key; a `ref:` column holds the related record's key; `source` kept as written);
/// - a link table `SOURCE_FIELD(record_key, related_key, position)` per to-many relation
///   and `SOURCE_FIELD(record_key, value, position)` per set (for `audit.rows` a view of
///   the same columns over each distinct list written once: `SharedLinkLayout`);
/// - a table `vocabulary_NAME(value, level)` per vocabulary, `level` its order from 1, so
///   SQL compares scale values by joining on it; and `revq_sources`, `revq_fields`;
/// - views: `SOURCE_levels` (a source with `FIELD_level` beside each scale or category
///   field) and `SOURCE_FIELD_labels` (a link table with the labels of both sides);
/// - an index on every vocabulary and relation column and on every link table's values;
/// - a full-text index `SOURCE_fts` (FTS5) over the text of findings, sections and
///   outcomes (`SearchLayout`);
/// - `revq_export`, one row saying which revq wrote the file, from which review (its
///   content hash) and when; `PRAGMA user_version` is the layout's version.
///
///     try SQLiteExporter.export(store, about: info, to: "/tmp/review.db")   // a new or empty file
package enum SQLiteExporter {
    /// `PRAGMA user_version` of the files written: raised whenever the layout changes.
    package static let layoutVersion = 2

    package static func export(_ store: Store, about info: ExportInfo, to path: String) throws {
        let database = try SQLiteDatabase(path: path)
        try database.execute(
            "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA user_version = \(layoutVersion); BEGIN")
        try writeInfo(info, to: database)
        try writeCatalogue(store.schema, to: database)
        for vocabulary in store.schema.vocabularies.values.sorted(by: { $0.name < $1.name }) {
            try writeVocabulary(vocabulary, to: database)
        }
        for table in store.tables { try writeSource(table, of: store, to: database) }
        for table in store.tables where SearchLayout.searchedSources.contains(table.name) {
            guard let search = SearchLayout(table.schema) else { continue }
            try database.execute(search.createTable)
            try database.execute(search.fill)
        }
        try database.execute("COMMIT")
    }

    private static func writeInfo(_ info: ExportInfo, to database: SQLiteDatabase) throws {
        try database.execute(
            """
            CREATE TABLE revq_export (revq_version TEXT NOT NULL, dataset TEXT NOT NULL, content_hash TEXT NOT NULL,
                                      exported_at TEXT NOT NULL, layout_version INTEGER NOT NULL)
            """)
        try database.insert(
            "INSERT INTO revq_export VALUES (?, ?, ?, ?, ?)",
            rows: [
                [
                    .text(info.revqVersion), .text(info.dataset), .text(info.contentHash), .text(info.exportedAt),
                    .integer(layoutVersion),
                ]
            ])
    }

    private static func writeCatalogue(_ schema: Schema, to database: SQLiteDatabase) throws {
        try database.execute(
            """
            CREATE TABLE revq_sources (name TEXT PRIMARY KEY, key TEXT, label TEXT, description TEXT);
            CREATE TABLE revq_fields (source TEXT REFERENCES revq_sources(name), position INTEGER, name TEXT,
                                      type TEXT, required INTEGER, description TEXT, PRIMARY KEY (source, name));
            """)
        try database.insert(
            "INSERT INTO revq_sources VALUES (?, ?, ?, ?)",
            rows: schema.sources.map { [.text($0.name), .text($0.key), .text($0.label), .text($0.description)] })
        let fields = schema.sources.flatMap { source in
            source.fields.enumerated().map { position, field -> [SQLValue] in
                [
                    .text(source.name), .integer(position + 1), .text(field.name), .text(field.type.spelling),
                    .integer(field.isRequired ? 1 : 0), .text(field.description),
                ]
            }
        }
        try database.insert("INSERT INTO revq_fields VALUES (?, ?, ?, ?, ?, ?)", rows: fields)
    }

    private static func writeVocabulary(_ vocabulary: Vocabulary, to database: SQLiteDatabase) throws {
        let name = quoted("vocabulary_" + vocabulary.name)
        try database.execute(
            "CREATE TABLE \(name) (value TEXT PRIMARY KEY, level INTEGER NOT NULL UNIQUE, synonyms TEXT)")
        let rows = vocabulary.terms.enumerated().map { level, term -> [SQLValue] in
            [.text(term.value), .integer(level + 1), .text(term.synonyms.joined(separator: "|"))]
        }
        try database.insert("INSERT INTO \(name) VALUES (?, ?, ?)", rows: rows)
    }

    private static func writeSource(_ table: Table, of store: Store, to database: SQLiteDatabase) throws {
        let layout = SourceLayout(table.schema, store: store)
        try database.execute(layout.createTable)
        try database.insert(
            layout.insertRow, rows: (0..<table.count).lazy.map { layout.columnValues(ofRow: $0, in: table) })
        for index in layout.createIndexes { try database.execute(index) }
        for link in layout.links {
            if link.isShared {
                try SharedLinkLayout(link).write(table, to: database)
            } else {
                try database.execute(link.createTable)
                try database.insert(
                    link.insertRow, rows: (0..<table.count).lazy.flatMap { link.rows(ofRow: $0, in: table) })
                try database.execute(link.createIndex)
            }
            try database.execute(link.createLabelView)
        }
        if let view = layout.createLevelsView { try database.execute(view) }
    }
}
