import RevqCore

/// An inverted index: each folded word to the rows whose text holds it, with the words
/// sorted so that a prefix (`hjemmebes*`) is a binary search and a short walk.
struct WordIndex: Sendable {
    private var rowsByWord: [String: [Int]] = [:]
    private var sortedWords: [String] = []

    init() {}

    /// Adds the folded `words` of one text of `row` (rows are added in ascending order).
    mutating func add(_ words: [String], row: Int) {
        for word in words where rowsByWord[word]?.last != row {
            rowsByWord[word, default: []].append(row)
        }
    }

    mutating func finish() {
        sortedWords = rowsByWord.keys.sorted()
    }

    /// The rows holding `word`, or any word starting with it when `isPrefix`.
    func rows(for word: String, isPrefix: Bool, capacity: Int) -> RowSet {
        guard isPrefix else { return RowSet(capacity: capacity, rows: rowsByWord[word] ?? []) }
        var result = RowSet(capacity: capacity)
        var index = lowerBound(word)
        while index < sortedWords.count, sortedWords[index].hasPrefix(word) {
            for row in rowsByWord[sortedWords[index]]! { result.insert(row) }
            index += 1
        }
        return result
    }

    private func lowerBound(_ word: String) -> Int {
        var low = 0, high = sortedWords.count
        while low < high {
            let middle = (low + high) / 2
            if sortedWords[middle] < word { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
