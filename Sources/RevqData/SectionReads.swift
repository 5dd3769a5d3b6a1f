import Synchronization

/// What reading a compiled file's tables has established, per table: that its bytes match
/// their checksum (summed once, however many of its fields are read apart), and where its
/// rows start (read once from those the table stores). Arrays by table, not dictionaries: a
/// start that hashed an `Int` here would search every protocol conformance in the binary.
final class SectionReads: Sendable {
    private struct Known {
        var passed = false
        var rowStarts: [Int]?
    }

    private let known: Mutex<[Known]>

    init(count: Int) {
        known = Mutex([Known](repeating: Known(), count: count))
    }

    /// Whether table `index` matches: `check()` runs until it once has.
    func passes(_ index: Int, _ check: () -> Bool) -> Bool {
        if known.withLock({ $0[index].passed }) { return true }
        guard check() else { return false }
        known.withLock { $0[index].passed = true }
        return true
    }

    /// Where table `index`'s rows start: `read()`, the first time it succeeds.
    func rowStarts(_ index: Int, _ read: () throws(Malformed) -> [Int]) throws(Malformed) -> [Int] {
        if let kept = known.withLock({ $0[index].rowStarts }) { return kept }
        let starts = try read()
        known.withLock { $0[index].rowStarts = starts }
        return starts
    }
}
