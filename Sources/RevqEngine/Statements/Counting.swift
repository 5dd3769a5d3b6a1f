import RevqCore

/// One value of a `count ... by` group: how it reads and where it sorts.
struct GroupValue: Hashable {
    let label: String
    let rank: SortValue

    static let none = GroupValue(label: "(none)", rank: .null)
}

/// `count ... by`: one count, a count per value, a crosstab of two fields, or a count
/// per combination of more; always with a totals row counting each record once.
/// A count by a vocabulary field intersects the value index with the selected rows.
struct Counter {
    let catalog: Catalog
    /// Off: group rows by reading each row, never from the value indexes.
    var usesIndexes = true
    var store: Store { catalog.store }

    func count(_ rows: [Int], of table: String, by groups: [BoundPath]) -> ResultSet {
        switch groups.count {
        case 0: return ResultSet(columns: [.init(name: "count")], rows: [[.integer(rows.count)]])
        case 1: return single(partition(rows, of: table, by: groups[0]), groups[0], total: rows.count)
        case 2: return crosstab(partition(rows, of: table, by: groups[0]), partition(rows, of: table, by: groups[1]),
                                groups[0], groups[1], total: rows.count)
        default: return combinations(rows, groups)
        }
    }

    /// The rows of each value of `path`: from the value index when the field is a vocabulary
    /// field of the counted source, else by reading every row.
    func partition(_ rows: [Int], of table: String, by path: BoundPath) -> [GroupValue: RowSet] {
        let index = catalog.index(of: table)!
        let selected = RowSet(capacity: index.rowCount, rows: rows)
        if usesIndexes, path.hops.isEmpty, let vocabulary = path.field.type.vocabulary, let termRows = index.termRows[path.position] {
            var parts: [GroupValue: RowSet] = [:]
            var valued = RowSet(capacity: index.rowCount)
            for (term, list) in termRows.enumerated() {
                let part = selected.intersection(RowSet(capacity: index.rowCount, rows: list))
                parts[GroupValue(label: vocabulary.terms[term].value, rank: .number(Double(term)))] = part
                valued.formUnion(part)
            }
            let none = selected.intersection(valued.complement())
            if !none.isEmpty { parts[.none] = none }
            return parts
        }
        var parts: [GroupValue: RowSet] = [:]
        let reader = FieldReader(path, catalog: catalog)
        for row in rows {
            for value in values(reader, row: row) { parts[value, default: RowSet(capacity: index.rowCount)].insert(row) }
        }
        return parts
    }

    private func single(_ parts: [GroupValue: RowSet], _ path: BoundPath, total: Int) -> ResultSet {
        var result = domain(path, seen: Array(parts.keys)).map { [Cell.text($0.label), .integer(parts[$0]?.count ?? 0)] }
        result.append([.text("total"), .integer(total)])
        return ResultSet(columns: [.init(name: path.text), .init(name: "count")], rows: result, hasTotalsRow: true)
    }

    /// The group values of a row: several for a field with several values, `(none)` for none.
    func values(_ reader: FieldReader, row: Int) -> [GroupValue] {
        let path = reader.path
        let elements = reader.values(row: row).flatMap(\.elements)
        guard !elements.isEmpty else { return [.none] }
        var seen: [GroupValue] = []
        for element in elements {
            let value = GroupValue(label: store.display(element, of: path.field), rank: rank(element, of: path.field))
            if !seen.contains(value) { seen.append(value) }
        }
        return seen
    }

    private func rank(_ value: Value, of field: Field) -> SortValue {
        switch value {
        case .term(let term): return .number(Double(term))
        case .ref(let row): return .number(Double(row))
        case .integer(let number): return .number(Double(number))
        case .number(let number): return .number(number)
        default: return .text(CollationKey(store.display(value, of: field)))
        }
    }

    /// Every value a field may take (a vocabulary's whole scale) and any other value seen, in order.
    func domain(_ path: BoundPath, seen: [GroupValue]) -> [GroupValue] {
        var domain: [GroupValue] = path.field.type.vocabulary.map { vocabulary in
            vocabulary.terms.enumerated().map { GroupValue(label: $1.value, rank: .number(Double($0))) }
        } ?? []
        for value in seen where !domain.contains(value) { domain.append(value) }
        return domain.sorted { $0.rank < $1.rank }
    }

    private func combinations(_ rows: [Int], _ groups: [BoundPath]) -> ResultSet {
        var counts: [[GroupValue]: Int] = [:]
        let readers = groups.map { FieldReader($0, catalog: catalog) }
        for row in rows {
            var keys: [[GroupValue]] = [[]]
            for reader in readers {
                let values = values(reader, row: row)
                keys = keys.flatMap { key in values.map { key + [$0] } }
            }
            for key in keys { counts[key, default: 0] += 1 }
        }
        let ordered = counts.keys.sorted { $0.map(\.rank).lexicographicallyPrecedes($1.map(\.rank)) }
        var result = ordered.map { key in key.map { Cell.text($0.label) } + [.integer(counts[key] ?? 0)] }
        result.append([.text("total")] + Array(repeating: .null, count: groups.count - 1) + [.integer(rows.count)])
        let columns = groups.map { ResultSet.Column(name: $0.text) } + [.init(name: "count")]
        return ResultSet(columns: columns, rows: result, hasTotalsRow: true)
    }

    /// One row per value of the first field, one column per value of the second, with totals.
    private func crosstab(_ down: [GroupValue: RowSet], _ across: [GroupValue: RowSet],
                          _ first: BoundPath, _ second: BoundPath, total: Int) -> ResultSet {
        let rowValues = domain(first, seen: Array(down.keys))
        let columnValues = domain(second, seen: Array(across.keys))
        var result: [[Cell]] = rowValues.map { value in
            let rows = down[value]
            let cells = columnValues.map { column -> Cell in
                guard let rows, let columnRows = across[column] else { return .integer(0) }
                return .integer(rows.intersection(columnRows).count)
            }
            return [.text(value.label)] + cells + [.integer(rows?.count ?? 0)]
        }
        result.append([.text("total")] + columnValues.map { .integer(across[$0]?.count ?? 0) } + [.integer(total)])
        let columns = [ResultSet.Column(name: first.text)] + columnValues.map { ResultSet.Column(name: $0.label) } + [.init(name: "total")]
        return ResultSet(columns: columns, rows: result, hasTotalsRow: true)
    }
}
