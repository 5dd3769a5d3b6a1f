import Testing

@testable import RevqEngine

/// UniqueList keeps first-seen order without repeats, short or long (past the length
/// where a set takes over from searching the list).
@Suite struct UniqueListTests {
    @Test(arguments: [3, UniqueList<Int>.shortLength, UniqueList<Int>.shortLength + 1, 1000])
    func keepsFirstSeenOrderWithoutRepeats(distinct: Int) {
        // Each value twice, the second time in reverse order, so repeats come late too.
        let values = Array(0..<distinct).map { ($0 * 7919) % 10007 }
        var list = UniqueList<Int>()
        for value in values + values.reversed() { list.append(value) }
        #expect(list.elements == values)
        #expect(list.count == distinct)
        #expect(values.allSatisfy(list.contains))
        #expect(!list.contains(-1))
        let again = list.append(values[0])
        #expect(!again)
        let new = list.append(-1)
        #expect(new && list.elements.last == -1)
    }

    @Test func startsFromASequence() {
        #expect(UniqueList([3, 1, 3, 2, 1]).elements == [3, 1, 2])
    }
}
