import RevqCore

/// Answers one predicate from the indexes: the final field's index, then each relation
/// followed backwards to the queried source.
struct IndexLookup {
    let catalog: Catalog
    /// False when no plan is shown: the lines saying which indexes served are not spelt.
    var describes = true

    /// `access` when it is shown, else nothing: built only for `explain`.
    private func said(_ access: @autoclosure () -> String) -> String {
        describes ? access() : ""
    }

    /// The matching rows of the queried source, and a line saying which indexes served them.
    func rows(for predicate: Predicate, in table: String) -> (RowSet, String) {
        guard let path = predicate.path else {
            let index = catalog.index(of: table)!
            let texts = { (row: Int) in ScanMatcher.searchedTexts(of: row, in: catalog.table(table)) }
            return (
                words(predicate.test, in: index.allWords, capacity: index.rowCount, texts: texts),
                said("word index of every text field" + phraseNote(predicate.test))
            )
        }
        let index = catalog.index(of: path.table)!
        var (rows, access) = finalRows(predicate, path: path, in: index)
        let every = predicate.quantifier == .every
        for hop in path.hops.reversed() {
            rows = every ? backEvery(rows, through: hop) : back(rows, through: hop)
            guard describes else { continue }
            let name = catalog.store.schema.source(named: hop.source)!.fields[hop.position].name
            access +=
                every
                ? ", back through \(hop.source).\(name) keeping rows whose related records all match"
                : ", back through \(hop.source).\(name)"
        }
        return (rows, said(access + predicate.quantifierNote))
    }

    /// The rows of the path's last source whose final field passes the predicate: by the
    /// field's index for "some value passes"; for `every` and negated values, by the
    /// complement of the test where the index can say it, else by reading the field.
    private func finalRows(_ predicate: Predicate, path: BoundPath, in index: TableIndex) -> (RowSet, String) {
        let field = path.field.name
        if case .empty(let wanted) = predicate.test {
            let empty = index.emptyRows(at: path.position)
            return (wanted ? empty : empty.complement(), said("rows without a value of \(field)"))
        }
        let plain = lookup(predicate.test, position: path.position, in: index, field: field, tableName: path.table)
        if predicate.quantifier == .any, !predicate.negated { return plain }
        if !path.field.type.isMultiValued {
            // One value per record: "every value passes" is "the value passes".
            guard predicate.negated else { return plain }
            return (
                index.emptyRows(at: path.position).complement().intersection(plain.0.complement()),
                said(plain.1 + ", complemented among rows with a value")
            )
        }
        if let opposite = complement(of: predicate.test, field: path.field) {
            let failing = lookup(
                predicate.negated ? predicate.test : opposite, position: path.position, in: index, field: field,
                tableName: path.table)
            let passing =
                predicate.negated
                ? lookup(opposite, position: path.position, in: index, field: field, tableName: path.table) : plain
            if predicate.quantifier == .any { return (passing.0, said(passing.1 + " (values not matching)")) }
            return (
                passing.0.intersection(failing.0.complement()),
                said(passing.1 + ", minus rows with a value that does not match")
            )
        }
        let matcher = ScanMatcher(store: catalog.store)
        let rows = catalog.table(path.table).rows
        let passing = (0..<index.rowCount).filter { matcher.passesField(rows[$0][path.position], predicate) }
        return (
            RowSet(capacity: index.rowCount, rows: passing),
            said("scan \(index.rowCount) values of \(field), each value tested")
        )
    }

    /// The test a value passes exactly when it fails `test`, where the index can answer it.
    private func complement(of test: Test, field: Field) -> Test? {
        switch test {
        case .terms(let terms):
            guard let count = field.type.vocabulary?.terms.count else { return nil }
            return .terms(Set(0..<count).subtracting(terms))
        case .related(let rows):
            guard let target = field.type.relatedSource else { return nil }
            return .related(Set(0..<catalog.table(target).count).subtracting(rows))
        default:
            return nil
        }
    }

