#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Byte strings in the order `LC_ALL=C sort` gives: compared with `memcmp`, a shorter
/// string before a longer one it begins, without the generic `lexicographicallyPrecedes`,
/// which is not specialised for arrays of bytes and was slow to sort the review's paths.
enum ByteOrder {
    static func precedes(_ left: [UInt8], _ right: [UInt8]) -> Bool {
        let shared = min(left.count, right.count)
        let order = left.withUnsafeBufferPointer { l in
            right.withUnsafeBufferPointer { r in shared == 0 ? 0 : memcmp(l.baseAddress!, r.baseAddress!, shared) }
        }
        return order != 0 ? order < 0 : left.count < right.count
    }

    /// The positions of `keys` in their byte order, equal keys in their first order. A
    /// merge sort of its own: the standard library's sort of more than 20 elements keeps its
    /// runs in an array of ranges, a generic type every start then had to instantiate
    /// (searching the binary's protocol conformances).
    static func sortedPositions(_ keys: [[UInt8]]) -> [Int] {
        var positions = Array(keys.indices)
        var scratch = positions
        var width = 1
        while width < positions.count {
            var start = 0
            while start < positions.count {
                let middle = min(start + width, positions.count)
                let end = min(start + 2 * width, positions.count)
                var (left, right, out) = (start, middle, start)
                while out < end {
                    // The left run wins ties: the sort is stable.
                    if right == end || (left < middle && !precedes(keys[positions[right]], keys[positions[left]])) {
                        scratch[out] = positions[left]
                        left += 1
                    } else {
                        scratch[out] = positions[right]
                        right += 1
                    }
                    out += 1
                }
                start = end
            }
            swap(&positions, &scratch)
            width *= 2
        }
        return positions
    }
}
