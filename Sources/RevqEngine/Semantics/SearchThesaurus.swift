import RevqCore

/// The dataset's thesaurus (`schema/thesaurus.tsv`) read both ways and over stems: a
/// search phrase that reaches an entry's term or any of the phrases it lists also finds
/// the others. SMS finds tekstmelding*; `"text messages"` (reaching `text messag*`) finds
/// SMS and tekstmelding*; tekstmeldingene (the stem of the term tekstmeldinger) finds SMS.
///
///     SearchThesaurus(schema.thesaurus, stemmer: stemmer).alternatives(to: phrase)
///     // ["tekstmelding*", "text messag*", "texting"] for SMS
struct SearchThesaurus {
    /// One spelling of an entry (its term or a phrase it lists) with its search words.
    private struct Member {
        let spelling: String
        let phrase: [SearchWord]
    }

    /// Each entry, its term first, by term, so notes come out in one order.
    private let entries: [[Member]]

    init(_ thesaurus: [String: [String]], stemmer: NorwegianStemmer) {
        entries = thesaurus.keys.sorted().map { term in
            ([term] + thesaurus[term]!).map {
                Member(spelling: $0, phrase: Binder.phrase(Self.words(of: $0), stemmer: stemmer))
            }
        }
    }

    /// What `phrase` also finds, as written in the thesaurus: first the entries whose term
    /// it is, then those listing it; never a spelling it reaches itself, nor one that a
    /// prefix also listed covers (tekstmeldinger beside tekstmelding*).
    func alternatives(to phrase: [SearchWord]) -> [String] {
        let byTerm = entries.filter { Self.reaches($0[0].phrase, phrase) }
        let byListing = entries.filter { entry in
            !Self.reaches(entry[0].phrase, phrase) && entry.dropFirst().contains { Self.reaches($0.phrase, phrase) }
        }
        var found: [Member] = []
        for member in (byTerm + byListing).joined()
        where !Self.reaches(member.phrase, phrase) && !found.contains(where: { $0.spelling == member.spelling }) {
            found.append(member)
        }
        return found.filter { candidate in
            !found.contains { $0.spelling != candidate.spelling && Self.covers($0.phrase, candidate.phrase) }
        }
        .map(\.spelling)
    }

    /// The typed words of a thesaurus spelling, stars kept.
    static func words(of spelling: String) -> [String] {
        spelling.split(separator: " ").map(String.init)
    }

    /// Every listed word reaches the typed word at its place: by stem, or as a prefix.
    private static func reaches(_ listed: [SearchWord], _ phrase: [SearchWord]) -> Bool {
        listed.count == phrase.count
            && zip(listed, phrase).allSatisfy { listed, typed in
                listed.reach == .prefix
                    ? typed.word.hasPrefix(listed.word) : (typed.stem == listed.stem || typed.word == listed.word)
            }
    }

    /// A one-word prefix (`tekstmelding*`) covers a one-word spelling that begins with it.
    private static func covers(_ wide: [SearchWord], _ narrow: [SearchWord]) -> Bool {
        wide.count == 1 && narrow.count == 1 && wide[0].reach == .prefix && narrow[0].word.hasPrefix(wide[0].word)
    }
}
