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

    @Test(arguments: [
        ("a", "ab", true), ("ab", "a", false), ("a", "a", false), ("", "a", true), ("Z", "a", true), ("z", "Å", true),
        ("ø", "æ", false),
    ])
    func precedes(left: String, right: String, expected: Bool) {
        #expect(ByteOrder.precedes(Array(left.utf8), Array(right.utf8)) == expected)
    }
}
