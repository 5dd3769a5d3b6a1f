import RevqCore

/// A full-text index (SQLite's FTS5) over a source's free text: `SOURCE_fts(record_key,
/// FIELD, ...)`, one row per record, every single-valued text field but the key and
/// `source`; case and accents folded (`unicode61`, `remove_diacritics 2`).
///
///     SELECT record_key FROM findings_fts WHERE findings_fts MATCH 'text: SMS*'
struct SearchLayout {
    /// The sources whose prose people search: the findings, the report's sections and the
    /// effect results' sentences.
    static let searchedSources = ["findings", "sections", "outcomes"]

    let schema: SourceSchema
    let columns: [Field]

    /// Nil when the source has no free text to index.
    init?(_ schema: SourceSchema) {
        columns = schema.fields.filter { field in
            if case .text = field.type { return field.name != schema.key && field.name != "source" }
            return false
        }
        guard !columns.isEmpty else { return nil }
        self.schema = schema
    }

    var tableName: String { quoted(schema.name + "_fts") }

    var createTable: String {
        "CREATE VIRTUAL TABLE \(tableName) USING fts5(record_key UNINDEXED, "
            + columns.map { quoted($0.name) }.joined(separator: ", ") + ", tokenize = 'unicode61 remove_diacritics 2')"
    }

    /// Filled from the source's table, already written.
    var fill: String {
        "INSERT INTO \(tableName) SELECT \(quoted(schema.key)), "
            + columns.map { quoted($0.name) }.joined(separator: ", ")
            + " FROM \(quoted(schema.name))"
    }
}
