import Testing

@testable import RevqEngine

/// The median from first principles: the middle value of an odd count, the mean of the two
/// middle ones of an even count, whatever order the values come in.
@Suite("Aggregates: median")
struct AggregateMedianTests {
    @Test(
        "whole numbers",
        arguments: [
            ([9, 1, 5], 5.0), ([20, 1, 9, 5], 7.0), ([7], 7.0), ([3, 3, 10], 3.0), ([-4, 2, 100, 0, 1], 1.0),
        ])
    func wholeNumbers(values: [Int], median: Double) {
        var numbers = WholeNumbers(keepsAll: true)
        for value in values { numbers.add(value) }
        #expect(numbers.median() == median)
    }

    @Test("numbers", arguments: [([9.5, 1, 5], 5.0), ([20, 1, 9, 5], 7.0), ([0.5], 0.5)])
    func numbers(values: [Double], median: Double) {
        #expect(Numbers.median(values) == median)
    }
}
