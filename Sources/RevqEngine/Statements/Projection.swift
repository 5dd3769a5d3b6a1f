import RevqCore

/// Reads one path's values of rows, following relations: for result columns, sort keys
/// and groups. The tables on the path are looked up once, not once per row; a class, so
/// the per-cell calls never copy it.
final class FieldReader {
    let path: BoundPath
    let store: Store
    /// The field each hop follows, and the final field, each read once as a column (not
    /// the tables' rows: a table not yet decoded then makes strings only of these fields).
    private let hopColumns: [[Value]]
    private let finalColumn: [Value]
    /// A vocabulary's values as cells, made once: most cells of a result are terms.
    private let termCells: [Cell]
    /// For `score`, which reads no field: each row's BM25 score.
    private let scorer: BM25Scorer?

    /// `rows`, when given, are the only rows of the queried source this reader is asked about.
    init(_ path: BoundPath, catalog: Catalog, rows: [Int]? = nil) {
        self.path = path
        store = catalog.store
        scorer = path.score.map { BM25Scorer($0, table: path.table, catalog: catalog) }
        // `score` reads no field (its position stands for none). Through a relation the last
        // source's rows are not the queried ones: its whole field is read.
        hopColumns = scorer == nil ? path.hops.map { catalog.column($0.position, of: $0.source) } : []
        finalColumn =
            scorer != nil
            ? []
            : rows.flatMap { path.hops.isEmpty ? catalog.column(path.position, of: path.table, rows: $0) : nil }
                ?? catalog.column(path.position, of: path.table)
        termCells = path.field.type.vocabulary?.terms.map { Cell.text($0.value) } ?? []
        isMultiValued =
            path.field.type.isMultiValued
            || path.hops.contains { catalog.index(of: $0.source)!.schema.fields[$0.position].type.isMultiValued }
    }

    /// True when the path may give several values for one row (a set, or a to-many hop).
    let isMultiValued: Bool

    /// The values of the path for `row` of the queried source: one value without relations,
    /// the final field of every related record with them.
    func values(row: Int) -> [Value] {
        if let scorer { return [.number(scorer.score(row: row))] }
        guard !path.hops.isEmpty else { return [finalColumn[row]] }
        return relatedRecords(row: row).map { finalColumn[$0] }
    }

    /// The records of the path's last source that `row` reaches, each once, in the order
    /// of the relations.
    func relatedRecords(row: Int) -> [Int] {
        var rows = [row]
        for column in hopColumns {
            var next = UniqueList<Int>()
            for current in rows {
                for case .ref(let target) in column[current].elements { next.append(target) }
            }
            rows = next.elements
        }
        return rows
    }

    func cell(row: Int) -> Cell {
        // Shown to two decimals; `sort by score` uses the whole score.
        if let scorer { return .number((scorer.score(row: row) * 100).rounded() / 100) }
        if path.hops.isEmpty {
            let value = finalColumn[row]
            switch value {
            case .term(let term) where term < termCells.count: return termCells[term]
            case .text(let text): return .text(text)
            case .integer(let number): return .integer(number)
            default: return store.cell(value, of: path.field)
            }
        }
        // Through a relation, one value per related record in the relation's order, so
        // `show study, study.country` reads each study beside its own country; a record
        // without a value keeps its place as null. A to-many path is a list even with one
        // record or none, so a column keeps one type.
        let cells = relatedRecords(row: row).map { record -> Cell in
            let elements = finalColumn[record].elements
            switch elements.count {
            case 0: return .null
            case 1: return store.cell(elements[0], of: path.field)
            default: return .list(elements.map { store.cell($0, of: path.field) })
            }
        }
        guard isMultiValued else { return cells.first ?? .null }
        return .list(cells)
    }

    /// The row's key for sorting on the path: the first value, nulls last.
    func sortKey(row: Int) -> SortValue {
        if let scorer { return .number(scorer.score(row: row)) }
        guard let value = values(row: row).flatMap(\.elements).first else { return .null }
        switch value {
        case .null: return .null
        case .integer(let number): return .number(Double(number))
        case .number(let number): return .number(number)
        case .term(let term): return .number(Double(term))
        case .text, .ref, .list: return .text(CollationKey(store.display(value, of: path.field)))
        }
    }
}

/// A comparable sort value; nulls sort last in either direction.
enum SortValue: Comparable, Hashable {
    case number(Double)
    case text(CollationKey)
    case null

    /// The one order of `sort by` (a query's rows, a count's groups, a view's rows): by
    /// each key in turn, descending where its flag says so, nulls last either way, ties in
    /// the items' own order.
    static func sorted<Item>(_ items: [Item], keys: [[SortValue]], descending: [Bool]) -> [Item] {
        items.indices.sorted { lhs, rhs in
            for index in descending.indices where keys[lhs][index] != keys[rhs][index] {
                let (a, b) = (keys[lhs][index], keys[rhs][index])
                if a == .null || b == .null { return b == .null }
                return descending[index] ? b < a : a < b
            }
            return lhs < rhs
        }.map { items[$0] }
    }
}

/// Turns a query's rows into a result set: its columns, sorted, limited.
struct Projection {
    let catalog: Catalog
    let layouts: ColumnLayouts
    var store: Store { catalog.store }

    func sorted(_ rows: [Int], by keys: [BoundSortKey]) -> [Int] {
        guard !keys.isEmpty else { return rows }
        let readers = keys.map { FieldReader($0.path, catalog: catalog, rows: rows) }
        return SortValue.sorted(
            rows, keys: rows.map { row in readers.map { $0.sortKey(row: row) } }, descending: keys.map(\.descending))
    }

    /// How many of `sorted` to keep for `limit n with ties`: n, and the rows after it whose
    /// sort keys are those of the n-th.
    func endOfTies(_ sorted: [Int], at limit: Int, by keys: [BoundSortKey]) -> Int {
        let readers = keys.map { FieldReader($0.path, catalog: catalog) }
        let last = readers.map { $0.sortKey(row: sorted[limit - 1]) }
        var end = limit
        while end < sorted.count, readers.map({ $0.sortKey(row: sorted[end]) }) == last { end += 1 }
        return end
    }

    func resultSet(_ rows: [Int], of tableName: String, columns: [BoundPath]) -> ResultSet {
        // The table only for its default columns: the readers take the rows they read.
        let paths = columns.isEmpty ? defaultPaths(of: tableName) : columns
        let header = paths.map {
            ResultSet.Column(name: $0.text, isLongText: layouts.isLongText($0.position, of: $0.table))
        }
        // Readers only for rows to read: an empty answer (a common one) needs none.
        guard !rows.isEmpty else { return ResultSet(columns: header, rows: []) }
        let readers = paths.map { FieldReader($0, catalog: catalog, rows: rows) }
        return ResultSet(columns: header, rows: rows.map { row in readers.map { $0.cell(row: row) } })
    }

    func defaultPaths(of tableName: String) -> [BoundPath] {
        let schema = catalog.index(of: tableName)!.schema
        return layouts.defaultColumns(of: tableName).map { position in
            let field = schema.fields[position]
            return BoundPath(hops: [], table: tableName, field: field, position: position, text: field.name)
        }
    }
}
