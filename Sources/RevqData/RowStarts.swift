import Synchronization

/// Where each row of a compiled table starts (offsets into its bytes), read once per table
/// from those the file stores: a field of a few rows (the text of the rows a statement
/// shows) is read at those rows alone, and a field of every row without passing the others.
/// (An array per table, not a dictionary: see `CheckedSections`.)
final class RowStarts: Sendable {
    private let known: Mutex<[[Int]?]>

    init(count: Int) {
        known = Mutex([[Int]?](repeating: nil, count: count))
    }

    /// The starts of table `index`'s rows; nil until a read has read them.
    func of(_ index: Int) -> [Int]? {
        known.withLock { $0[index] }
    }

    func keep(_ starts: [Int], of index: Int) {
        known.withLock { $0[index] = starts }
    }
}
