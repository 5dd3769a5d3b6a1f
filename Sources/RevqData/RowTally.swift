import RevqCore

/// Fills the `tally:` fields: per row, how many of the named fields hold the value.
enum RowTally {
    static func fill(in tables: inout [Table]) {
        for index in tables.indices {
            let schema = tables[index].schema
            for (position, field) in schema.fields.enumerated() {
                guard case .tally(let value, let names) = field.type else { continue }
                let counted = names.compactMap { schema.position(of: $0) }
                guard counted.count == names.count,
                    let term = schema.fields[counted[0]].type.vocabulary?.index(matching: value)
                else { continue }
                for row in 0..<tables[index].count {
                    let hits = counted.filter { tables[index].rows[row][$0] == .term(term) }.count
                    tables[index].set(.integer(hits), row: row, position: position)
                }
            }
        }
    }
}
