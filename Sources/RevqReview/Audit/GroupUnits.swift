import RevqCore
import RevqEngine
import RevqLanguage

/// The sets of rows an answer shows as figures, for `ContradictionNotes`: the whole answer,
/// or each group of a count by its fields' values, each field on its own (a crosstab's
/// margins), and a crosstab's cells.
struct GroupUnits {
    let table: Table
    let store: Store

    /// nil when a group goes through a relation (its rows are not this table's by value).
    func units(rows: [Int], groups: [BoundPath]) -> [ContradictionNotes.Unit]? {
        if groups.isEmpty { return [ContradictionNotes.Unit(label: nil, rows: RowSet(capacity: table.count, rows: rows), comparesParts: true)] }
        guard groups.allSatisfy({ $0.hops.isEmpty }) else { return nil }
        var units = groups.flatMap { group in
            byValue(rows, of: [group]).map { ContradictionNotes.Unit(label: $0.label, rows: $0.rows, comparesParts: true) }
        }
        if groups.count > 1 {
            units += byValue(rows, of: groups).map { ContradictionNotes.Unit(label: $0.label, rows: $0.rows, comparesParts: false) }
        }
        return units
    }

    /// The rows of each combination of the paths' values, in the order they first occur; a
    /// row with several values (a set) is in the group of each.
    private func byValue(_ rows: [Int], of paths: [BoundPath]) -> [(label: String, rows: RowSet)] {
        var order: [[Value]] = []
        var members: [[Value]: RowSet] = [:]
        for row in rows {
            var combinations: [[Value]] = [[]]
            for path in paths {
                let elements = table.rows[row][path.position].elements
                combinations = combinations.flatMap { prefix in elements.map { prefix + [$0] } }
            }
            for combination in combinations {
                if members[combination] == nil { order.append(combination) }
                members[combination, default: RowSet(capacity: table.count)].insert(row)
            }
        }
        return order.map { combination in
            let label = zip(paths, combination).map { path, value in
                let shown = store.display(value, of: path.field)
                return "\(path.text) = \(Literal.spelling(of: shown))"
            }.joined(separator: " and ")
            return (label, members[combination]!)
        }
    }
}
