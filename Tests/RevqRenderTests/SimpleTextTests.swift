import RevqCore
import RevqTestSupport
import Testing

@testable import RevqRender

/// The byte-at-a-time path for simple text must give exactly what the grapheme-cluster
/// path gives: tables are golden files, and a line one column off breaks every border.
@Suite struct SimpleTextTests {
    /// Letters, spaces and line breaks in the proportions that make words, runs of
    /// spaces, empty lines and words wider than a line all common.
    static let alphabet: [String] = [
        "a", "b", "c", "æ", "ø", "å", "Å", "é", "ŋ", "\u{A0}", "–", "…", "”",
        " ", " ", " ", " ", "\n",
    ]

    @Test func wrapsAsTheGraphemeClusterPathDoes() {
        var generator = SeededGenerator(seed: 12)
        for _ in 0..<3000 {
            let length = Int.random(in: 0...40, using: &generator)
            let text = (0..<length).map { _ in Self.alphabet.randomElement(using: &generator)! }.joined()
            let width = Int.random(in: 0...12, using: &generator)
            let fast = SimpleText.wrap(text, width: width)
            #expect(fast == TextWrapper.wrapByCharacters(text, width: width), "\(text.debugDescription) at \(width)")
            let widest =
                text.split(separator: "\n", omittingEmptySubsequences: false).map { DisplayWidth.of(String($0)) }.max()
                ?? 0
            #expect(SimpleText.widestLine(text) == widest, "\(text.debugDescription)")
        }
    }

    /// The byte test agrees with the scalar test for every scalar of the BMP's first
    /// blocks and for the neighbours of each range's ends.
    @Test func readingBytesAgreesWithReadingScalars() {
        let values = Array(0..<0x2100) + [0x2212, 0x202A, 0x202E, 0x2066, 0x3000, 0x1F44D, 0x10FFFF]
        let disagreements = values.compactMap(Unicode.Scalar.init).filter { scalar in
            SimpleText.isSimple(String(scalar)) != SimpleText.isSimple(scalar)
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(5).map(\.value))")
    }

    @Test(arguments: ["e\u{301}", "a\r\nb", "a\tb", "研究", "\u{202E}x", "\u{85}", "👍", "a\u{200D}b", "a \u{301}b"])
    func textThatNeedsClustersIsLeftToThem(text: String) {
        #expect(!SimpleText.isSimple(text))
        #expect(SimpleText.wrap(text, width: 3) == nil)
        #expect(TextWrapper.wrap(text, width: 3) == TextWrapper.wrapByCharacters(text, width: 3))
    }

    /// The fast path is the one tables of findings and studies take: every finding's
    /// text and every study's label in the review is simple.
    @Test func theReviewsFindingsAreSimpleText() {
        let texts = BundledStore.column("text", of: "findings") + BundledStore.column("label", of: "studies")
        #expect(texts.count > 60)
        #expect(texts.filter { !SimpleText.isSimple($0) }.isEmpty)
    }

    @Test func paddingFillsToTheWidth() {
        #expect(DisplayWidth.padded("ø", to: 3) == "ø  ")
        #expect(DisplayWidth.padded("12", to: 4, right: true) == "  12")
    }

    /// Eight bytes at a time: each byte value at each place of a word of letters is
    /// printable ASCII exactly when it is 0x20-0x7E.
    @Test func eightBytesAtATimeAgreeWithOneAtATime() {
        Self.eachByteAtEachPlace { word, value, place in
            #expect(SimpleText.isPrintableASCII(word) == (0x20...0x7E).contains(value), "byte \(value) at \(place)")
        }
    }

    /// `check` for every word of eight letters with one byte changed: each value at each place.
    static func eachByteAtEachPlace(_ check: (_ word: UInt64, _ value: Int, _ place: Int) -> Void) {
        for place in 0..<8 {
            for value in 0...255 {
                var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: 8)
                bytes[place] = UInt8(value)
                check(bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }, value, place)
            }
        }
    }

    /// Longer text, where the eight-byte path runs: the byte test agrees with the scalar test.
    @Test func longTextReadsAsItsScalars() {
        var generator = SeededGenerator(seed: 31)
        let pieces = Self.alphabet + ["x", "y", "\u{7F}", "\u{1F}", "\t", "\u{301}", "研", "\u{2028}"]
        for _ in 0..<3000 {
            var text = (0..<Int.random(in: 0...40, using: &generator)).map { _ in
                pieces.randomElement(using: &generator)!
            }.joined()
            let expected = text.unicodeScalars.allSatisfy(SimpleText.isSimple)
            #expect(text.withUTF8(SimpleText.isSimple(utf8:)) == expected, "\(text.debugDescription)")
        }
    }

    /// The widest word read from the bytes is the widest word measured by characters.
    @Test func longestWordAsCharactersMeasureIt() {
        var generator = SeededGenerator(seed: 41)
        for _ in 0..<3000 {
            let text = (0..<Int.random(in: 0...30, using: &generator)).map { _ in
                Self.alphabet.randomElement(using: &generator)!
            }.joined()
            let expected =
                text.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { DisplayWidth.of(String($0)) }.max() ?? 0
            #expect(SimpleText.longestWord(text) == expected, "\(text.debugDescription)")
            #expect(TableLayout.longestWord(of: text) == expected, "\(text.debugDescription)")
        }
    }
}
