import RevqCore
import RevqEngine
import RevqLanguage

/// The sets of rows an answer shows as figures, for `ContradictionNotes`: the whole answer,
/// or each group of a count by its fields' values, each field on its own (a crosstab's
/// margins), and a crosstab's cells.
struct GroupUnits {
    /// The answer's source and how many rows it has.
    let source: String
    let rowCount: Int
    let store: Store

    /// The values of a group's field, one per row, read alone (`Store.column`): a count's
    /// notes need the fields it groups by, not the text of every record.
    private func column(_ path: BoundPath) -> [Value] {
        store.column(path.position, ofTable: source)!
    }

    /// nil when a group goes through a relation (its rows are not this table's by value).
    func units(rows: [Int], groups: [BoundPath]) -> [ContradictionNotes.Unit]? {
        if groups.isEmpty {
            return [
                ContradictionNotes.Unit(
                    label: nil, rows: RowSet(capacity: rowCount, rowsBelowCapacity: rows), comparesParts: true)
            ]
        }
        guard groups.allSatisfy({ $0.hops.isEmpty }) else { return nil }
        var units = groups.flatMap { group in
            byValue(rows, of: [group]).map {
                ContradictionNotes.Unit(label: $0.label, rows: $0.rows, comparesParts: true)
            }
        }
        if groups.count > 1 {
            units += byValue(rows, of: groups).map {
                ContradictionNotes.Unit(label: $0.label, rows: $0.rows, comparesParts: false)
            }
        }
        return units
    }

    /// The rows of each combination of the paths' values, in the order they first occur; a
    /// row with several values (a set) is in the group of each.
    private func byValue(_ rows: [Int], of paths: [BoundPath]) -> [(label: String, rows: RowSet)] {
        if let groups = byTerm(rows, of: paths) { return groups }
        var order: [[Value]] = []
        var members: [[Value]: RowSet] = [:]
        let columns = paths.map(column)
        for row in rows {
            var combinations: [[Value]] = [[]]
            for values in columns {
                let elements = values[row].elements
                combinations = combinations.flatMap { prefix in elements.map { prefix + [$0] } }
            }
            for combination in combinations {
                if members[combination] == nil { order.append(combination) }
                members[combination, default: RowSet(capacity: rowCount)].insert(row)
            }
        }
        return order.map { ($0, members[$0]!) }.map(labelled(paths))
    }

    /// `byValue` for fields of one vocabulary value each: a combination of terms is one
    /// number, its rows kept in an array indexed by it, with no allocation per row. Nil
    /// when a path is no vocabulary field, the grid is large, or a row holds a list.
    private func byTerm(_ rows: [Int], of paths: [BoundPath]) -> [(label: String, rows: RowSet)]? {
        let sizes = paths.compactMap { $0.field.type.vocabulary?.terms.count }
        let gridSize = sizes.reduce(1, *)
        guard sizes.count == paths.count, gridSize <= 1 << 12 else { return nil }
        let columns = paths.map(column)
        var members = [RowSet?](repeating: nil, count: gridSize)
        var order: [Int] = []
        rowLoop: for row in rows {
            var combination = 0
            for (values, size) in zip(columns, sizes) {
                switch values[row] {
                case .term(let term) where term < size: combination = combination * size + term
                case .null: continue rowLoop // no value: in no group, as `elements` is empty
                default: return nil
                }
            }
            if members[combination] == nil {
                members[combination] = RowSet(capacity: rowCount)
                order.append(combination)
            }
            members[combination]!.insert(row)
        }
        return order.map { combination in
            var terms: [Value] = []
            var rest = combination
            for size in sizes.reversed() {
                terms.append(.term(rest % size))
                rest /= size
            }
            return (Array(terms.reversed()), members[combination]!)
        }.map(labelled(paths))
    }

    /// A group's label, `theme = Kommunikasjon and confidence = moderat`, with its rows.
    private func labelled(_ paths: [BoundPath]) -> (([Value], RowSet)) -> (label: String, rows: RowSet) {
        { group in
            let (combination, rows) = group
            let label = zip(paths, combination).map { path, value in
                let shown = store.display(value, of: path.field)
                return "\(path.text) = \(Literal.spelling(of: shown))"
            }.joined(separator: " and ")
            return (label, rows)
        }
    }
}
