/// Sorting text in Norwegian alphabetical order: a … z, then æ, ø, å.
///
/// Case is ignored first; accented letters sort with their base letter (é with e),
/// and ä, ö sort as æ, ø, as Norwegian dictionaries do.
///
///     ["Øye", "Aas", "Zeta", "Ås"].sorted(by: NorwegianCollation.areInIncreasingOrder)
///     // ["Aas", "Zeta", "Øye", "Ås"]
package enum NorwegianCollation {
    /// True when `lhs` sorts before `rhs`; equal keys fall back to the exact spelling.
    package static func areInIncreasingOrder(_ lhs: String, _ rhs: String) -> Bool {
        let (left, right) = (key(lhs), key(rhs))
        if left != right { return left.lexicographicallyPrecedes(right) }
        return lhs < rhs
    }

    /// The primary sort weights of `text`, one per letter, digit or other character.
    package static func key(_ text: String) -> [UInt32] {
        var weights: [UInt32] = []
        weights.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            if scalar.properties.generalCategory == .nonspacingMark { continue }
            weights.append(weight(of: scalar))
        }
        return weights
    }

    private static func weight(of scalar: Unicode.Scalar) -> UInt32 {
        if let special = nordic[scalar.value] { return special }
        let folded = TextFolding.fold(String(scalar)).unicodeScalars.first ?? scalar
        switch folded.value {
        case 97...122: return 2_000 + (folded.value - 97) // a-z
        case 48...57: return 1_000 + (folded.value - 48) // digits before letters
        case 32: return 1 // space first: "Berg A" < "Bergman"
        default: return folded.value < 128 ? 100 + folded.value : 10_000 + folded.value
        }
    }

    /// æ, ø, å after z; ä, ö with æ, ø.
    private static let nordic: [UInt32: UInt32] = {
        var table: [UInt32: UInt32] = [:]
        for (letters, weight) in [("æÆäÄ", 2_026), ("øØöÖ", 2_027), ("åÅ", 2_028)] as [(String, UInt32)] {
            for scalar in letters.unicodeScalars { table[scalar.value] = weight }
        }
        return table
    }()
}
