/// One word of a text as `~` matches it: folded, stemmed, and whether it was written in
/// capitals (SMS, SMSer, RCT-ene).
package struct TextWord: Hashable, Sendable {
    /// The folded spelling: what a prefix (`relasjon*`) or an infix (`*relasjon*`) reads.
    package let folded: String
    /// What a plain word matches: Snowball's stem, or an acronym's stem without its ending.
    package let stem: String
    /// Two or more capitals, with or without a Norwegian ending.
    package let isAcronym: Bool

    package init(folded: String, stem: String, isAcronym: Bool) {
        self.folded = folded
        self.stem = stem
        self.isAcronym = isAcronym
    }
}

/// The words of a text for `~`: split at anything that is not a letter or digit, folded
/// (`TextFolding`) and stemmed (`NorwegianStemmer`).
///
///     TextWords.words(of: "automatiske SMSer", stemmer: NorwegianStemmer()).map(\.stem)
///     // ["automatisk", "sms"]
///
/// Snowball leaves an acronym's Norwegian endings alone (`smser` stays `smser`), so a word
/// of two or more capitals takes the endings -er, -ene, -en and -s, written on (SMSer,
/// RCTene) or after a hyphen (SMS-en, RCT-er), by this rule of its own: its stem is the
/// stem of the capitals.
package enum TextWords {
    package static let acronymEndings = ["er", "ene", "en", "s"]

    package static func words(of text: String, stemmer: NorwegianStemmer) -> [TextWord] {
        var words: [TextWord] = []
        var pending: (base: Substring, capitals: Bool)?
        for (token, afterHyphen) in tokens(of: text) {
            if let last = pending, last.capitals, afterHyphen, acronymEndings.contains(String(token)) {
                words.append(acronym(last.base, stemmer: stemmer))
                pending = nil
                continue
            }
            if let last = pending { words.append(word(last.base, stemmer: stemmer)) }
            pending = (token, isCapitals(token))
        }
        if let last = pending { words.append(word(last.base, stemmer: stemmer)) }
        return words
    }

    /// The stems of the acronyms a word typed in lower case may be (`smser` as SMS with
    /// -er): it matches a word written in capitals with one of these stems.
    package static func acronymBases(of folded: String, stemmer: NorwegianStemmer) -> [String] {
        acronymEndings.compactMap { ending in
            guard folded.hasSuffix(ending), folded.count >= ending.count + 2 else { return nil }
            return stemmer.stem(String(folded.dropLast(ending.count)))
        }
    }

    /// One word: an acronym with its ending on (SMSer) or a word Snowball stems.
    private static func word(_ token: Substring, stemmer: NorwegianStemmer) -> TextWord {
        let capitals = token.unicodeScalars.prefix(while: isUpper)
        let ending = token.unicodeScalars.dropFirst(capitals.count)
        if capitals.count >= 2, ending.isEmpty || acronymEndings.contains(String(String.UnicodeScalarView(ending))) {
            return TextWord(folded: TextFolding.fold(String(token)),
                            stem: stemmer.stem(TextFolding.fold(String(String.UnicodeScalarView(capitals)))), isAcronym: true)
        }
        let folded = TextFolding.fold(String(token))
        return TextWord(folded: folded, stem: stemmer.stem(folded), isAcronym: false)
    }

    /// An acronym whose ending stood after a hyphen: one word, spelled without the ending.
    private static func acronym(_ base: Substring, stemmer: NorwegianStemmer) -> TextWord {
        let folded = TextFolding.fold(String(base))
        return TextWord(folded: folded, stem: stemmer.stem(folded), isAcronym: true)
    }

    private static func isCapitals(_ token: Substring) -> Bool {
        token.unicodeScalars.count >= 2 && token.unicodeScalars.allSatisfy(isUpper)
    }

    /// ASCII first: most words are, and Unicode properties are slow to look up.
    private static func isUpper(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? (65...90).contains(scalar.value) : scalar.properties.isUppercase
    }

    /// The runs of letters and digits (a combining mark stays with its letter), each with
    /// whether exactly one hyphen stood before it.
    static func tokens(of text: String) -> [(Substring, Bool)] {
        var tokens: [(Substring, Bool)] = []
        let scalars = text.unicodeScalars
        var start: String.Index?
        var separator = 0, hyphens = 0
        for index in scalars.indices {
            let scalar = scalars[index]
            if isWordScalar(scalar) {
                if start == nil { start = index }
                continue
            }
            if let begun = start {
                tokens.append((text[begun..<index], separator == 1 && hyphens == 1 && !tokens.isEmpty))
                start = nil
                separator = 0
                hyphens = 0
            }
            separator += 1
            if hyphenScalars.contains(scalar.value) { hyphens += 1 }
        }
        if let begun = start { tokens.append((text[begun...], separator == 1 && hyphens == 1 && !tokens.isEmpty)) }
        return tokens
    }

    /// Hyphen-minus, hyphen and the non-breaking hyphen the review writes (`fraværs‑SMS`).
    private static let hyphenScalars: Set<UInt32> = [0x2D, 0x2010, 0x2011]

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value
            return (48...57).contains(value) || (97...122).contains(value) || (65...90).contains(value)
        }
        let properties = scalar.properties
        return properties.isAlphabetic || properties.numericType != nil || properties.generalCategory == .nonspacingMark
    }
}
