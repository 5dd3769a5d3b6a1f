import Foundation
import RevqTestSupport
import Testing

@testable import RevqCore

/// The byte-level fast paths give what the definitions they shortcut give.
@Suite struct ByteFastPathTests {
    /// ASCII with its controls and DEL, Latin-1 with its C1 controls and NBSP, the last
    /// Latin scalars before the combining accents and after, Greek, CJK and emoji.
    static let alphabet: [String] = [
        "a", "Z", " ", "~", "\n", "\t", "\u{1F}", "\u{7F}", "\u{80}", "\u{9F}", "\u{A0}",
        "æ", "ø", "Å", "\u{2FF}", "\u{300}", "e\u{301}", "ω", "\u{58F}", "\u{590}",
        "研", "👍", "\u{200B}", "–",
    ]

    /// `DisplayWidth.of` reads Latin text from its bytes: the same width as the scalar loop.
    @Test func latinBytesMeasureAsScalars() {
        var generator = SeededGenerator(seed: 21)
        for _ in 0..<4000 {
            let length = Int.random(in: 0...12, using: &generator)
            let text = (0..<length).map { _ in Self.alphabet.randomElement(using: &generator)! }.joined()
            #expect(DisplayWidth.of(text) == DisplayWidth.scalarWidth(of: text), "\(text.debugDescription)")
        }
    }
}
