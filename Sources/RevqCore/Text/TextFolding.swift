/// Folding text so that people on any keyboard match the review's spellings:
/// case is ignored, diacritics dropped, and the Norwegian letters spelled in ASCII
/// (`æ` as `ae`, `ø` as `o`, `å` as `a`), so `Oye`, `øye` and `ØYE` all fold to `oye`.
public enum TextFolding {
    /// The folded form of `text`: lowercase ASCII where a letter has an ASCII spelling.
    public static func fold(_ text: String) -> String {
        // Most text is ASCII: lowercase its bytes without looking up Unicode properties.
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            return String(decoding: text.utf8.map { $0 &- 65 < 26 ? $0 + 32 : $0 }, as: UTF8.self)
        }
        var folded = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                folded.append(asciiLowercase(scalar))
            } else if let spelled = spelling[scalar.value] {
                folded.append(contentsOf: spelled.unicodeScalars)
            } else if scalar.properties.generalCategory == .nonspacingMark {
                continue  // a combining accent typed after its letter
            } else {
                folded.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            }
        }
        return String(folded)
    }

    /// The words of `text`, folded, split at anything that is not a letter or digit.
    public static func words(_ text: String) -> [String] {
        var words: [String] = []
        var word = String.UnicodeScalarView()
        for scalar in fold(text).unicodeScalars {
            if isWordScalar(scalar) {
                word.append(scalar)
            } else if !word.isEmpty {
                words.append(String(word))
                word = String.UnicodeScalarView()
            }
        }
        if !word.isEmpty { words.append(String(word)) }
        return words
    }

    /// Letters and digits, by scalar: a folded text has no combining marks left to group.
    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            return (48...57).contains(scalar.value) || (97...122).contains(scalar.value) || (65...90).contains(scalar.value)
        }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    private static func asciiLowercase(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        (65...90).contains(scalar.value) ? Unicode.Scalar(scalar.value + 32)! : scalar
    }

    /// ASCII spellings of the precomposed Latin letters the review and its authors use.
    private static let spelling: [UInt32: String] = {
        var table: [UInt32: String] = [:]
        let groups: [(String, String)] = [
            ("àáâãäåāăąÀÁÂÃÄÅĀĂĄ", "a"), ("æÆ", "ae"), ("çćčÇĆČ", "c"), ("ďđĎĐ", "d"),
            ("èéêëēėęěÈÉÊËĒĖĘĚ", "e"), ("ìíîïīįÌÍÎÏĪĮ", "i"), ("ñńňÑŃŇ", "n"),
            ("òóôõöøōőÒÓÔÕÖØŌŐ", "o"), ("œŒ", "oe"), ("ŕřŔŘ", "r"), ("śšşŚŠŞ", "s"), ("ß", "ss"),
            ("ťţŤŢ", "t"), ("ùúûüūůűųÙÚÛÜŪŮŰŲ", "u"), ("ýÿÝŸ", "y"), ("źżžŹŻŽ", "z"),
            ("łŁ", "l"), ("þÞ", "th"), ("ðÐ", "d"),
        ]
        for (letters, ascii) in groups {
            for scalar in letters.unicodeScalars { table[scalar.value] = ascii }
        }
        return table
    }()
}
