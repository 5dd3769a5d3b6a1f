import RevqCore

/// Evaluates predicates row by row on the stored values, with no index: the reference
/// the indexed plan must agree with, and the plan `explain` shows when indexes are off.
struct ScanMatcher {
    let store: Store

    func matches(_ predicate: Predicate, row: Int, in table: String) -> Bool {
        guard let path = predicate.path else { return matchesAnyText(predicate.test, row: row, in: table) }
        return reaches(path, hop: 0, row: row, in: table, predicate.test)
    }

    /// Some record reached through the path's relations passes the test.
    private func reaches(_ path: BoundPath, hop: Int, row: Int, in table: String, _ test: Test) -> Bool {
        let values = store.table(named: table)!.rows[row]
        guard hop < path.hops.count else { return passes(values[path.position], test) }
        let step = path.hops[hop]
        return values[step.position].elements.contains { element in
            guard case .ref(let target) = element else { return false }
            return reaches(path, hop: hop + 1, row: target, in: step.target, test)
        }
    }

    private func matchesAnyText(_ test: Test, row: Int, in table: String) -> Bool {
        let source = store.table(named: table)!
        var texts: [String] = []
        for (position, field) in source.schema.fields.enumerated() where field.name != Catalog.provenanceField {
            guard case .text = field.type.searchKind else { continue }
            for case .text(let text) in source.rows[row][position].elements { texts.append(text) }
        }
        guard case .words(let words) = test else { return false }
        return ScanMatcher.contains(words, in: texts)
    }

    func passes(_ value: Value, _ test: Test) -> Bool {
        switch test {
        case .terms(let terms):
            return value.elements.contains { if case .term(let term) = $0 { terms.contains(term) } else { false } }
        case .number(let kind, let number):
            guard let stored = TableIndex.number(value) else { return false }
            return ScanMatcher.compare(stored, kind, number)
        case .textEqual(let folded):
            return value.elements.contains { if case .text(let text) = $0 { TextFolding.fold(text) == folded } else { false } }
        case .textOrder(let kind, let key):
            guard case .text(let text) = value else { return false }
            return ScanMatcher.compare(CollationKey(text), kind, key)
        case .related(let rows):
            return value.elements.contains { if case .ref(let row) = $0 { rows.contains(row) } else { false } }
        case .words(let words):
            let texts = value.elements.compactMap { if case .text(let text) = $0 { text } else { nil } }
            return ScanMatcher.contains(words, in: texts)
        }
    }

    static func compare<Key: Comparable>(_ stored: Key, _ kind: ComparisonOperatorKind, _ key: Key) -> Bool {
        switch kind {
        case .equal: return stored == key
        case .less: return stored < key
        case .lessOrEqual: return stored <= key
        case .greater: return stored > key
        case .greaterOrEqual: return stored >= key
        }
    }

    static func contains(_ words: [SearchWord], in texts: [String]) -> Bool {
        let present = Set(texts.flatMap { TextFolding.words($0) })
        return words.allSatisfy { word in
            word.isPrefix ? present.contains { $0.hasPrefix(word.word) } : present.contains(word.word)
        }
    }
}

extension FieldType {
    /// How `~` sees a field: free text is searched, nothing else.
    enum SearchKind { case text, none }

    var searchKind: SearchKind {
        switch self {
        case .text, .set(nil): return .text
        default: return .none
        }
    }
}
