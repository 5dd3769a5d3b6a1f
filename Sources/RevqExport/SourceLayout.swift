import RevqCore

/// How one source becomes SQL: its table's columns (the single-valued fields), a link
/// table per multi-valued field, and its views.
struct SourceLayout {
    let schema: SourceSchema
    let store: Store
    /// The single-valued fields with their position in a row, in schema order.
    let columns: [(field: Field, position: Int)]
    let links: [LinkLayout]

    init(_ schema: SourceSchema, store: Store) {
        self.schema = schema
        self.store = store
        let positioned = schema.fields.enumerated().map { (field: $1, position: $0) }
        columns = positioned.filter { !$0.field.type.isMultiValued }
        links = positioned.filter { $0.field.type.isMultiValued }.map {
            LinkLayout(owner: schema, field: $0.field, position: $0.position, store: store)
        }
    }

    var name: String { quoted(schema.name) }

    var createTable: String {
        let definitions = columns.map { column in
            let primary = column.field.name == schema.key ? " PRIMARY KEY" : ""
            return quoted(column.field.name) + " " + sqlType(of: column.field, in: store) + primary
                + reference(of: column.field)
        }
        return "CREATE TABLE \(name) (\(definitions.joined(separator: ", ")))"
    }

    var insertRow: String {
        "INSERT INTO \(name) VALUES (\(Array(repeating: "?", count: columns.count).joined(separator: ", ")))"
    }

    func columnValues(ofRow row: Int, in table: Table) -> [SQLValue] {
        columns.map { sqlValue(table.rows[row][$0.position], of: $0.field, in: store) }
    }

    /// An index per vocabulary and relation column, the columns questions filter and join on.
    var createIndexes: [String] {
        columns.filter { $0.field.type.vocabulary != nil || $0.field.type.relatedSource != nil }.map {
            "CREATE INDEX \(quoted(schema.name + "_" + $0.field.name + "_index")) ON \(name)(\(quoted($0.field.name)))"
        }
    }

    /// The source with `FIELD_level` beside each scale or category field: its place in
    /// the vocabulary from 1, so `confidence_level >= 3` reads "moderat or higher". Nil
    /// for a source without such a field: the view would only repeat the table.
    var createLevelsView: String? {
        var selected = ["s.*"]
        var joins: [String] = []
        for (offset, column) in columns.enumerated() {
            guard let vocabulary = column.field.type.vocabulary else { continue }
            let alias = "v\(offset)"
            selected.append("\(alias).level AS \(quoted(column.field.name + "_level"))")
            joins.append(
                "LEFT JOIN \(quoted("vocabulary_" + vocabulary.name)) \(alias) ON \(alias).value = s.\(quoted(column.field.name))"
            )
        }
        guard !joins.isEmpty else { return nil }
        return
            "CREATE VIEW \(quoted(schema.name + "_levels")) AS SELECT \(selected.joined(separator: ", ")) FROM \(name) s "
            + joins.joined(separator: " ")
    }

    /// A foreign key for a vocabulary value or a related record, so tools draw the joins.
    private func reference(of field: Field) -> String {
        switch field.type {
        case .category(let vocabulary), .scale(let vocabulary):
            return " REFERENCES \(quoted("vocabulary_" + vocabulary.name))(value)"
        case .ref(let source):
            guard let target = store.schema.source(named: source) else { return "" }
            return " REFERENCES \(quoted(source))(\(quoted(target.key)))"
        default:
            return ""
        }
    }
}

/// One multi-valued field as a link table: `record_key` (this source's key), then
/// `related_key` (a relation) or `value` (a set), and `position` in the record's list.
struct LinkLayout {
    let owner: SourceSchema
    let field: Field
    let position: Int
    let store: Store

    init(owner: SourceSchema, field: Field, position: Int, store: Store) {
        self.owner = owner
        self.field = field
        self.position = position
        self.store = store
    }

    var tableName: String { owner.name + "_" + field.name }
    private var isRelation: Bool { field.type.relatedSource != nil }
    var valueColumn: String { isRelation ? "related_key" : "value" }

    /// The link tables written with each distinct list once (`SharedLinkLayout`): the audit's
    /// rows, where each line lists every row its check selects, so a claim stated many times
    /// (a synthetic review's N copies, each checked over all N) repeats one long list.
    static let sharedLists: Set<String> = ["audit_rows"]

    var isShared: Bool { Self.sharedLists.contains(tableName) }

    /// `record_key`'s declared type and foreign key.
    var keyDefinition: String {
        let keyType = owner.field(named: owner.key).map { sqlType(of: $0, in: store) } ?? "TEXT"
        return "\(keyType) NOT NULL REFERENCES \(quoted(owner.name))(\(quoted(owner.key)))"
    }

    /// The value column's declared type (and foreign key, for a relation).
    var valueType: String { isRelation ? relatedKeyType + relatedReference : "TEXT" }

