import RevqCore

/// The dataset's thesaurus (`schema/thesaurus.tsv`) read both ways and over stems: a
/// search phrase that reaches an entry's term or any of the phrases it lists also finds
/// the others. SMS finds tekstmelding*; `"text messages"` (reaching `text messag*`) finds
/// SMS and tekstmelding*; tekstmeldingene (the stem of the term tekstmeldinger) finds SMS.
///
///     SearchThesaurus(schema.thesaurus, stemmer: stemmer).alternatives(to: phrase)
///     // ["tekstmelding*", "text messag*", "texting"] for SMS
struct SearchThesaurus {
    /// Each entry's term and what it lists, by term, so notes come out in one order.
    private let entries: [[String]]
    private let stemmer: NorwegianStemmer

    init(_ thesaurus: [String: [String]], stemmer: NorwegianStemmer) {
        entries = thesaurus.keys.sorted().map { [$0] + thesaurus[$0]! }
        self.stemmer = stemmer
    }

    /// What `phrase` also finds, as written in the thesaurus: first the entries whose term
    /// it is, then those listing it; never a spelling it reaches itself, nor one that a
    /// prefix also listed covers (tekstmeldinger beside tekstmelding*).
    func alternatives(to phrase: [SearchWord]) -> [String] {
        let byTerm = entries.filter { reaches($0[0], phrase) }
        let byListing = entries.filter { entry in !reaches(entry[0], phrase) && entry.dropFirst().contains { reaches($0, phrase) } }
        var found: [String] = []
        for member in (byTerm + byListing).joined() where !reaches(member, phrase) && !found.contains(member) {
            found.append(member)
        }
        return found.filter { candidate in !found.contains { $0 != candidate && covers($0, candidate) } }
    }

    /// The typed words of a thesaurus spelling, stars kept.
    static func words(of spelling: String) -> [String] {
        spelling.split(separator: " ").map(String.init)
    }

    /// Every word of `spelling` reaches the typed word at its place: by stem, or as a prefix.
    private func reaches(_ spelling: String, _ phrase: [SearchWord]) -> Bool {
        let listed = Binder.phrase(Self.words(of: spelling), stemmer: stemmer)
        guard listed.count == phrase.count else { return false }
        return zip(listed, phrase).allSatisfy { listed, typed in
            listed.reach == .prefix ? typed.word.hasPrefix(listed.word) : (typed.stem == listed.stem || typed.word == listed.word)
        }
    }

    /// A one-word prefix (`tekstmelding*`) covers a one-word spelling that begins with it.
    private func covers(_ prefix: String, _ spelling: String) -> Bool {
        let wide = Binder.phrase(Self.words(of: prefix), stemmer: stemmer)
        let narrow = Binder.phrase(Self.words(of: spelling), stemmer: stemmer)
        guard wide.count == 1, narrow.count == 1, wide[0].reach == .prefix else { return false }
        return narrow[0].word.hasPrefix(wide[0].word)
    }
}