    private func lookup(_ test: Test, position: Int, in index: TableIndex, field: String, tableName: String) -> (
        RowSet, String
    ) {
        let capacity = index.rowCount
        switch test {
        case .terms(let terms):
            var rows = RowSet(capacity: capacity)
            let lists = index.termRows(at: position) ?? []
            for term in terms where term < lists.count { rows.formUnion(RowSet(capacity: capacity, rows: lists[term])) }
            return (rows, said("value index of \(field) (\(terms.count) value\(terms.count == 1 ? "" : "s"))"))
        case .number(let kind, let number):
            return (
                index.numbers(at: position)!.rows(kind, number, capacity: capacity), said("ordered index of \(field)")
            )
        case .textEqual(let folded):
            return (
                RowSet(capacity: capacity, rows: index.foldedText(at: position)[folded] ?? []),
                said("text index of \(field)")
            )
        case .textOrder:
            let table = catalog.table(tableName)
            let matcher = ScanMatcher(store: catalog.store)
            let rows = (0..<capacity).filter { matcher.passes(table.rows[$0][position], test) }
            return (
                RowSet(capacity: capacity, rows: rows),
                said("scan \(capacity) values of \(field) in Norwegian order (text has no ordered index)")
            )
        case .related(let targets):
            var rows = RowSet(capacity: capacity)
            let lists = index.relatedRows(at: position) ?? []
            for target in targets where target < lists.count {
                rows.formUnion(RowSet(capacity: capacity, rows: lists[target]))
            }
            return (rows, said("relation index of \(field)"))
        case .words:
            let table = catalog.table(tableName)
            let texts = { (row: Int) in
                table.rows[row][position].elements.compactMap { if case .text(let text) = $0 { text } else { nil } }
            }
            return (
                words(test, in: index.words(at: position), capacity: capacity, texts: texts),
                said("word index of \(field)" + phraseNote(test))
            )
        case .empty(let wanted):
            let empty = index.emptyRows(at: position)
            return (wanted ? empty : empty.complement(), said("rows without a value of \(field)"))
        case .anyOf(let tests):
            var rows = RowSet(capacity: capacity)
            var access: [String] = []
            for part in tests {
                let (some, how) = lookup(part, position: position, in: index, field: field, tableName: tableName)
                rows.formUnion(some)
                access.append(how)
            }
            return (rows, said("union of " + access.joined(separator: "; ")))
        }
    }

    /// Rows having every term: each term's phrases from the word index, a phrase of
    /// several words then checked word by word in the rows that have all its words.
    private func words(_ test: Test, in index: WordIndex, capacity: Int, texts: (Int) -> [String]) -> RowSet {
        guard case .words(let terms) = test else { return RowSet(capacity: capacity) }
        var result = RowSet.all(capacity)
        for term in terms {
            var termRows = RowSet(capacity: capacity)
            for phrase in term.phrases {
                var phraseRows = RowSet.all(capacity)
                for word in phrase {
                    phraseRows = phraseRows.intersection(index.rows(for: word, capacity: capacity))
                }
                if phrase.count > 1 {
                    let stemmer = NorwegianStemmer()
                    phraseRows = RowSet(
                        capacity: capacity,
                        rows: phraseRows.rows.filter { row in
                            texts(row).contains {
                                ScanMatcher.occurs(phrase, in: TextWords.words(of: $0, stemmer: stemmer))
                            }
                        })
                }
                termRows.formUnion(phraseRows)
            }
            result = result.intersection(termRows)
        }
        return result
    }

    private func phraseNote(_ test: Test) -> String {
        guard case .words(let terms) = test, terms.contains(where: { $0.phrases.contains { $0.count > 1 } }) else {
            return ""
        }
        return ", phrases checked word by word in the rows holding all their words"
    }

    /// The rows of the hop's source that relate to any of `rows` of its target.
    private func back(_ rows: RowSet, through hop: Hop) -> RowSet {
        let index = catalog.index(of: hop.source)!
        let lists = index.relatedRows(at: hop.position) ?? []
        var result = RowSet(capacity: index.rowCount)
        for target in rows.rows where target < lists.count {
            for row in lists[target] { result.insert(row) }
        }
        return result
    }

    /// The rows of the hop's source that relate to at least one record, and only to `rows`.
    private func backEvery(_ rows: RowSet, through hop: Hop) -> RowSet {
        let related = catalog.index(of: hop.source)!.emptyRows(at: hop.position).complement()
        return related.intersection(back(rows.complement(), through: hop).complement())
    }
}
