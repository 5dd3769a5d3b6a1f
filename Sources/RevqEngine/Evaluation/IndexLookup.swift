import RevqCore

/// Answers one predicate from the indexes: the final field's index, then each relation
/// followed backwards to the queried source.
struct IndexLookup {
    let catalog: Catalog

    /// The matching rows of the queried source, and a line saying which indexes served them.
    func rows(for predicate: Predicate, in table: String) -> (RowSet, String) {
        guard let path = predicate.path else {
            let index = catalog.index(of: table)!
            return (words(predicate.test, in: index.allWords, capacity: index.rowCount), "word index of every text field")
        }
        let index = catalog.index(of: path.table)!
        var (rows, access) = lookup(predicate.test, position: path.position, in: index, field: path.field.name, tableName: path.table)
        for hop in path.hops.reversed() {
            rows = back(rows, through: hop)
            access += ", back through \(hop.source).\(catalog.store.schema.source(named: hop.source)!.fields[hop.position].name)"
        }
        return (rows, access)
    }

    private func lookup(_ test: Test, position: Int, in index: TableIndex, field: String, tableName: String) -> (RowSet, String) {
        let capacity = index.rowCount
        switch test {
        case .terms(let terms):
            var rows = RowSet(capacity: capacity)
            let lists = index.termRows[position] ?? []
            for term in terms where term < lists.count { rows.formUnion(RowSet(capacity: capacity, rows: lists[term])) }
            return (rows, "value index of \(field) (\(terms.count) value\(terms.count == 1 ? "" : "s"))")
        case .number(let kind, let number):
            return (index.numbers[position]!.rows(kind, number, capacity: capacity), "ordered index of \(field)")
        case .textEqual(let folded):
            return (RowSet(capacity: capacity, rows: index.foldedText[position]?[folded] ?? []), "text index of \(field)")
        case .textOrder:
            let table = catalog.table(tableName)
            let matcher = ScanMatcher(store: catalog.store)
            let rows = (0..<capacity).filter { matcher.passes(table.rows[$0][position], test) }
            return (RowSet(capacity: capacity, rows: rows), "scan \(capacity) values of \(field) in Norwegian order (text has no ordered index)")
        case .related(let targets):
            var rows = RowSet(capacity: capacity)
            let lists = index.relatedRows[position] ?? []
            for target in targets where target < lists.count { rows.formUnion(RowSet(capacity: capacity, rows: lists[target])) }
            return (rows, "relation index of \(field)")
        case .words:
            let words = index.words[position] ?? WordIndex()
            return (self.words(test, in: words, capacity: capacity), "word index of \(field)")
        }
    }

    /// Rows having every search word, from one field's word index or from all text fields.
    private func words(_ test: Test, in index: WordIndex, capacity: Int) -> RowSet {
        guard case .words(let words) = test else { return RowSet(capacity: capacity) }
        var result = RowSet.all(capacity)
        for word in words {
            result = result.intersection(index.rows(for: word.word, isPrefix: word.isPrefix, capacity: capacity))
        }
        return result
    }

    /// The rows of the hop's source that relate to any of `rows` of its target.
    private func back(_ rows: RowSet, through hop: Hop) -> RowSet {
        let index = catalog.index(of: hop.source)!
        let lists = index.relatedRows[hop.position] ?? []
        var result = RowSet(capacity: index.rowCount)
        for target in rows.rows where target < lists.count {
            for row in lists[target] { result.insert(row) }
        }
        return result
    }
}
