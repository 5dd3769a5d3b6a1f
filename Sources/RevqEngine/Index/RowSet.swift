/// A set of row numbers of one table, as a bitset: union, intersection and complement
/// cost one machine word per 64 rows.
package struct RowSet: Equatable, Sendable {
    package let capacity: Int
    private var words: [UInt64]

    package init(capacity: Int) {
        self.capacity = capacity
        words = [UInt64](repeating: 0, count: (capacity + 63) / 64)
    }

    package init(capacity: Int, rows: some Sequence<Int>) {
        self.init(capacity: capacity)
        for row in rows { insert(row) }
    }

    /// The rows of an array, those below `capacity` (a claim's rows may reach past a
    /// table that changed): not the generic initializer, which another module calls through
    /// the `Sequence` protocol, element by element.
    package init(capacity: Int, rowsBelowCapacity rows: [Int]) {
        self.init(capacity: capacity)
        for row in rows where row >= 0 && row < capacity { words[row >> 6] |= 1 << UInt64(row & 63) }
    }

    /// Every row of a table of `capacity` rows.
    package static func all(_ capacity: Int) -> RowSet {
        RowSet(capacity: capacity).complement()
    }

    package mutating func insert(_ row: Int) {
        words[row >> 6] |= 1 << UInt64(row & 63)
    }

    package func contains(_ row: Int) -> Bool {
        row >= 0 && row < capacity && words[row >> 6] & (1 << UInt64(row & 63)) != 0
    }

    package var count: Int { words.reduce(0) { $0 + $1.nonzeroBitCount } }

    /// True when every row of the set is in `other` (a set of the same table).
    package func isSubset(of other: RowSet) -> Bool {
        zip(words, other.words).allSatisfy { $0 & ~$1 == 0 }
    }
    package var isEmpty: Bool { words.allSatisfy { $0 == 0 } }

    package func intersection(_ other: RowSet) -> RowSet {
        combined(with: other) { $0 & $1 }
    }

    package func union(_ other: RowSet) -> RowSet {
        combined(with: other) { $0 | $1 }
    }

    package mutating func formUnion(_ other: RowSet) {
        for index in words.indices { words[index] |= other.words[index] }
    }

    /// The rows of the table not in the set.
    package func complement() -> RowSet {
        var result = self
        for index in result.words.indices { result.words[index] = ~words[index] }
        let spare = result.words.count * 64 - capacity
        if spare > 0 { result.words[result.words.count - 1] &= ~UInt64(0) >> UInt64(spare) }
        return result
    }

    private func combined(with other: RowSet, _ operation: (UInt64, UInt64) -> UInt64) -> RowSet {
        var result = self
        for index in words.indices { result.words[index] = operation(words[index], other.words[index]) }
        return result
    }

    /// The rows in ascending order.
    package var rows: [Int] {
        var result: [Int] = []
        for (index, word) in words.enumerated() where word != 0 {
            var remaining = word
            while remaining != 0 {
                result.append(index * 64 + remaining.trailingZeroBitCount)
                remaining &= remaining - 1
            }
        }
        return result
    }
}
