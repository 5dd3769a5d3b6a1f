import RevqCore

/// Evaluates predicates row by row on the stored values, with no index: the reference
/// the indexed plan must agree with, and the plan `explain` shows when indexes are off.
struct ScanMatcher {
    let store: Store

    func matches(_ predicate: Predicate, row: Int, in table: String) -> Bool {
        guard let path = predicate.path else { return matchesAnyText(predicate.test, row: row, in: table) }
        return holds(predicate, path: path, hop: 0, row: row, in: table)
    }

    /// The predicate from one step of its path on: some related record holds it (`any`),
    /// or there is one and every one does (`every`).
    private func holds(_ predicate: Predicate, path: BoundPath, hop: Int, row: Int, in table: String) -> Bool {
        let values = store.table(named: table)!.rows[row]
        guard hop < path.hops.count else { return passesField(values[path.position], predicate) }
        let step = path.hops[hop]
        let related = values[step.position].elements.compactMap { element -> Int? in
            if case .ref(let target) = element { target } else { nil }
        }
        let holdsThere = { (target: Int) in holds(predicate, path: path, hop: hop + 1, row: target, in: step.target) }
        if predicate.quantifier == .every { return !related.isEmpty && related.allSatisfy(holdsThere) }
        return related.contains(where: holdsThere)
    }

    /// The final field of one record: the emptiness test looks at its whole value, any
    /// other test at each of its values (an unknown value passes neither way).
    func passesField(_ value: Value, _ predicate: Predicate) -> Bool {
        if case .empty(let wanted) = predicate.test { return value.elements.isEmpty == wanted }
        // Words of a free-text set are searched together, as the word index holds them.
        if case .words = predicate.test, predicate.quantifier == .any, !predicate.negated {
            return passes(value, predicate.test)
        }
        let elements = value.elements
        let passing = { (element: Value) in passes(element, predicate.test) != predicate.negated }
        if predicate.quantifier == .every { return !elements.isEmpty && elements.allSatisfy(passing) }
        return elements.contains(where: passing)
    }

    private func matchesAnyText(_ test: Test, row: Int, in table: String) -> Bool {
        guard case .words(let terms) = test else { return false }
        return ScanMatcher.contains(terms, in: ScanMatcher.searchedTexts(of: row, in: store.table(named: table)!))
    }

    /// The texts `~` without a field searches: every text field but the provenance.
    static func searchedTexts(of row: Int, in table: Table) -> [String] {
        var texts: [String] = []
        for (position, field) in table.schema.fields.enumerated() where field.name != Catalog.provenanceField {
            guard case .text = field.type.searchKind else { continue }
            for case .text(let text) in table.rows[row][position].elements { texts.append(text) }
        }
        return texts
    }

    func passes(_ value: Value, _ test: Test) -> Bool {
        switch test {
        case .terms(let terms):
            return value.elements.contains { if case .term(let term) = $0 { terms.contains(term) } else { false } }
        case .number(let kind, let number):
            guard let stored = TableIndex.number(value) else { return false }
            return ScanMatcher.compare(stored, kind, number)
        case .textEqual(let folded):
            return value.elements.contains {
                if case .text(let text) = $0 { TextFolding.fold(text) == folded } else { false }
            }
        case .textOrder(let kind, let key):
            guard case .text(let text) = value else { return false }
            return ScanMatcher.compare(CollationKey(text).primary, kind, key.primary)
        case .related(let rows):
            return value.elements.contains { if case .ref(let row) = $0 { rows.contains(row) } else { false } }
        case .words(let terms):
            let texts = value.elements.compactMap { if case .text(let text) = $0 { text } else { nil } }
            return ScanMatcher.contains(terms, in: texts)
        case .empty(let wanted):
            return value.elements.isEmpty == wanted
        case .anyOf(let tests):
            return tests.contains { passes(value, $0) }
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

    /// Every term occurs in one of `texts`: one of its phrases, word after word.
    static func contains(_ terms: [SearchTerm], in texts: [String]) -> Bool {
        let stemmer = NorwegianStemmer()
        let wordLists = texts.map { TextWords.words(of: $0, stemmer: stemmer) }
        return terms.allSatisfy { term in
            term.phrases.contains { phrase in wordLists.contains { occurs(phrase, in: $0) } }
        }
    }

    /// The phrase's words stand next to each other, in order, somewhere in `words`.
    static func occurs(_ phrase: [SearchWord], in words: [TextWord]) -> Bool {
        guard !phrase.isEmpty, words.count >= phrase.count else { return false }
        for start in 0...(words.count - phrase.count)
        where phrase.indices.allSatisfy({ phrase[$0].matches(words[start + $0]) }) {
            return true
        }
        return false
    }
}

extension SearchWord {
    /// Whether a word of the text is one this search word reaches (see `Reach`).
    func matches(_ text: TextWord) -> Bool {
        switch reach {
        case .inflections: return isInflection(text)
        case .prefix: return text.folded.hasPrefix(word)
        case .compoundEnd: return isInflection(text) || text.stem.hasSuffix(stem)
        case .inside: return text.folded.utf8.firstRange(of: word.utf8) != nil
        }
    }

    private func isInflection(_ text: TextWord) -> Bool {
        text.stem == stem || text.folded == word || (text.isAcronym && acronymBases.contains(text.stem))
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
