import RevqCore

/// `sources` and `describe`: what the store holds, read from the schema and the data.
struct Introspection {
    let store: Store
    /// What the review says the described source's fields mean (`ReviewKnowledge.meanings`).
    var meanings: TermMeanings? = nil

    /// Each source with its row count and description, then the session's named queries.
    func sources(named: [NamedQuery]) -> ResultSet {
        // Names and counts only: listing the sources decodes none of them, and builds no
        // computed source that can tell its rows without (the audit can).
        var rows: [[Cell]] = zip(store.tableNames, store.rowCounts).map { name, count in
            [.text(name), .integer(count), .text(store.schema.source(named: name)?.description ?? "")]
        }
        for name in store.computedTableNames where !store.tableNames.contains(name) {
            guard let computed = store.computedTable(named: name) else { continue }
            let count = computed.rowCount?() ?? store.table(named: name)!.count
            rows.append([.text(name), .integer(count), .text(computed.schema.description)])
        }
        rows += named.map { [.text($0.name), .integer($0.rows.count), .text("named query: \($0.text)")] }
        return ResultSet(
            columns: [.init(name: "source"), .init(name: "rows"), .init(name: "description", isLongText: true)],
            rows: rows)
    }

    /// The fields of a source: type, whether required, values with their row counts, description.
    /// The findings' GRADE-CERQual fields also say what the report means by them (Tabell 1, 2).
    func describe(_ table: Table) -> ResultSet {
        let rows: [[Cell]] = table.schema.fields.enumerated().map { position, field in
            let meaning = meanings?.describing[field.name].map { " — " + $0 } ?? ""
            return [
                .text(field.name), .text(field.type.spelling), .text(field.isRequired ? "yes" : "no"),
                valueCounts(table, position, field), .text(field.description + meaning),
            ]
        }
        let columns: [ResultSet.Column] = [
            .init(name: "field"), .init(name: "type"), .init(name: "required"),
            .init(name: "values"), .init(name: "description", isLongText: true),
        ]
        return ResultSet(columns: columns, rows: rows)
    }

    /// "svært lav 3; lav 10; ..." for a vocabulary field: every value with its number of rows.
    private func valueCounts(_ table: Table, _ position: Int, _ field: Field) -> Cell {
        guard let vocabulary = field.type.vocabulary else { return .null }
        var counts = [Int](repeating: 0, count: vocabulary.terms.count)
        for row in table.rows {
            for case .term(let term) in Set(row[position].elements) where term < counts.count { counts[term] += 1 }
        }
        return .list(vocabulary.terms.enumerated().map { .text("\($1.value) \(counts[$0])") })
    }
}
