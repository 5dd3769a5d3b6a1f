import RevqCore

/// Datasette's metadata for an exported database, written beside it as
/// `NAME.metadata.json`: a title, whose the review's text is, and for every table and view
/// a description and its columns' descriptions from revq's schema, the column that labels
/// a row where another table refers to it (`label_column`), and the vocabulary columns as
/// facets. Every source's `source` column is the row's place in the review's text.
///
///     let written = DatasetteMetadata.file(besides: "out/review.db")   // out/review.metadata.json, "review"
///     let json = DatasetteMetadata(store: store, info: info).json(databaseName: written.databaseName)
///     // datasette out/review.db -m out/review.metadata.json
package struct DatasetteMetadata {
    let store: Store
    let info: ExportInfo

    package init(store: Store, info: ExportInfo) {
        self.store = store
        self.info = info
    }

    /// Where the metadata of the database at `path` goes, and the name Datasette gives that
    /// database: the file's name without its last extension, as Python's `Path.stem`.
    package static func file(besides path: String) -> (path: String, databaseName: String) {
        let slash = path.lastIndex(of: "/").map { path.index(after: $0) } ?? path.startIndex
        let name = path[slash...]
        let dot = name.dropFirst().lastIndex(of: ".")
        let stem = dot.map { String(name[..<$0]) } ?? String(name)
        return (String(path[..<slash]) + stem + ".metadata.json", stem)
    }

    package func json(databaseName: String) -> String {
        JSONTree.object([
            ("title", .string("The review as data, exported by revq \(info.revqVersion)")),
            (
                "license",
                .string(
                    "The review's text and the values taken from it are its publisher's, not under revq's licence (Apache-2.0)"
                )
            ),
            (
                "source",
                .string("The review's text: every row's source column names its table or appendix and its lines")
            ),
            (
                "databases",
                .object([(databaseName, .object([("description", .string(about)), ("tables", .object(tables))]))])
            ),
        ]).rendered()
    }

    private var about: String {
        "Exported by revq \(info.revqVersion) from \(info.dataset) (content SHA-256 \(info.contentHash.prefix(12))) at \(info.exportedAt). "
            + "A table per source, each row with its place in the review's text in the column source, so every value can be checked against the report."
    }

    // MARK: Tables

    /// Every table and view the exporter writes, in the order it writes them.
    private var tables: [(String, JSONTree)] {
        var tables = catalogueTables
        for vocabulary in store.schema.vocabularies.values.sorted(by: { $0.name < $1.name }) {
            tables.append(vocabularyTable(vocabulary))
        }
        for table in store.tables {
            let layout = SourceLayout(table.schema, store: store)
            tables.append(sourceTable(layout))
            for link in layout.links {
                if link.isShared { tables += sharedListTables(SharedLinkLayout(link)) }
                tables += [linkTable(link), linkLabelView(link)]
            }
            if layout.createLevelsView != nil { tables.append(levelsView(layout)) }
            if SearchLayout.searchedSources.contains(table.name), let search = SearchLayout(table.schema) {
                tables.append(searchTable(search))
            }
        }
        return tables
    }

    private func sourceTable(_ layout: SourceLayout) -> (String, JSONTree) {
        let schema = layout.schema
        let label = layout.columns.contains { $0.field.name == schema.label } ? schema.label : schema.key
        let facets = layout.columns.filter { $0.field.type.vocabulary != nil }.map(\.field.name)
        var members: [(String, JSONTree)] = [
            ("description", .string(schema.description)),
            ("label_column", .string(label)),
            ("columns", .object(layout.columns.map { ($0.field.name, .string($0.field.description)) })),
        ]
        if !facets.isEmpty { members.append(("facets", .strings(facets))) }
        return (schema.name, .object(members))
    }

    private func linkTable(_ link: LinkLayout) -> (String, JSONTree) {
        let owner = link.owner
        let value: (String, JSONTree)
        if let related = link.field.type.relatedSource, let target = store.schema.source(named: related) {
            value = ("related_key", .string("The \(related) record's \(target.key)"))
        } else {
            value = ("value", .string("One value of the list"))
        }
        return (
            link.tableName,
            .object([
                (
                    "description",
                    .string(
                        "\(owner.name).\(link.field.name), one row per value: \(link.field.description)"
                            + (link.isShared ? " (a view: each distinct list is kept once)" : ""))
                ),
                (
                    "columns",
                    .object([
                        ("record_key", .string("The \(owner.name) record's \(owner.key)")),
                        value,
                        ("position", .string("The value's place in the record's list as the review gives it, from 1")),
                    ])
                ),
            ])
        )
    }

    /// The two tables a shared link table's view reads (`SharedLinkLayout`).
    private func sharedListTables(_ shared: SharedLinkLayout) -> [(String, JSONTree)] {
        let link = shared.link
        let lists: JSONTree = .object([
            (
                "description",
                .string(
                    "The distinct lists of \(link.owner.name).\(link.field.name), each once; \(link.tableName) joins them to the records"
                )
            ),
            (
                "columns",
                .object([
                    ("list", .string("The list's number, from 1")),
                    (link.valueColumn, .string("One value of the list")),
                    ("position", .string("The value's place in the list, from 1")),
                ])
            ),
        ])
        let keys: JSONTree = .object([
            ("description", .string("Which list of \(shared.listsTable) each \(link.owner.name) record has")),
            (
                "columns",
                .object([
                    ("record_key", .string("The \(link.owner.name) record's \(link.owner.key)")),
                    ("list", .string("Its list in \(shared.listsTable)")),
                ])
            ),
        ])
        return [(shared.listsTable, lists), (shared.keysTable, keys)]
    }

    private func linkLabelView(_ link: LinkLayout) -> (String, JSONTree) {
        let other =
            link.field.type.relatedSource.map { "the \($0) record's label as related_label" }
            ?? (link.field.type.vocabulary != nil ? "the value's level in its vocabulary" : "nothing more")
        return (
            link.tableName + "_labels",
            .object([
                (
                    "description",
                    .string(
                        "\(link.tableName) with the \(link.owner.name) record's \(link.owner.label) as record_label and \(other)"
                    )
                )
            ])
        )
    }

    private func levelsView(_ layout: SourceLayout) -> (String, JSONTree) {
        (
            layout.schema.name + "_levels",
            .object([
                (
                    "description",
                    .string(
                        "\(layout.schema.name) with FIELD_level beside each scale or category field: the value's place in its vocabulary, from 1, so SQL compares scale values as numbers"
                    )
                )
            ])
        )
    }

    private func searchTable(_ search: SearchLayout) -> (String, JSONTree) {
        let name = search.schema.name
        return (
            name + "_fts",
            .object([
                (
                    "description",
                    .string(
                        "Full-text index (FTS5) over the text of \(name), case and accents folded: SELECT record_key FROM \(name)_fts WHERE \(name)_fts MATCH 'word*'"
                    )
                ),
                ("columns", .object([("record_key", .string("The \(name) record's \(search.schema.key)"))])),
            ])
        )
    }

    private func vocabularyTable(_ vocabulary: Vocabulary) -> (String, JSONTree) {
        (
            "vocabulary_" + vocabulary.name,
            .object([
                ("description", .string("The values of \(vocabulary.name), lowest first")),
                ("label_column", .string("value")),
                (
                    "columns",
                    .object([
                        ("value", .string("The value as the review writes it")),
                        ("level", .string("Its place in the order, from 1")),
                        ("synonyms", .string("Other spellings revq accepts for it, |-separated")),
                    ])
                ),
            ])
        )
    }

    private var catalogueTables: [(String, JSONTree)] {
        [
            (
                "revq_export",
                .object([
                    (
                        "description",
                        .string(
                            "Which revq wrote this file, from which review (the SHA-256 of its dataset files) and when; PRAGMA user_version is the layout's version"
                        )
                    )
                ])
            ),
            (
                "revq_sources",
                .object([
                    (
                        "description",
                        .string("revq's schema: one row per source, with its key, its label field and what it holds")
                    ), ("label_column", .string("name")),
                ])
            ),
            (
                "revq_fields",
                .object([
                    (
                        "description",
                        .string(
                            "revq's schema: one row per field of each source, in order, with its type and what it holds"
                        )
                    )
                ])
            ),
        ]
    }
}
