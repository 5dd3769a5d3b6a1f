/// Folding text so that people on any keyboard match the review's spellings:
/// case is ignored, diacritics dropped, and the Norwegian letters spelled in ASCII
/// (`æ` as `ae`, `ø` as `o`, `å` as `a`), so `Oye`, `øye` and `ØYE` all fold to `oye`.
public enum TextFolding {
    /// The folded form of `text`: lowercase ASCII where a letter has an ASCII spelling.
    public static func fold(_ text: String) -> String {
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
        fold(text).split { !($0.isLetter || $0.isNumber) }.map(String.init)
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
