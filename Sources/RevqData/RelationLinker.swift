import RevqCore

/// Fills the computed fields: `reverse:` relations and `count:` of a relation.
enum RelationLinker {
    static func fillComputedFields(in tables: inout [Table], schema: Schema) {
        let tableIndex = Dictionary(tables.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { first, _ in first })
        for index in tables.indices {
            for (position, field) in tables[index].schema.fields.enumerated() {
                guard case .reverse(let target, let targetField) = field.type,
                    let targetIndex = tableIndex[target],
                    let targetPosition = tables[targetIndex].schema.position(of: targetField)
                else { continue }
                var related = [[Value]](repeating: [], count: tables[index].count)
                for (targetRow, values) in tables[targetIndex].rows.enumerated() {
                    for case .ref(let row) in values[targetPosition].elements where row < related.count {
                        related[row].append(.ref(targetRow))
                    }
                }
                for row in related.indices { tables[index].set(.list(related[row]), row: row, position: position) }
            }
        }
        // Counts last: they may count a reverse relation filled above.
        for index in tables.indices {
            for (position, field) in tables[index].schema.fields.enumerated() {
                guard case .count(let relation) = field.type,
                    let relationPosition = tables[index].schema.position(of: relation)
                else { continue }
                for row in 0..<tables[index].count {
                    let count = tables[index].rows[row][relationPosition].elements.count
                    tables[index].set(.integer(count), row: row, position: position)
                }
            }
        }
    }
}
