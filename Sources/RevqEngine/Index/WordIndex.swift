import RevqCore

/// An inverted index of a text's words for `~`: each stem to the rows holding a word of
/// that stem (so relasjon finds relasjonene), each folded spelling to its rows, sorted, so
/// that a prefix (`hjemmebes*`) is a binary search and a short walk, and the rows of each
/// acronym written in capitals (so `smser` typed in lower case finds SMS). Words are
/// stemmed once, when the index is built, not per statement; a finished index is kept
/// beside the compiled dataset (`WordIndexEncoding`, `StoredWordIndexes`).
struct WordIndex: Sendable, Equatable {
    /// Each folded spelling: the word it is (stem, capitals) and the rows holding it.
    private(set) var spellings: [String: Spelling] = [:]
    private(set) var rowsByStem: [String: [Int]] = [:]
    private(set) var rowsByAcronym: [String: [Int]] = [:]
    private(set) var sortedSpellings: [String] = []
    /// How many words each row's texts hold, for `score`'s document lengths (BM25).
    private(set) var lengths: [Int] = []
    /// The words of every row together.
    private(set) var totalLength = 0

    struct Spelling: Sendable, Equatable {
        let word: TextWord
        var rows: [Int]
    }

    init() {}

    /// A finished index from its parts, as `finish` leaves them (`WordIndexEncoding`).
    init(
        spellings: [String: Spelling], sortedSpellings: [String], rowsByStem: [String: [Int]],
        rowsByAcronym: [String: [Int]], lengths: [Int]
    ) {
        (self.spellings, self.sortedSpellings) = (spellings, sortedSpellings)
        (self.rowsByStem, self.rowsByAcronym, self.lengths) = (rowsByStem, rowsByAcronym, lengths)
        totalLength = lengths.reduce(0, +)
    }

    /// Adds the words of one text of `row` (rows are added in ascending order): one
    /// lookup per word; the stems' rows are gathered once in `finish`.
    mutating func add(_ words: [TextWord], row: Int) {
        if lengths.count <= row { lengths += repeatElement(0, count: row + 1 - lengths.count) }
        lengths[row] += words.count
        totalLength += words.count
        for word in words {
            if let index = spellings.index(forKey: word.folded) {
                if spellings.values[index].rows.last != row { spellings.values[index].rows.append(row) }
            } else {
                spellings[word.folded] = Spelling(word: word, rows: [row])
            }
        }
    }

    /// How many words the row's texts hold.
    func length(ofRow row: Int) -> Int {
        row < lengths.count ? lengths[row] : 0
    }

    mutating func finish() {
        sortedSpellings = spellings.keys.sorted()
        for spelling in sortedSpellings {
            let entry = spellings[spelling]!
            rowsByStem[entry.word.stem, default: []] += entry.rows
            if entry.word.isAcronym { rowsByAcronym[entry.word.stem, default: []] += entry.rows }
        }
        for stem in rowsByStem.keys { rowsByStem[stem] = Self.ascending(rowsByStem[stem]!) }
        for stem in rowsByAcronym.keys { rowsByAcronym[stem] = Self.ascending(rowsByAcronym[stem]!) }
    }

    private static func ascending(_ rows: [Int]) -> [Int] {
        var sorted = rows.sorted()
        var write = 0
        for row in sorted where write == 0 || sorted[write - 1] != row {
            sorted[write] = row
            write += 1
        }
        return Array(sorted.prefix(write))
    }

    /// The rows holding a word that `search` reaches (see `SearchWord.Reach`).
    func rows(for search: SearchWord, capacity: Int) -> RowSet {
        switch search.reach {
        case .inflections: return inflections(of: search, capacity: capacity)
        case .prefix: return rows(ofSpellings: prefixed(by: search.word), capacity: capacity)
        case .compoundEnd:
            var rows = inflections(of: search, capacity: capacity)
            for (stem, list) in rowsByStem where stem.hasSuffix(search.stem) {
                rows.formUnion(RowSet(capacity: capacity, rows: list))
            }
            return rows
        case .inside:
            return rows(
                ofSpellings: sortedSpellings.filter { $0.utf8.firstRange(of: search.word.utf8) != nil },
                capacity: capacity)
        }
    }

    /// The folded spellings in `rows` that `search` reaches and `plain` does not: what
    /// widening a word to a prefix or a compound adds there.
    func spellings(reachedBy search: SearchWord, beyond plain: SearchWord, in rows: Set<Int>) -> [String] {
        let candidates = search.reach == .prefix ? prefixed(by: search.word) : sortedSpellings[...]
        return candidates.filter { spelling in
            let entry = spellings[spelling]!
            return search.matches(entry.word) && !plain.matches(entry.word) && entry.rows.contains(where: rows.contains)
        }
    }

    private func inflections(of search: SearchWord, capacity: Int) -> RowSet {
        var rows = RowSet(capacity: capacity, rows: rowsByStem[search.stem] ?? [])
        rows.formUnion(RowSet(capacity: capacity, rows: spellings[search.word]?.rows ?? []))
        for base in search.acronymBases {
            rows.formUnion(RowSet(capacity: capacity, rows: rowsByAcronym[base] ?? []))
        }
        return rows
    }

    private func rows(ofSpellings chosen: some Sequence<String>, capacity: Int) -> RowSet {
        var result = RowSet(capacity: capacity)
        for spelling in chosen {
            for row in spellings[spelling]!.rows { result.insert(row) }
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
        var low = 0
        var high = sortedSpellings.count
        while low < high {
            let middle = (low + high) / 2
            if sortedSpellings[middle] < word { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
