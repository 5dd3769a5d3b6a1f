import RevqTestSupport
import Testing

@testable import RevqData

/// The dataset's files are listed in `LC_ALL=C sort`'s order (the content hash depends on
/// it): bytes compared unsigned, a prefix before what it begins.
struct ByteOrderTests {
    static let names = ["b", "a/b", "a", "ab", "a-b", "Å", "Z", "æ", "ø", "", "a\u{0}", "z", "øy", "Øye 2018"]

    @Test func positionsSortAsTheBytesDo() {
        let keys = Self.names.map { Array($0.utf8) }
        let expected = keys.sorted { $0.lexicographicallyPrecedes($1) }
        #expect(ByteOrder.sortedPositions(keys).map { keys[$0] } == expected)
    }

    /// Every length from 0 to 70 (odd runs, a last run cut short), keys with repeats: the
    /// positions come out in byte order, equal keys in their first order.
    @Test func theMergeSortIsStableAtEveryLength() {
        var generator = SeededGenerator(seed: 7)
        for count in 0...70 {
            let keys = (0..<count).map { _ in Array(Self.names[Int(generator.next() % UInt64(Self.names.count))].utf8) }
            let expected = keys.indices.sorted {
                keys[$0].lexicographicallyPrecedes(keys[$1]) || (keys[$0] == keys[$1] && $0 < $1)
            }
            #expect(ByteOrder.sortedPositions(keys) == expected, "\(count) keys")
        }
    }
}
