/// How many terminal columns text takes: one per character for the review's letters
/// (precomposed or with a combining accent), two for East Asian wide characters and
/// emoji (also emoji sequences joined by zero-width joiners), none for control
/// characters, lone combining marks and invisible format characters.
///
///     DisplayWidth.of("Øye 2018")   // 8
///     DisplayWidth.of("e\u{301}")    // 1: e with a combining acute accent
///     DisplayWidth.of("研究")         // 4
package enum DisplayWidth {
    package static func of(_ text: String) -> Int {
        // Printable ASCII is one column a byte. Below Hebrew (Latin with æøå, combining
        // accents, Greek, Cyrillic) a cluster is a letter and zero-width marks, so its
        // scalars can be summed; only other text needs grapheme clusters.
        var text = text
        if let width = text.withUTF8({ latinWidth($0) }) { return width }
        return scalarWidth(of: text)
    }

    /// The width of text whose scalars are all below U+0300, read from its bytes (the
    /// scalar loop's answer, a tenth of its cost: tables measure every line of every
    /// cell); nil for any other text.
    static func latinWidth(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var (width, at) = (0, 0)
        while at < bytes.count {
            let byte = bytes[at]
            if byte < 0x80 {
                if byte >= 0x20 && byte != 0x7F { width += 1 }
                at += 1
            } else if (0xC2...0xCB).contains(byte), at + 1 < bytes.count {
                // U+0080-02FF; U+0080-009F are controls, no column.
                if byte != 0xC2 || bytes[at + 1] >= 0xA0 { width += 1 }
                at += 2
            } else {
                return nil
            }
        }
        return width
    }

    static func scalarWidth(of text: String) -> Int {
        var width = 0
        for scalar in text.unicodeScalars {
            guard scalar.value < 0x0590 else { return clusterWidth(of: text) }
            if !isZeroWidth(scalar) { width += 1 }
        }
        return width
    }

    private static func clusterWidth(of text: String) -> Int {
        var width = 0
        for character in text { width += of(character) }
        return width
    }

    /// `text` padded with spaces to `width` columns (as it is when already that wide), on
    /// the left when `right` is true: columns aligned for æøå and wide characters alike.
    package static func padded(_ text: String, to width: Int, right: Bool = false) -> String {
        let gap = String(repeating: " " as Character, count: max(0, width - of(text)))
        return right ? gap + text : text + gap
    }

    /// `text` in at most `width` columns: as it is when it fits, else cut and ended with
    /// "…", so that a shortened text never passes for a whole one.
    package static func truncated(_ text: String, to width: Int) -> String {
        guard of(text) > width else { return text }
        var kept = ""
        var keptWidth = 0
        for character in text {
            let characterWidth = of(character)
            if keptWidth + characterWidth > width - 1 { break }
            kept.append(character)
            keptWidth += characterWidth
        }
        return kept + "…"
    }

    /// The width of one grapheme cluster; its first scalar decides, except that an emoji
    /// variation selector (U+FE0F) widens and a text variation selector (U+FE0E) narrows.
    package static func of(_ character: Character) -> Int {
        guard let first = character.unicodeScalars.first else { return 0 }
        if isZeroWidth(first) { return 0 }
        let scalars = character.unicodeScalars
        if scalars.contains("\u{FE0E}") { return 1 }
        if first.properties.isEmojiPresentation || isWide(first.value) { return 2 }
        if first.properties.isEmoji, scalars.contains("\u{FE0F}") { return 2 }
        return 1
    }

    /// Controls, marks that sit on a previous letter, and invisible characters (zero-width
    /// space and joiner, variation selectors, byte-order mark). The soft hyphen stays one
    /// column wide, as terminals draw it.
    private static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 32 || (0x7F..<0xA0).contains(value) { return true }
        if value < 0x300 { return false } // Latin letters, the soft hyphen included
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return true
        default:
            return scalar.properties.isDefaultIgnorableCodePoint
                || (0x1160...0x11FF).contains(value) // Hangul medial vowels and final consonants
        }
    }

    /// East Asian Wide and Fullwidth blocks (Unicode's EastAsianWidth.txt, W and F).
    private static func isWide(_ value: UInt32) -> Bool {
        (0x1100...0x115F).contains(value) || (0x2E80...0x303E).contains(value)
            || (0x3041...0x33FF).contains(value) || (0x3400...0x4DBF).contains(value)
            || (0x4E00...0x9FFF).contains(value) || (0xA000...0xA4CF).contains(value)
            || (0xA960...0xA97F).contains(value) || (0xAC00...0xD7A3).contains(value)
            || (0xF900...0xFAFF).contains(value) || (0xFE10...0xFE19).contains(value)
            || (0xFE30...0xFE6F).contains(value) || (0xFF00...0xFF60).contains(value)
            || (0xFFE0...0xFFE6).contains(value) || (0x16FE0...0x18CFF).contains(value)
            || (0x1B000...0x1B2FF).contains(value) || (0x1F200...0x1F2FF).contains(value)
            || (0x20000...0x3FFFD).contains(value)
    }
}
