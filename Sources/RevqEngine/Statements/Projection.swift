import RevqCore

/// Reads fields of rows, following relations: for result columns and sort keys.
struct FieldReader {
    let catalog: Catalog
    var store: Store { catalog.store }

    /// The values of `path` for `row` of the queried source: one value without relations,
    /// the final field of every related record with them.
    func values(_ path: BoundPath, row: Int) -> [Value] {
        var rows = [row]
        var table = path.hops.first?.source ?? path.table
        for hop in path.hops {
            var next: [Int] = []
            for current in rows {
                for case .ref(let target) in catalog.table(table).rows[current][hop.position].elements where !next.contains(target) {
                    next.append(target)
                }
            }
            (rows, table) = (next, hop.target)
        }
        let final = catalog.table(path.table)
        return rows.map { final.rows[$0][path.position] }
    }

    func cell(_ path: BoundPath, row: Int) -> Cell {
        let values = values(path, row: row)
        if path.hops.isEmpty { return store.cell(values.first ?? .null, of: path.field) }
        // Through relations, each distinct value once: two Norwegian studies read "Norge".
        var elements: [Value] = []
        for element in values.flatMap(\.elements) where !elements.contains(element) { elements.append(element) }
        if elements.isEmpty { return .null }
        if elements.count == 1 { return store.cell(elements[0], of: path.field) }
        return .list(elements.map { store.display($0, of: path.field) })
    }

    /// The row's key for sorting on `path`: the first value, nulls last.
    func sortKey(_ path: BoundPath, row: Int) -> SortValue {
        guard let value = values(path, row: row).flatMap(\.elements).first else { return .null }
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
}

/// Turns a query's rows into a result set: its columns, sorted, limited.
struct Projection {
    let catalog: Catalog
    var store: Store { catalog.store }

    func sorted(_ rows: [Int], by keys: [BoundSortKey]) -> [Int] {
        guard !keys.isEmpty else { return rows }
        let reader = FieldReader(catalog: catalog)
        let decorated = rows.enumerated().map { order, row in (row, order, keys.map { reader.sortKey($0.path, row: row) }) }
        return decorated.sorted { lhs, rhs in
            for (index, key) in keys.enumerated() where lhs.2[index] != rhs.2[index] {
                let (a, b) = (lhs.2[index], rhs.2[index])
                if a == .null || b == .null { return b == .null }
                return key.descending ? b < a : a < b
            }
            return lhs.1 < rhs.1
        }.map(\.0)
    }

    func resultSet(_ rows: [Int], of tableName: String, columns: [BoundPath]) -> ResultSet {
        let table = catalog.table(tableName)
        let paths = columns.isEmpty ? defaultPaths(table) : columns
        let reader = FieldReader(catalog: catalog)
        let header = paths.map { ResultSet.Column(name: $0.text, isLongText: catalog.isLongText($0.position, of: $0.table)) }
        return ResultSet(columns: header, rows: rows.map { row in paths.map { reader.cell($0, row: row) } })
    }

    func defaultPaths(_ table: Table) -> [BoundPath] {
        catalog.defaultColumns(of: table.name).map { position in
            let field = table.schema.fields[position]
            return BoundPath(hops: [], table: table.name, field: field, position: position, text: field.name)
        }
    }
}
