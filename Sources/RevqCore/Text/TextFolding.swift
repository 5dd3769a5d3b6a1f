/// Folding text so that people on any keyboard match the review's spellings:
/// case is ignored, diacritics dropped, and the Norwegian letters spelled in ASCII
/// (`æ` as `ae`, `ø` as `o`, `å` as `a`), so `Oye`, `øye` and `ØYE` all fold to `oye`.
package enum TextFolding {
    /// The folded form of `text`: lowercase ASCII where a letter has an ASCII spelling.
    package static func fold(_ text: String) -> String {
        // Most text is ASCII: lowercase its bytes without looking up Unicode properties.
        // ASCII already in lower case is its own folding: most vocabulary spellings, which
        // the schema folds at every start, and most words typed.
        var text = text
        switch text.withUTF8({ asciiCase($0) }) {
        case .lower: return text
        case .mixed: return String(decoding: text.utf8.map(asciiLowercase), as: UTF8.self)
        case .notASCII: break
        }
        var folded: [UInt8] = []
        folded.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                folded.append(asciiLowercase(UInt8(scalar.value)))
            } else if let spelled = spelling[scalar.value] {
                folded.append(contentsOf: spelled.utf8)
            } else if scalar.properties.generalCategory == .nonspacingMark {
                continue // a combining accent typed after its letter
            } else {
                folded.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
            }
        }
        return String(decoding: folded, as: UTF8.self)
    }

    /// The words of `text`, folded, split at anything that is not a letter or digit.
    package static func words(_ text: String) -> [String] {
        words(ofFolded: fold(text))
    }

    /// The words of text already folded with `fold` (saves folding it twice).
    package static func words(ofFolded folded: String) -> [String] {
        if folded.utf8.allSatisfy({ $0 < 0x80 }) { return asciiWords(Array(folded.utf8)) }
        var words: [String] = []
        var word = String.UnicodeScalarView()
        for scalar in folded.unicodeScalars {
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

    /// The runs of ASCII letters and digits, cut straight from the bytes.
    private static func asciiWords(_ bytes: [UInt8]) -> [String] {
        var words: [String] = []
        var start = -1
        for index in 0...bytes.count {
            let isWord = index < bytes.count && isASCIIWordByte(bytes[index])
            if isWord, start < 0 { start = index }
            if !isWord, start >= 0 {
                words.append(String(decoding: bytes[start..<index], as: UTF8.self))
                start = -1
            }
        }
        return words
    }

    private static func isASCIIWordByte(_ byte: UInt8) -> Bool {
        (48...57).contains(byte) || (97...122).contains(byte) || (65...90).contains(byte)
    }

    /// Letters and digits, by scalar: a folded text has no combining marks left to group.
    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            return (48...57).contains(scalar.value) || (97...122).contains(scalar.value)
                || (65...90).contains(scalar.value)
        }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    private enum ASCIICase { case lower, mixed, notASCII }

    private static func asciiCase(_ bytes: UnsafeBufferPointer<UInt8>) -> ASCIICase {
        var sawUpper = false
        for byte in bytes {
            if byte >= 0x80 { return .notASCII }
            if (65...90).contains(byte) { sawUpper = true }
        }
        return sawUpper ? .mixed : .lower
    }

    private static func asciiLowercase(_ byte: UInt8) -> UInt8 {
        (65...90).contains(byte) ? byte + 32 : byte
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
