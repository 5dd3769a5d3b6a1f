import RevqCore

/// Records a person meant by a name written a little differently from the report: without
/// "et al." or "m.fl." (`Larsen 2023` for "Larsen et al. 2023"), or with another year the
/// report also gives (`Meyer 2010`).
package enum NearNames {
    /// Words that only say "and others": left out when names are compared.
    package static let fillers: Set<String> = ["et", "al", "m", "fl", "mfl", "og", "and"]

    /// The labels of the records whose names hold every name word of `typed`: those with
    /// `typed`'s year first; when none has it, those with any year.
    static func labels(for typed: String, names: [(spelling: String, label: String)]) -> [String] {
        let (wanted, years) = split(typed)
        guard !wanted.isEmpty else { return [] }
        var sameYear: [String] = []
        var otherYear: [String] = []
        for (spelling, label) in names {
            let (words, spellingYears) = split(spelling)
            guard wanted.isSubset(of: words) else { continue }
            if years.isEmpty || !years.isDisjoint(with: spellingYears) {
                if !sameYear.contains(label) { sameYear.append(label) }
            } else if !otherYear.contains(label) {
                otherYear.append(label)
            }
        }
        return sameYear.isEmpty ? otherYear : sameYear
    }

    /// The labels of the records that `typed` names in another form of the same name:
    /// the same name words, hyphen or space alike, "m.fl."/"et al." and the year optional
    /// (`Lasky-Fink`, `Lasky Fink 2021` for "Lasky-Fink m.fl. 2021"). A part of a name
    /// (`Bergman` for "Bergman og Chan 2019") is not the same name.
    static func sameName(_ typed: String, names: [(spelling: String, label: String)]) -> [String] {
        let (wanted, years) = split(typed)
        guard !wanted.isEmpty else { return [] }
        var labels: [String] = []
        for (spelling, label) in names where !labels.contains(label) {
            let (words, spellingYears) = split(spelling)
            if words == wanted, years.isSubset(of: spellingYears) { labels.append(label) }
        }
        return labels
    }

    /// The folded name words and the years of a name.
    private static func split(_ name: String) -> (words: Set<String>, years: Set<String>) {
        let words = TextFolding.words(name)
        let years = words.filter { $0.count == 4 && $0.allSatisfy(\.isNumber) }
        return (Set(words).subtracting(years).subtracting(fillers), Set(years))
    }

    /// "did you mean 'Larsen et al. 2023'?", or the few near labels; nil when none is near.
    static func hint(for typed: String, names: [(spelling: String, label: String)]) -> Hint? {
        let near = labels(for: typed, names: names)
        switch near.count {
        case 0: return nil
        case 1: return .didYouMean(near[0])
        case 2...Hint.listLimit: return .didYouMeanOneOf(near)
        default: return nil
        }
    }
}
