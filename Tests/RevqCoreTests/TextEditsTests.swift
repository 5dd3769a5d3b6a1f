import Foundation
import RevqCore
import RevqTestSupport
import Testing

/// revq trims and replaces without Foundation; these tests hold its answers to Foundation's
/// (linked into the tests only) over every space and line break Foundation knows.
@Suite struct TextEditsTests {
    /// Every scalar Foundation counts as a space or a line break, neighbours that it does not
    /// (zero-width joiners, the Mongolian vowel separator, controls), "\r\n" as one
    /// character, combining marks, æøå, and the quote, ampersand and backslash revq replaces.
    static let alphabet: [String] = [
        "a", "æ", "Ø", "e\u{301}", "\u{301}", "研", "👍", " ", "\t", "\n", "\r", "\r\n",
        "\u{0B}", "\u{0C}", "\u{1C}", "\u{85}", "\u{A0}", "\u{1680}", "\u{180E}", "\u{2000}",
        "\u{2007}", "\u{200A}", "\u{200B}", "\u{200C}", "\u{200D}", "\u{2028}", "\u{2029}",
        "\u{202F}", "\u{205F}", "\u{2060}", "\u{3000}", "\u{FEFF}", "\"", "&", "\\", "`", "<",
    ]

    static func texts(seed: UInt64, count: Int) -> [String] {
        var generator = SeededGenerator(seed: seed)
        return (0..<count).map { _ in
            (0..<Int.random(in: 0...8, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }
                .joined()
        }
    }

    @Test func spacesTrimAsFoundationTrims() {
        for text in Self.texts(seed: 7, count: 5000) {
            #expect(text.trimmingSpaces() == text.trimmingCharacters(in: .whitespaces), "\(text.debugDescription)")
            #expect(text.dropFirst(0).trimmingSpaces() == text.trimmingCharacters(in: .whitespaces))
        }
    }

    /// The shortcut for lines with visible ASCII at both ends trims what Foundation trims,
    /// and so do the lines just outside it (DEL, controls, spaces other than ASCII's).
    @Test(arguments: [
        "", " ", "\t", "findings", " findings", "findings\t", " .mode csv ", "\u{A0}.help",
        ".help\u{200B}", "\u{3000}x", "x\u{2003}", "\u{7F}x", "x\u{1F}", "æ", " ø ", "#", "--x",
    ])
    func scriptLinesTrimAsFoundationTrims(_ line: String) {
        #expect(line.trimmingSpaces() == line.trimmingCharacters(in: .whitespaces), "\(line.debugDescription)")
    }

    @Test func spacesAndNewlinesTrimAsFoundationTrims() {
        for text in Self.texts(seed: 8, count: 5000) {
            #expect(
                text.trimmingSpacesAndNewlines() == text.trimmingCharacters(in: .whitespacesAndNewlines),
                "\(text.debugDescription)")
        }
    }

    /// Each target revq replaces, and longer ones that overlap themselves ("aa" in "aaa"),
    /// found as Foundation's literal search finds them.
    @Test func replacementFindsWhatFoundationsLiteralSearchFinds() {
        let targets = ["\"", "&", "\\", "\n", "`", "<", " error: ", "aa", "\r\n", "e\u{301}", "\u{301}"]
        for text in Self.texts(seed: 9, count: 3000) + ["aaa", "aaaa", " error: x error: ", "\r\n\n"] {
            for target in targets {
                #expect(
                    text.replacingEvery(target, with: "<\(target.count)>")
                        == text.replacingOccurrences(of: target, with: "<\(target.count)>", options: .literal),
                    "\(text.debugDescription) / \(target.debugDescription)")
            }
        }
    }

    /// Foundation's default search compares characters, so a quote, an ampersand or a
    /// backslash followed by a combining mark or a zero-width non-joiner went unescaped (in a
    /// SQL name, a record's HTML, a history line); revq's finds every one.
    @Test func anEscapedCharacterIsFoundBeforeACombiningMark() {
        #expect("a\"\u{301}b".replacingEvery("\"", with: "\"\"") == "a\"\"\u{301}b")
        #expect("x&\u{200C}".replacingEvery("&", with: "&amp;") == "x&amp;\u{200C}")
        #expect("x&\u{200C}".replacingOccurrences(of: "&", with: "&amp;") == "x&\u{200C}")
    }

    @Test func paddingCountsColumns() {
        #expect(DisplayWidth.padded("Øye", to: 6) == "Øye   ")
        #expect(DisplayWidth.padded("研究", to: 6) == "研究  ")
        #expect(DisplayWidth.padded("e\u{301}", to: 2) == "e\u{301} ")
        #expect(DisplayWidth.padded("longer", to: 3) == "longer")
    }
}
