import Synchronization

/// The whole review in memory: one table per source of the schema, and the sources
/// computed from them (`ComputedTable`), each built when first read.
///
/// A store read from the compiled cache decodes each table on its first use (a statement
/// about findings does not pay for the report's prose), and of a large table reads only the
/// fields a statement uses (`column`) until something needs its whole rows; one loaded from
/// the TSV files has every table from the start. Either way each table is decoded at most
/// once, under a lock.
/// A computed source is listed (`schema`, `tableNames`, `rowCounts`) only once it is built,
/// as a source that exists from then on: hints and `sources` name no source not yet made.
///
///     let store = try DatasetLoader.load(directory: "Datasets/review")
///     store.table(named: "findings")?.count   // 33
package final class Store: Sendable {
    /// What the store lists: the loaded sources, then each computed one built so far.
    private struct Listing {
        var schema: Schema
        var tableNames: [String]
        var rowCounts: [Int]
    }

    private let listing: Mutex<Listing>
    /// The loaded tables' positions in `loaded`, by name.
    private let tableByName: [String: Int]
    private let loaded: Mutex<[Table?]>
    /// Decodes table `index`; nil for a store whose tables were all given.
    private let decode: (@Sendable (Int) -> Table)?
    /// Reads one field (`position`) of the selected rows of table `index`, in the selection's
    /// order, without decoding the rest of it; nil when that read fails its checks (the whole
    /// table is decoded then).
    private let decodeColumn: (@Sendable (_ index: Int, _ position: Int, _ rows: RowSelection) -> [Value]?)?
    /// The computed sources, by name, built or not.
    private let computed: [String: ComputedTable]
    /// Fields read (`column`), by table and position: an index, a count's notes and every
    /// result column of every statement read the same fields again.
    private let columns: Mutex<[[[Value]?]]>

    package init(schema: Schema, tables: [Table]) {
        self.listing = Mutex(Listing(schema: schema, tableNames: tables.map(\.name), rowCounts: tables.map(\.count)))
        self.tableByName = Self.positions(of: tables.map(\.name))
        self.loaded = Mutex(tables)
        self.columns = Mutex(Array(repeating: [], count: tables.count))
        self.decode = nil
        self.decodeColumn = nil
        self.computed = [:]
        self.computedTableNames = []
    }

    /// A store whose table `index` is `decode(index)`, decoded when first asked for;
    /// `decode` must give the same table whenever it is called, and must not fail.
    /// `decodeColumn(index, position, rows)`, when given, reads one field of the selected rows
    /// of a table not yet decoded: the values `decode(index)` would hold there, or nil.
    package convenience init(
        schema: Schema, rowCounts: [Int], decodeColumn: (@Sendable (Int, Int, RowSelection) -> [Value]?)? = nil,
        decode: @escaping @Sendable (Int) -> Table
    ) {
        self.init(
            schema: schema, tableNames: schema.sources.map(\.name), rowCounts: rowCounts, decode: decode,
            decodeColumn: decodeColumn, computed: [])
    }

    private init(
        schema: Schema, tableNames: [String], rowCounts: [Int], decode: @escaping @Sendable (Int) -> Table,
        decodeColumn: (@Sendable (Int, Int, RowSelection) -> [Value]?)?, computed: [ComputedTable]
    ) {
        self.listing = Mutex(Listing(schema: schema, tableNames: tableNames, rowCounts: rowCounts))
        self.tableByName = Self.positions(of: tableNames)
        self.loaded = Mutex([Table?](repeating: nil, count: tableNames.count))
        self.columns = Mutex(Array(repeating: [], count: tableNames.count))
        self.decode = decode
        self.decodeColumn = decodeColumn
        self.computed = Dictionary(computed.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        self.computedTableNames = computed.map(\.name)
    }

    /// This store's tables (read through it, decoded once there) and `computed`, those of
    /// them it has no source of that name for; itself when that leaves none to add.
    package func adding(computed added: [ComputedTable]) -> Store {
        let new = added.filter { tableByName[$0.name] == nil && computed[$0.name] == nil }
        guard !new.isEmpty else { return self }
        let listed = listing.withLock { $0 }
        let names = listed.tableNames
        // Those not built yet are built here, through this store, which lists them then too.
        let inherited = computedTableNames.filter { !names.contains($0) }.map { computed[$0]!.read(through: self) }
        return Store(
            schema: listed.schema, tableNames: names, rowCounts: listed.rowCounts,
            decode: { self.table(named: names[$0])! },
            decodeColumn: { index, position, rows in
                switch rows {
                case .all: self.column(position, ofTable: names[index])
                case .leadingTextLengths(let count):
                    self.leadingTextLengths(position, ofTable: names[index], count: count)?.map { .integer($0) }
                case .only(let some):
                    self.column(position, ofTable: names[index], rows: some).map { column in some.map { column[$0] } }
                }
            },
            computed: inherited + new)
    }

    private static func positions(of names: [String]) -> [String: Int] {
        Dictionary(names.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The sources and vocabularies, with each computed source built so far.
    package var schema: Schema { listing.withLock { $0.schema } }
    /// Each table's name, in order (the schema's sources, or the tables given), then each
    /// computed source built so far.
    package var tableNames: [String] { listing.withLock { $0.tableNames } }
    /// Each table's row count, known before it is decoded.
    package var rowCounts: [Int] { listing.withLock { $0.rowCounts } }

    /// The names of the computed sources, built or not (`search` reads none of them).
    package let computedTableNames: [String]

    /// The computed source `name`, built or not; nil for a loaded one.
    package func computedTable(named name: String) -> ComputedTable? { computed[name] }

    /// Every source this store answers for: the schema's, then each computed source not yet
    /// built, by the schema it is declared with (what `sources` lists, built or not).
    package var declaredSources: [SourceSchema] {
        let listed = schema.sources
        let unbuilt = computedTableNames.filter { name in !listed.contains { $0.name == name } }
        return listed + unbuilt.compactMap { computed[$0]?.schema }
    }

    /// Every listed table, decoding those not yet used (export, audit and the tests want all).
    package var tables: [Table] {
        tableNames.map { table(named: $0)! }
    }

    /// The table `name`; a computed one is built on this first read, and listed from then on.
    package func table(named name: String) -> Table? {
        if let index = tableByName[name] { return table(at: index) }
        return computed[name].map(built)
    }

    /// The rows of the listed table `name` without decoding it; nil when there is none.
    package func rowCount(ofTable name: String) -> Int? {
        listing.withLock { listed in listed.tableNames.firstIndex(of: name).map { listed.rowCounts[$0] } }
    }

    /// The loaded table at `index` (of `tableNames`), decoded on first use.
    package func table(at index: Int) -> Table {
        loaded.withLock { tables in
            if let table = tables[index] { return table }
            let table = decode!(index)
            tables[index] = table
            return table
        }
    }

    /// Field `position` of every row of the table `name`, in row order: read alone from the
    /// compiled file while the table is not decoded (a count or an index needs one field, not
    /// the text of every row), else from the table; kept once read. nil when there is no
    /// such table.
    package func column(_ position: Int, ofTable name: String) -> [Value]? {
        guard let index = tableByName[name] else { return table(named: name)?.rows.map { $0[position] } }
        if let known = columns.withLock({ $0[index].count > position ? $0[index][position] : nil }) { return known }
        let isDecoded = loaded.withLock { $0[index] != nil }
        let values =
            (isDecoded ? nil : decodeColumn?(index, position, .all)) ?? table(at: index).rows.map { $0[position] }
        columns.withLock { cache in
            while cache[index].count <= position { cache[index].append(nil) }
            cache[index][position] = values
        }
        return values
    }

    /// The text length (UTF-8 bytes) of field `position` in each of the first `count` rows of
    /// the table `name`, 0 where it holds no text: what a sample's average length needs,
    /// with no string made of a large table's text. nil when there is no such table.
    package func leadingTextLengths(_ position: Int, ofTable name: String, count: Int) -> [Int]? {
        func lengths(_ values: some Sequence<Value>) -> [Int] {
            values.map { if case .text(let text) = $0 { text.utf8.count } else { 0 } }
        }
        guard let index = tableByName[name] else {
            return table(named: name).map { lengths($0.rows.prefix(count).map { $0[position] }) }
        }
        if let known = columns.withLock({ $0[index].count > position ? $0[index][position] : nil }) {
            return lengths(known.prefix(count))
        }
        if loaded.withLock({ $0[index] == nil }),
            let values = decodeColumn?(index, position, .leadingTextLengths(count))
        {
            return values.map { if case .integer(let length) = $0 { length } else { 0 } }
        }
        return lengths(table(at: index).rows.prefix(count).map { $0[position] })
    }

    /// Field `position` of the table `name` for reading `rows`: every row's value (`column`),
    /// or, for a few rows of a large table not yet decoded, those rows' values read alone and
    /// every other row null (the text of the rows a statement shows, not of every row's), not
    /// kept. nil when there is no such table.
    package func column(_ position: Int, ofTable name: String, rows: [Int]) -> [Value]? {
        if let index = tableByName[name], case let rowCount = listing.withLock({ $0.rowCounts[index] }),
            rows.count * 2 < rowCount, columns.withLock({ $0[index].count <= position || $0[index][position] == nil }),
            loaded.withLock({ $0[index] == nil }), let values = decodeColumn?(index, position, .only(rows))
        {
            var column = [Value](repeating: .null, count: rowCount)
            for (row, value) in zip(rows, values) { column[row] = value }
            return column
        }
        return column(position, ofTable: name)
    }

    /// How many tables have been decoded so far (for tests: laziness is otherwise invisible).
    package var decodedTableCount: Int {
        loaded.withLock { $0.count { $0 != nil } }
    }

    /// `source`'s table, built outside the store's locks (building reads the other tables
    /// through them) and listed under `listing` before any reader sees it.
    private func built(_ source: ComputedTable) -> Table {
        source.table { table in
            listing.withLock { listed in
                listed.schema = listed.schema.adding(source.schema, vocabularies: source.vocabularies)
                listed.tableNames.append(table.name)
                listed.rowCounts.append(table.count)
            }
        }
    }

    /// How a value reads to a person: a vocabulary value by its spelling, a related
    /// record by its label, several values joined by "; ".
    package func display(_ value: Value, of field: Field) -> String {
        switch value {
        case .null: return ""
        case .text(let text): return text
        case .integer(let number): return String(number)
        case .number(let number): return NumberFormatting.shortest(number)
        case .term(let index): return field.type.vocabulary.map { $0.terms[index].value } ?? String(index)
        case .ref(let row): return label(ofRow: row, in: field.type.relatedSource)
        case .list(let values): return values.map { display($0, of: field) }.joined(separator: "; ")
        }
    }

    /// The label of a related record (its source's label field), or its row number.
    package func label(ofRow row: Int, in sourceName: String?) -> String {
        guard let sourceName, let table = table(named: sourceName),
            let labelValue = table.value(row: row, field: table.schema.label),
            let labelField = table.schema.field(named: table.schema.label)
        else { return "#\(row + 1)" }
        return display(labelValue, of: labelField)
    }

    /// A value as a result cell, typed for JSON: numbers as numbers, a related record as
    /// its typed label (finding 16 is the integer 16), a set or to-many relation as a list
    /// (empty when it holds nothing: never null).
    package func cell(_ value: Value, of field: Field) -> Cell {
        switch value {
        case .null: return field.type.isMultiValued ? .list([]) : .null
        case .integer(let number): return .integer(number)
        case .number(let number): return .number(number)
        case .ref(let row): return labelCell(ofRow: row, in: field.type.relatedSource)
        case .list(let values): return .list(values.map { cell($0, of: field) })
        default: return .text(display(value, of: field))
        }
    }

    /// The label of a related record as a typed cell (see `label(ofRow:in:)`).
    package func labelCell(ofRow row: Int, in sourceName: String?) -> Cell {
        guard let sourceName, let table = table(named: sourceName),
            let labelValue = table.value(row: row, field: table.schema.label),
            let labelField = table.schema.field(named: table.schema.label), !labelValue.isNull
        else { return .text(label(ofRow: row, in: sourceName)) }
        return cell(labelValue, of: labelField)
    }
}
