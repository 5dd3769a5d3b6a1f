/// A record's `source` field parsed: `Tabell 9, lines 1134-1139; Vedlegg 4, lines 2420-2431`.
package struct Provenance: Hashable, Sendable {
    package let place: String
    package let lines: ClosedRange<Int>

    /// Every place a `source` value names; empty when it does not follow the convention.
    package static func parse(_ source: String) -> [Provenance] {
        source.split(separator: ";").compactMap { part in
            let pieces = part.split(separator: ",").map { $0.trimmingCharacters(in: " ") }
            guard pieces.count >= 2, let numbers = pieces.last, numbers.hasPrefix("lines ") else { return nil }
            let bounds = numbers.dropFirst("lines ".count).split(separator: "-").compactMap { Int($0) }
            guard bounds.count == 2, bounds[0] <= bounds[1] else { return nil }
            return Provenance(place: pieces.dropLast().joined(separator: ","), lines: bounds[0]...bounds[1])
        }
    }
}

extension StringProtocol {
    fileprivate func trimmingCharacters(in set: Character) -> String {
        String(drop(while: { $0 == set }).reversed().drop(while: { $0 == set }).reversed())
    }
}
