import Testing

@testable import RevqEngine

/// The bitset a claim's rows and an answer's groups are compared as: inclusion and equality
/// must agree with Swift's `Set` on rows in and across 64-row words.
@Suite struct RowSetTests {
    static let cases: [(rows: [Int], other: [Int], subset: Bool)] = [
        ([], [], true),
        ([], [3], true),
        ([3], [], false),
        ([0, 63], [0, 1, 63], true),
        ([0, 64], [0, 63], false),
        ([64, 129], [1, 64, 100, 129], true),
        ([129], [128], false),
    ]

    @Test(arguments: cases) func inclusionAndEqualityAgreeWithSet(_ example: (rows: [Int], other: [Int], subset: Bool))
    {
        let capacity = 130
        let rows = RowSet(capacity: capacity, rows: example.rows)
        let other = RowSet(capacity: capacity, rows: example.other)
        #expect(rows.isSubset(of: other) == example.subset)
        #expect(Set(example.rows).isSubset(of: Set(example.other)) == example.subset, "the table itself is right")
        #expect((rows == other) == (Set(example.rows) == Set(example.other)))
        #expect(rows.count == Set(example.rows).count)
    }

    /// An array's rows past either end of the table are left out, the others kept.
    @Test func rowsBelowCapacityLeaveOutRowsPastTheTable() {
        let rows = RowSet(capacity: 130, rowsBelowCapacity: [129, 3, 130, -1, 64, 3, 500])
        #expect(rows == RowSet(capacity: 130, rows: [3, 64, 129]))
        #expect(rows.count == 3)
        #expect(!rows.contains(130))
    }

    @Test func randomSetsAgreeWithSet() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<200 {
            let capacity = Int.random(in: 1...300, using: &generator)
            let left = Set(
                (0..<Int.random(in: 0...20, using: &generator)).map { _ in
                    Int.random(in: 0..<capacity, using: &generator)
                })
            let right = left.union(
                (0..<Int.random(in: 0...5, using: &generator)).map { _ in
                    Int.random(in: 0..<capacity, using: &generator)
                }
            )
            .subtracting(Bool.random(using: &generator) ? Array(left.prefix(1)) : [])
            let a = RowSet(capacity: capacity, rows: left)
            let b = RowSet(capacity: capacity, rows: right)
            #expect(a.isSubset(of: b) == left.isSubset(of: right), "\(left) ⊆ \(right)")
            #expect(b.isSubset(of: a) == right.isSubset(of: left))
            #expect(a.rows == left.sorted())
        }
    }
}
