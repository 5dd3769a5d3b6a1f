/// A closed list of values, lowest first, each with the other spellings that match it.
///
///     let confidence = Vocabulary(name: "confidence", terms: [
///         .init(value: "lav", synonyms: ["low"]), .init(value: "høy", synonyms: ["high"])])
///     confidence.index(matching: "HOY")   // 1
package struct Vocabulary: Sendable {
    package struct Term: Sendable {
        package let value: String
        package let synonyms: [String]

        package init(value: String, synonyms: [String]) {
            self.value = value
            self.synonyms = synonyms
        }
    }

    package let name: String
    package let terms: [Term]
    /// Which end of the order is the good one, where the schema says (`schema/scales.tsv`).
    package let better: Better?
    private let indexByFoldedSpelling: [String: Int]

    package init(name: String, terms: [Term], better: Better? = nil) {
        self.name = name
        self.terms = terms
        self.better = better
        var index: [String: Int] = [:]
        for (position, term) in terms.enumerated() {
            for spelling in [term.value] + term.synonyms {
                // The first term to claim a spelling keeps it; the loader reports clashes.
                // Folded once: folding was most of decoding the schema from the cache.
                let folded = TextFolding.fold(spelling)
                if index[folded] == nil { index[folded] = position }
            }
        }
        self.indexByFoldedSpelling = index
    }

    /// A vocabulary whose folded spellings were worked out before, by `init(name:terms:)`
    /// in a run that kept them (the compiled cache): folding every spelling again was
    /// most of decoding the schema at every start.
    package init(name: String, terms: [Term], foldedSpellings: [String: Int], better: Better? = nil) {
        self.name = name
        self.terms = terms
        self.better = better
        self.indexByFoldedSpelling = foldedSpellings
    }

    /// The values in order with what the order means, for drawing them.
    package var meaning: ScaleMeaning {
        ScaleMeaning(name: name, values: terms.map(\.value), better: better)
    }

    /// Each folded spelling and the index of the term it names.
    package var foldedSpellings: [String: Int] { indexByFoldedSpelling }

    /// The index of the term that `spelling` names, ignoring case and diacritics.
    package func index(matching spelling: String) -> Int? {
        indexByFoldedSpelling[TextFolding.fold(spelling)]
    }

    /// Every spelling that more than one term claims (a broken vocabulary).
    package var ambiguousSpellings: [String] {
        var owners: [String: Set<Int>] = [:]
        for (position, term) in terms.enumerated() {
            for spelling in [term.value] + term.synonyms {
                owners[TextFolding.fold(spelling), default: []].insert(position)
            }
        }
        return owners.filter { $0.value.count > 1 }.map(\.key).sorted()
    }
}