    var createTable: String {
        "CREATE TABLE \(quoted(tableName)) (record_key \(keyDefinition), "
            + "\(valueColumn) \(valueType), position INTEGER NOT NULL, PRIMARY KEY (record_key, position))"
    }

    var insertRow: String { "INSERT INTO \(quoted(tableName)) VALUES (?, ?, ?)" }

    /// Lookups go both ways: from a record (the primary key) and from a value to its records.
    var createIndex: String {
        "CREATE INDEX \(quoted(tableName + "_index")) ON \(quoted(tableName))(\(valueColumn), record_key)"
    }

    func rows(ofRow row: Int, in table: Table) -> [[SQLValue]] {
        guard let key = key(ofRow: row, in: table) else { return [] }
        return table.rows[row][position].elements.enumerated().map { offset, element in
            [key, sqlValue(element, of: field, in: store), .integer(offset + 1)]
        }
    }

    /// The record's key as SQL; nil when the owner has no key field.
    func key(ofRow row: Int, in table: Table) -> SQLValue? {
        guard let keyField = owner.field(named: owner.key), let keyPosition = owner.position(of: owner.key) else {
            return nil
        }
        return sqlValue(table.rows[row][keyPosition], of: keyField, in: store)
    }

    /// The link table with the label of the record and of the related record (or the
    /// level of a vocabulary value), the join most questions need.
    var createLabelView: String {
        let link = "SELECT l.record_key, o.\(quoted(owner.label)) AS record_label, l.\(valueColumn)"
        let from = " FROM \(quoted(tableName)) l JOIN \(quoted(owner.name)) o ON o.\(quoted(owner.key)) = l.record_key"
        let view = "CREATE VIEW \(quoted(tableName + "_labels")) AS "
        if let related = field.type.relatedSource, let target = store.schema.source(named: related) {
            return view + link + ", r.\(quoted(target.label)) AS related_label, l.position" + from
                + " LEFT JOIN \(quoted(related)) r ON r.\(quoted(target.key)) = l.related_key"
        }
        if let vocabulary = field.type.vocabulary {
            return view + link + ", v.level, l.position" + from
                + " LEFT JOIN \(quoted("vocabulary_" + vocabulary.name)) v ON v.value = l.value"
        }
        return view + link + ", l.position" + from
    }

    /// The related record's key, so `PRAGMA foreign_key_check` and tools that draw joins
    /// see the relation.
    private var relatedReference: String {
        guard let related = field.type.relatedSource, let target = store.schema.source(named: related) else {
            return ""
        }
        return " REFERENCES \(quoted(related))(\(quoted(target.key)))"
    }

    private var relatedKeyType: String {
        guard let related = field.type.relatedSource, let target = store.schema.source(named: related),
            let keyField = target.field(named: target.key)
        else { return "TEXT" }
        return sqlType(of: keyField, in: store)
    }
}

/// The declared SQL type of a single value of `field`; a relation takes the type of the
/// related source's key.
func sqlType(of field: Field, in store: Store) -> String {
    switch field.type {
    case .integer, .count, .tally: return "INTEGER"
    case .number: return "REAL"
    case .text, .category, .scale, .set: return "TEXT"
    case .ref(let source), .refs(let source), .reverse(let source, _):
        guard let target = store.schema.source(named: source), let keyField = target.field(named: target.key) else {
            return "TEXT"
        }
        switch keyField.type {
        case .integer: return "INTEGER"
        case .number: return "REAL"
        default: return "TEXT"
        }
    }
}

/// One stored value as SQL: a vocabulary value by its spelling, a related record by its key.
func sqlValue(_ value: Value, of field: Field, in store: Store) -> SQLValue {
    switch value {
    case .null: return .null
    case .text(let text): return .text(text)
    case .integer(let number): return .integer(number)
    case .number(let number): return .real(number)
    case .term(let index):
        guard let vocabulary = field.type.vocabulary, vocabulary.terms.indices.contains(index) else {
            return .integer(index)
        }
        return .text(vocabulary.terms[index].value)
    case .ref(let row): return relatedKey(row: row, of: field, in: store)
    case .list(let values):
        return .text(values.map { sqlValue($0, of: field, in: store) }.map(\.text).joined(separator: "; "))
    }
}

private func relatedKey(row: Int, of field: Field, in store: Store) -> SQLValue {
    guard let source = field.type.relatedSource, let table = store.table(named: source),
        let keyField = table.schema.field(named: table.schema.key),
        let key = table.value(row: row, field: table.schema.key)
    else { return .integer(row + 1) }
    return sqlValue(key, of: keyField, in: store)
}

extension SQLValue {
    /// The value as text, for the rare list in a single-valued column.
    var text: String {
        switch self {
        case .null: return ""
        case .integer(let number): return String(number)
        case .real(let number): return String(number)
        case .text(let text): return text
        }
    }
}
