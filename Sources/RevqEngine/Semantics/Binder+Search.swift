import RevqCore
import RevqLanguage

extension Binder {
    /// The terms of a `~` value: a quoted value is one phrase (its words next to each other,
    /// in order), bare words are a term each. A word finds its inflections (same stem); a
    /// final `*` makes it a prefix, a leading `*` lets it end a compound. A term that the
    /// dataset's thesaurus lists also finds the rest of its entry (`SearchThesaurus`).
    func searchTerms(_ value: Literal) throws(Diagnostic) -> SearchExpansion {
        let stemmer = NorwegianStemmer()
        let thesaurus = catalog.thesaurus
        let typed = value.text.split(separator: " ").map(String.init)
        var terms: [SearchTerm] = []
        var used: [String] = []
        for words in value.kind == .string ? [typed] : typed.map({ [$0] }) {
            let phrase = Binder.phrase(words, stemmer: stemmer)
            guard !phrase.isEmpty else { continue }
            let alternatives = thesaurus.alternatives(to: phrase)
            terms.append(
                SearchTerm(
                    phrases: [phrase]
                        + alternatives.map { Binder.phrase(SearchThesaurus.words(of: $0), stemmer: stemmer) }))
            if !alternatives.isEmpty {
                used.append(
                    "\(phrase.map(\.word).joined(separator: " ")) also finds \(alternatives.joined(separator: ", "))")
            }
        }
        guard !terms.isEmpty else {
            throw Diagnostic(.nothingToSearch(value.text), at: value.range)
        }
        return SearchExpansion(terms: terms, thesaurus: used)
    }

    /// Typed words as search words; a word with inner punctuation (`skole-hjem`) becomes
    /// its words in a row, and `*` reaches out at the end of the word it ends or begins.
    static func phrase(_ typed: [String], stemmer: NorwegianStemmer) -> [SearchWord] {
        var result: [SearchWord] = []
        for word in typed {
            let leading = word.hasPrefix("*")
            let trailing = word.hasSuffix("*") && word.count > 1
            let words = TextWords.words(of: String(word.drop { $0 == "*" }), stemmer: stemmer)
            for (index, text) in words.enumerated() {
                let reach = reach(leading: leading && index == 0, trailing: trailing && index == words.count - 1)
                let bases = text.isAcronym ? [] : TextWords.acronymBases(of: text.folded, stemmer: stemmer)
                result.append(SearchWord(word: text.folded, stem: text.stem, acronymBases: bases, reach: reach))
            }
        }
        return result
    }

    private static func reach(leading: Bool, trailing: Bool) -> SearchWord.Reach {
        switch (leading, trailing) {
        case (true, true): return .inside
        case (true, false): return .compoundEnd
        case (false, true): return .prefix
        case (false, false): return .inflections
        }
    }
}

/// The terms of a `~` value and the thesaurus entries that widened it, for `explain`.
struct SearchExpansion {
    let terms: [SearchTerm]
    let thesaurus: [String]

    /// " (thesaurus: sms also finds tekstmelding*, text messag*)", or nothing.
    var expansionNote: String {
        thesaurus.isEmpty ? "" : " (thesaurus: \(thesaurus.joined(separator: "; ")))"
    }
}
