import RevqCore
import Testing

/// Expected widths from Unicode's East Asian Width property and what terminals draw.
@Suite struct DisplayWidthTests {
    static let cases = [
        ("Øye 2018", 8), ("svært lav", 9), ("Fraværsregistrering", 19), ("ÆØÅ æøå", 7),
        ("Rene\u{301}", 4), // e + combining acute accent
        ("O\u{308}ye", 3), // O + combining diaeresis
        ("\u{301}", 0), // a combining accent with nothing before it
        ("研究", 4), ("学校 Øye", 8), ("、", 2), ("\u{3000}", 2), // CJK, ideographic comma and space
        ("Ａ", 2), ("ｱ", 1), // fullwidth Latin, halfwidth katakana
        ("한국", 4), // Hangul syllables
        ("👍", 2), ("👩‍👩‍👧", 2), ("🇳🇴", 2), ("👍🏽", 2), // emoji, ZWJ sequence, flag, skin tone
        ("❤️", 2), ("❤", 1), ("1️⃣", 2), // text-default symbol with VS16, keycap
        ("a\u{200D}b", 2), ("\u{200B}", 0), ("\u{FEFF}", 0), ("\u{2060}", 0), // joiners, invisible
        ("\t", 0), ("\u{1B}", 0), ("\u{7F}", 0), ("\u{85}", 0), // control characters
        ("\u{AD}", 1), // soft hyphen, drawn by terminals
        ("", 0),
    ]

    @Test(arguments: cases)
    func width(text: String, expected: Int) {
        #expect(DisplayWidth.of(text) == expected)
    }

    /// The fast paths for ASCII and Latin text agree with measuring cluster by cluster,
    /// on every line of the review and on the awkward cases above.
    @Test func wholeTextEqualsTheSumOfItsCharacters() {
        let texts = Fixtures.review.lines + Self.cases.map(\.0) + ["\u{301}abc", "Ås\u{488}", "a\r\nb", "\u{AD}\u{7F}"]
        let mismatches = texts.filter { text in DisplayWidth.of(text) != text.reduce(0) { $0 + DisplayWidth.of($1) } }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(3))")
    }
}
