import RevqCore

/// An inverted index of a text's words for `~`: each stem to the rows holding a word of
/// that stem (so relasjon finds relasjonene), each folded spelling to its rows, sorted, so
/// that a prefix (`hjemmebes*`) is a binary search and a short walk, and the rows of each
/// acronym written in capitals (so `smser` typed in lower case finds SMS). Words are
/// stemmed once, when the index is built, not per statement.
struct WordIndex: Sendable {
    private var rowsByStem: [String: [Int]] = [:]
    private var rowsBySpelling: [String: [Int]] = [:]
    private var rowsByAcronym: [String: [Int]] = [:]
    private var sortedSpellings: [String] = []
    /// Each folded spelling as a word (its stem, whether written in capitals).
    private var wordOfSpelling: [String: TextWord] = [:]

    init() {}

    /// Adds the words of one text of `row` (rows are added in ascending order).
    mutating func add(_ words: [TextWord], row: Int) {
        for word in words {
            Self.append(row, to: &rowsByStem[word.stem, default: []])
            Self.append(row, to: &rowsBySpelling[word.folded, default: []])
            wordOfSpelling[word.folded] = word
            if word.isAcronym { Self.append(row, to: &rowsByAcronym[word.stem, default: []]) }
        }
    }

    mutating func finish() {
        sortedSpellings = rowsBySpelling.keys.sorted()
    }

    /// The rows holding a word that `search` reaches (see `SearchWord.Reach`).
    func rows(for search: SearchWord, capacity: Int) -> RowSet {
        switch search.reach {
        case .inflections: return inflections(of: search, capacity: capacity)
        case .prefix: return rows(ofSpellings: prefixed(by: search.word), capacity: capacity)
        case .compoundEnd:
            var rows = inflections(of: search, capacity: capacity)
            for (stem, list) in rowsByStem where stem.hasSuffix(search.stem) { rows.formUnion(RowSet(capacity: capacity, rows: list)) }
            return rows
        case .inside:
            return rows(ofSpellings: sortedSpellings.filter { $0.utf8.firstRange(of: search.word.utf8) != nil }, capacity: capacity)
        }
    }

    /// The folded spellings in `rows` that `search` reaches and `plain` does not: what
    /// widening a word to a prefix or a compound adds there.
    func spellings(reachedBy search: SearchWord, beyond plain: SearchWord, in rows: Set<Int>) -> [String] {
        let candidates = search.reach == .prefix ? prefixed(by: search.word) : sortedSpellings[...]
        return candidates.filter { spelling in
            let word = wordOfSpelling[spelling]!
            return search.matches(word) && !plain.matches(word) && rowsBySpelling[spelling]!.contains(where: rows.contains)
        }
    }

    private func inflections(of search: SearchWord, capacity: Int) -> RowSet {
        var rows = RowSet(capacity: capacity, rows: rowsByStem[search.stem] ?? [])
        rows.formUnion(RowSet(capacity: capacity, rows: rowsBySpelling[search.word] ?? []))
        for base in search.acronymBases {
            rows.formUnion(RowSet(capacity: capacity, rows: rowsByAcronym[base] ?? []))
        }
        return rows
    }

    private func rows(ofSpellings spellings: some Sequence<String>, capacity: Int) -> RowSet {
        var result = RowSet(capacity: capacity)
        for spelling in spellings {
            for row in rowsBySpelling[spelling]! { result.insert(row) }
        }
        return result
    }

    private func prefixed(by word: String) -> ArraySlice<String> {
        let start = lowerBound(word)
        var end = start
        while end < sortedSpellings.count, sortedSpellings[end].hasPrefix(word) { end += 1 }
        return sortedSpellings[start..<end]
    }

    private func lowerBound(_ word: String) -> Int {
        var low = 0, high = sortedSpellings.count
        while low < high {
            let middle = (low + high) / 2
            if sortedSpellings[middle] < word { low = middle + 1 } else { high = middle }
        }
        return low
    }

    private static func append(_ row: Int, to rows: inout [Int]) {
        if rows.last != row { rows.append(row) }
    }
}
