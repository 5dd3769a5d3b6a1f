import RevqCore

/// One value of a `count ... by` group: how it reads and where it sorts.
struct GroupValue: Hashable {
    let label: String
    let rank: SortValue

    static let none = GroupValue(label: "(none)", rank: .null)
}


/// `count ... by`: one count, a count per value, a crosstab of two fields, or a count
/// per combination of more; always with a totals row counting each record once.
struct Counter {
    let catalog: Catalog
    var store: Store { catalog.store }

    func count(_ rows: [Int], by groups: [BoundPath]) -> ResultSet {
        switch groups.count {
        case 0: return ResultSet(columns: [.init(name: "count")], rows: [[.integer(rows.count)]])
        case 2: return crosstab(rows, groups[0], groups[1])
        default: return combinations(rows, groups)
        }
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
        var ordered: [[GroupValue]]
        if groups.count == 1 {
            ordered = domain(groups[0], seen: counts.keys.map { $0[0] }).map { [$0] }
        } else {
            ordered = counts.keys.sorted { $0.map(\.rank).lexicographicallyPrecedes($1.map(\.rank)) }
        }
        var result = ordered.map { key in key.map { Cell.text($0.label) } + [.integer(counts[key] ?? 0)] }
        result.append([.text("total")] + Array(repeating: .null, count: groups.count - 1) + [.integer(rows.count)])
        let columns = groups.map { ResultSet.Column(name: $0.text) } + [.init(name: "count")]
        return ResultSet(columns: columns, rows: result, hasTotalsRow: true)
    }

    /// One row per value of the first field, one column per value of the second, with totals.
    private func crosstab(_ rows: [Int], _ first: BoundPath, _ second: BoundPath) -> ResultSet {
        var cells: [GroupValue: [GroupValue: Int]] = [:]
        var rowTotals: [GroupValue: Int] = [:], columnTotals: [GroupValue: Int] = [:]
        let (firstReader, secondReader) = (FieldReader(first, catalog: catalog), FieldReader(second, catalog: catalog))
        for row in rows {
            let (across, down) = (values(secondReader, row: row), values(firstReader, row: row))
            for value in down {
                rowTotals[value, default: 0] += 1
                for column in across { cells[value, default: [:]][column, default: 0] += 1 }
            }
            for column in across { columnTotals[column, default: 0] += 1 }
        }
        let rowValues = domain(first, seen: Array(rowTotals.keys))
        let columnValues = domain(second, seen: Array(columnTotals.keys))
        var result: [[Cell]] = rowValues.map { value in
            [.text(value.label)] + columnValues.map { .integer(cells[value]?[$0] ?? 0) } + [.integer(rowTotals[value] ?? 0)]
        }
        result.append([.text("total")] + columnValues.map { .integer(columnTotals[$0] ?? 0) } + [.integer(rows.count)])
        let columns = [ResultSet.Column(name: first.text)] + columnValues.map { ResultSet.Column(name: $0.label) } + [.init(name: "total")]
        return ResultSet(columns: columns, rows: result, hasTotalsRow: true)
    }
}
