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
        var pending: String?
        for (token, afterHyphen) in tokens(of: text) {
            if let last = pending, afterHyphen, acronymEndings.contains(token), isCapitals(last) {
                words.append(acronym(last, stemmer: stemmer))
                pending = nil
                continue
            }
            if let last = pending { words.append(word(last, stemmer: stemmer)) }
            pending = token
        }
        if let last = pending { words.append(word(last, stemmer: stemmer)) }
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

    /// One word: an acronym with its ending on (SMSer) or a word Snowball stems; each
    /// spelling is worked out once per stemmer (a text repeats its words).
    private static func word(_ token: String, stemmer: NorwegianStemmer) -> TextWord {
        if let known = stemmer.knownWords[token] { return known }
        let capitals = token.unicodeScalars.prefix(while: isUpper)
        let ending = String(String.UnicodeScalarView(token.unicodeScalars.dropFirst(capitals.count)))
        let folded = TextFolding.fold(token)
        let word: TextWord
        if capitals.count >= 2, ending.isEmpty || acronymEndings.contains(ending) {
            word = TextWord(
                folded: folded, stem: stemmer.stem(TextFolding.fold(String(String.UnicodeScalarView(capitals)))),
                isAcronym: true)
        } else {
            word = TextWord(folded: folded, stem: stemmer.stem(folded), isAcronym: false)
        }
        stemmer.knownWords[token] = word
        return word
    }

    /// An acronym whose ending stood after a hyphen: one word, spelled without the ending.
    private static func acronym(_ base: String, stemmer: NorwegianStemmer) -> TextWord {
        let folded = TextFolding.fold(base)
        return TextWord(folded: folded, stem: stemmer.stem(folded), isAcronym: true)
    }

    private static func isCapitals(_ token: String) -> Bool {
        token.unicodeScalars.count >= 2 && token.unicodeScalars.allSatisfy(isUpper)
    }

    /// ASCII first: most words are, and Unicode properties are slow to look up.
    private static func isUpper(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? (65...90).contains(scalar.value) : scalar.properties.isUppercase
    }

    /// The runs of letters and digits (a combining mark stays with its letter), each with
    /// whether exactly one hyphen stood before it; read from the UTF-8 bytes, as most are ASCII.
    static func tokens(of text: String) -> [(String, Bool)] {
        var text = text
        return text.withUTF8 { bytes in
            var tokens: [(String, Bool)] = []
            var start = -1
            var separator = 0
            var hyphens = 0
            var index = 0
            let flush = { (end: Int) in
                let token = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
                tokens.append((token, separator == 1 && hyphens == 1 && !tokens.isEmpty))
            }
            while index < bytes.count {
                let (scalar, length) = scalar(in: bytes, at: index)
                if isWordScalar(scalar) {
                    if start < 0 { start = index }
                } else {
                    if start >= 0 {
                        flush(index)
                        start = -1
                        separator = 0
                        hyphens = 0
                    }
                    separator += 1
                    if isHyphen(scalar) { hyphens += 1 }
                }
                index += length
            }
            if start >= 0 { flush(bytes.count) }
            return tokens
        }
    }

    /// The scalar whose UTF-8 encoding starts at `index` of valid UTF-8, and its length.
    private static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, Int) {
        let lead = bytes[index]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        var value = UInt32(lead) & (length == 4 ? 0x07 : length == 3 ? 0x0F : 0x1F)
        for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    /// Hyphen-minus, hyphen and the non-breaking hyphen the review writes (`fraværs‑SMS`).
    private static func isHyphen(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "-" || scalar.value == 0x2010 || scalar.value == 0x2011
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value
            return (48...57).contains(value) || (97...122).contains(value) || (65...90).contains(value)
        }
        let properties = scalar.properties
        return properties.isAlphabetic || properties.numericType != nil || properties.generalCategory == .nonspacingMark
    }
}
