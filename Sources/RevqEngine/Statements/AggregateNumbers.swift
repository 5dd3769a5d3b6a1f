import RevqLanguage

/// Running count, sum, min and max of doubles; every number only for a median.
struct Numbers {
    let keepsAll: Bool
    var all: [Double] = []
    var count = 0
    var sum = 0.0
    /// The sum of each number times 2^-64 (exact: a power of two), finite when `sum`
    /// overflows, so that the mean of two values of 1e308 is 1e308, not infinity.
    var scaledSum = 0.0
    var low = Double.infinity
    var high = -Double.infinity
    private static let scale = 0x1p-64

    init(keepsAll: Bool) { self.keepsAll = keepsAll }

    mutating func add(_ number: Double, times: Int = 1) {
        count += times
        sum += number * Double(times)
        scaledSum += number * Self.scale * Double(times)
        low = Swift.min(low, number)
        high = Swift.max(high, number)
        if keepsAll { all += repeatElement(number, count: times) }
    }

    /// Nil over no numbers; not finite only when the result is past ±1.8e308 itself.
    func result(_ function: AggregateFunction) -> Double? {
        guard count > 0 else { return nil }
        switch function {
        case .count, .percent: return Double(count)
        case .min: return low
        case .max: return high
        case .sum: return sum
        case .avg: return sum.isFinite ? sum / Double(count) : scaledSum / Double(count) / Self.scale
        case .median: return Numbers.median(all)
        }
    }

    /// The middle number, or the mean of the two middle ones (halved first when their sum
    /// would overflow).
    static func median(_ numbers: [Double]) -> Double {
        let sorted = numbers.sorted()
        let middle = sorted.count / 2
        guard sorted.count % 2 == 0 else { return sorted[middle] }
        let (low, high) = (sorted[middle - 1], sorted[middle])
        let mean = (low + high) / 2
        return mean.isFinite ? mean : low / 2 + high / 2
    }
}

/// Running count, exact sum, min and max of whole numbers: Int128 holds the sum of any
/// number of Ints, so no addition traps and no digit is rounded away.
struct WholeNumbers {
    let keepsAll: Bool
    var all: [Int] = []
    var count = 0
    var sum: Int128 = 0
    var low = Int.max
    var high = Int.min

    init(keepsAll: Bool) { self.keepsAll = keepsAll }

    mutating func add(_ number: Int) {
        count += 1
        sum += Int128(number)
        low = Swift.min(low, number)
        high = Swift.max(high, number)
        if keepsAll { all.append(number) }
    }

    /// The middle number, or the mean of the two middle ones, summed exactly.
    func median() -> Double {
        let sorted = all.sorted()
        let middle = sorted.count / 2
        guard sorted.count % 2 == 0 else { return Double(sorted[middle]) }
        return Double(Int128(sorted[middle - 1]) + Int128(sorted[middle])) / 2
    }
}
