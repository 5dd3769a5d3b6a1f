import RevqCore

/// "Did you mean" for unknown names and values: offered only when one candidate is
/// clearly nearest; otherwise the valid choices are listed.
enum Suggestions {
    /// A hint for `typed`, which is none of `candidates` (names of `kind`, e.g. fields).
    static func hint(for typed: String, among candidates: [String], kind: Hint.Choices) -> Hint {
        hint(for: typed, among: candidates.map { ($0, $0) }, listing: candidates, kind: kind)
    }

    /// A hint where several spellings name one choice (a vocabulary's synonyms): the
    /// suggestion is that choice, and only `listing` is listed.
    static func hint(
        for typed: String, among spellings: [(spelling: String, choice: String)],
        listing: [String], kind: Hint.Choices
    ) -> Hint {
        if let nearest = nearest(to: typed, among: spellings) { return .didYouMean(nearest) }
        return .validChoices(kind, listing)
    }

    /// The one candidate nearest to `typed`, if exactly one is near enough.
    static func nearest(to typed: String, among spellings: [(spelling: String, choice: String)]) -> String? {
        let folded = TextFolding.fold(typed)
        let prefixed = Set(spellings.filter { TextFolding.fold($0.spelling).hasPrefix(folded) }.map(\.choice))
        if !folded.isEmpty, prefixed.count == 1 { return prefixed.first }
        let limit = max(1, folded.count / 3)
        var best: Set<String> = []
        var bestDistance = limit + 1
        for (spelling, choice) in spellings {
            let distance = editDistance(folded, TextFolding.fold(spelling), limit: limit)
            if distance < bestDistance {
                best = [choice]
                bestDistance = distance
            } else if distance == bestDistance {
                best.insert(choice)
            }
        }
        return best.count == 1 ? best.first : nil
    }

    /// Levenshtein distance with adjacent transpositions; stops early past `limit`.
    static func editDistance(_ lhs: String, _ rhs: String, limit: Int) -> Int {
        let a = Array(lhs)
        let b = Array(rhs)
        if abs(a.count - b.count) > limit { return limit + 1 }
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        var previous2 = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + [Int](repeating: 0, count: b.count)
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], previous2[j - 2] + 1)
                }
            }
            if current.min()! > limit { return limit + 1 }
            (previous2, previous) = (previous, current)
        }
        return previous[b.count]
    }
}
