import RevqCore
import Testing

/// What revq prints is shown through `VisibleText`: characters that steer a terminal,
/// reorder a line or take no room are written as their code point (issue 25).
@Suite struct VisibleTextTests {
    @Test(
        "Hidden characters are written as their code point",
        arguments: [
            ("plain æøå", "plain æøå"),
            ("a\u{1B}]0;PWNED\u{7}b", #"a\u{1B}]0;PWNED\u{7}b"#),
            ("\u{0}\u{7F}\u{85}\u{9B}", #"\u{0}\u{7F}\u{85}\u{9B}"#),
            ("x\u{202E}y\u{2066}z\u{2069}", #"x\u{202E}y\u{2066}z\u{2069}"#),
            ("\u{200E}\u{200F}\u{061C}", #"\u{200E}\u{200F}\u{61C}"#),
            ("\u{FEFF}sections", #"\u{FEFF}sections"#),
            ("a\u{200B}b\u{200D}c\u{2060}d\u{AD}e", #"a\u{200B}b\u{200D}c\u{2060}d\u{AD}e"#),
            ("one\ntwo\tthree\r", #"one\u{A}two\u{9}three\u{D}"#),
            ("e\u{301} 研究 👍", "e\u{301} 研究 👍"),
        ])
    func escapes(text: String, expected: String) {
        #expect(VisibleText.escaped(text) == expected)
    }

    @Test func aMessageKeepsItsLineBreaksAndTabs() {
        #expect(VisibleText.escaped("one\ntwo\tthree\u{1B}", keepingLineBreaks: true) == #"one\#ntwo\#tthree\u{1B}"#)
        #expect(VisibleText.escaped("a\r\nb", keepingLineBreaks: true) == #"a\u{D}\#nb"#)
    }

    /// Held to Unicode's own categories, not to a copy of the list: every control is
    /// hidden, and no letter, digit, punctuation, symbol or space is, but for the fillers
    /// and marks that draw nothing.
    @Test func everyControlAndNoVisibleCharacterIsHidden() {
        let drawNothing: Set<UInt32> = [
            0x034F, 0x115F, 0x1160, 0x17B4, 0x17B5, 0x180B, 0x180C, 0x180D, 0x180F, 0x3164, 0xFFA0,
        ]
        let visible: Set<Unicode.GeneralCategory> = [
            .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter, .nonspacingMark,
            .spacingMark, .enclosingMark, .decimalNumber, .letterNumber, .otherNumber, .connectorPunctuation,
            .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation, .finalPunctuation,
            .otherPunctuation, .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol, .spaceSeparator,
        ]
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let category = scalar.properties.generalCategory
            if category == .control { #expect(VisibleText.isHidden(scalar), "U+\(String(value, radix: 16))") }
            if visible.contains(category) && !drawNothing.contains(value) {
                #expect(!VisibleText.isHidden(scalar), "U+\(String(value, radix: 16)) is \(category)")
            }
        }
    }

    @Test func escapingTwiceChangesNothing() {
        let once = VisibleText.escaped("a\u{1B}\u{202E}\u{FEFF}b\n")
        #expect(VisibleText.escaped(once) == once)
        #expect(once.unicodeScalars.allSatisfy { !VisibleText.isHidden($0) })
    }

    /// The formatter quotes the line through `VisibleText` and puts the caret under the
    /// code point it shows: one column for each of the 8 characters of `\u{202E}`.
    @Test func theCaretStandsUnderAnEscapedCharacter() {
        let text = "ab\u{202E}cd"
        let at = SourceRange(
            start: SourceLocation(offset: 2, line: 1, column: 3), end: SourceLocation(offset: 3, line: 1, column: 4))
        let rendered = DiagnosticFormatter.render(
            Diagnostic(.error, "unexpected '\u{202E}'", at: at, hint: "not \u{7}"),
            in: text, origin: InputOrigin(name: "x\u{1B}[2J"))
        #expect(
            rendered.split(separator: "\n") == [
                #"x\u{1B}[2J:1:3: error: unexpected '\u{202E}'"#,
                #" 1 | ab\u{202E}cd"#,
                "   |   ^~~~~~~~",
                #"   = hint: not \u{7}"#,
            ])
    }

    @Test func aPlaceNamedInWordsIsShownThroughIt() {
        let rendered = DiagnosticFormatter.render(Diagnostic(.error, "cannot read \u{9B}31m", at: nil), at: "a\nb")
        #expect(rendered == #"a\u{A}b: error: cannot read \u{9B}31m"#)
    }
}
