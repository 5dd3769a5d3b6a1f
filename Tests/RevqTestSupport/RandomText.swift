/// Random text for the quoting round trips: pieces that each format treats specially (both
/// quotes, backslashes, tabs, line breaks, CR, `|`, `<br>`, entities), Norwegian letters,
/// emoji, combining marks and control characters, strung together by a seeded generator
/// so that a failing case can be replayed.
package struct RandomText {
    package static let pieces: [String] = [
        "a", "Z", "0", "9", " ", "  ", "\"", "'", "\"\"", "''", "\\", "\\t", "\\n", "\\|", "\t", "\n", "\r", "\r\n",
        "æ", "ø", "å", "Æ", "Ø", "Å", "Øye 2018", "👍🏽", "👩‍👩‍👧", "🇳🇴", "e\u{301}", "\u{301}", "\u{200D}", "\u{A0}",
        "|", "*", "`", "<", ">", "&", ";", ",", "#", "-", ".", "<br>", "&amp;", "&lt;", "&#39;", "%",
        "\u{0}", "\u{1B}", "\u{7}", "\u{7F}", "\u{85}", "\u{202E}", "\u{FEFF}", "\u{FFFD}",
    ]

    /// The generator the texts come from, for a test's other random choices.
    package var generator: SeededGenerator

    package init(seed: UInt64) { generator = SeededGenerator(seed: seed) }

    /// Up to `length` pieces; sometimes none.
    package mutating func next(length: Int = 12) -> String {
        (0..<Int.random(in: 0...length, using: &generator)).map { _ in Self.pieces.randomElement(using: &generator)! }
            .joined()
    }

    /// `count` texts, with the empty one first.
    package mutating func texts(_ count: Int) -> [String] {
        [""] + (1..<count).map { _ in next() }
    }
}
