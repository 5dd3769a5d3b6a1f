import RevqCore

/// Values sorted with their rows, so `<`, `<=`, `>`, `>=` and `=` are binary searches.
struct OrderedIndex<Key: Comparable & Sendable>: Sendable {
    private let entries: [(key: Key, row: Int)]

    init(_ entries: [(key: Key, row: Int)]) {
        self.entries = entries.sorted { $0.key < $1.key || ($0.key == $1.key && $0.row < $1.row) }
    }

    func rows(_ op: ComparisonOperatorKind, _ key: Key, capacity: Int) -> RowSet {
        let below = bound { $0 < key }
        let upTo = bound { $0 <= key }
        let slice: ArraySlice<(key: Key, row: Int)>
        switch op {
        case .less: slice = entries[..<below]
        case .lessOrEqual: slice = entries[..<upTo]
        case .greater: slice = entries[upTo...]
        case .greaterOrEqual: slice = entries[below...]
        case .equal: slice = entries[below..<upTo]
        }
        return RowSet(capacity: capacity, rows: slice.lazy.map(\.row))
    }

    /// Each distinct key with its rows, in key order (aggregates of a count).
    var runs: [(key: Key, rows: [Int])] {
        var runs: [(key: Key, rows: [Int])] = []
        for entry in entries {
            if runs.last?.key == entry.key {
                runs[runs.count - 1].rows.append(entry.row)
            } else {
                runs.append((entry.key, [entry.row]))
            }
        }
        return runs
    }

    /// The first position whose key does not satisfy `isBefore`.
    private func bound(_ isBefore: (Key) -> Bool) -> Int {
        var low = 0
        var high = entries.count
        while low < high {
            let middle = (low + high) / 2
            if isBefore(entries[middle].key) { low = middle + 1 } else { high = middle }
        }
        return low
    }
}

/// The comparisons an ordered index answers (`!=` is `not =`, planned above the index).
enum ComparisonOperatorKind: Sendable {
    case equal, less, lessOrEqual, greater, greaterOrEqual
}

/// Collation keys compare lexicographically, which is Norwegian alphabetical order; equal
/// weights fall back to the exact spelling, as `NorwegianCollation` does, so that sorting
/// "Elleve" and "elleve" (or counting by them) gives one order, never the order of a
/// dictionary's keys. Conditions (`text < v`) compare the weights alone: case and accents
/// do not make one text smaller than another there.
struct CollationKey: Comparable, Hashable, Sendable {
    let weights: [UInt32]
    let text: String

    init(_ text: String) {
        weights = NorwegianCollation.key(text)
        self.text = text
    }

    static func < (lhs: CollationKey, rhs: CollationKey) -> Bool {
        if lhs.weights != rhs.weights { return lhs.weights.lexicographicallyPrecedes(rhs.weights) }
        return lhs.text < rhs.text
    }

    /// The weights alone, for comparisons in conditions.
    var primary: PrimaryCollationKey { PrimaryCollationKey(weights: weights) }
}

/// A collation key without the tie-break on spelling.
struct PrimaryCollationKey: Comparable, Sendable {
    let weights: [UInt32]

    static func < (lhs: PrimaryCollationKey, rhs: PrimaryCollationKey) -> Bool {
        lhs.weights.lexicographicallyPrecedes(rhs.weights)
    }
}
