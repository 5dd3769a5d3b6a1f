import RevqCore
import RevqLanguage
import RevqTestSupport
import Testing

/// The language's one spelling of a value (`Quoting.Revq.literal`, which `Literal.spelled`
/// and every note, plan and hint use) reads back through the lexer as the same text,
/// whenever any statement can hold that text; `canSpell` says which, as the lexer does.
@Suite struct RevqLiteralRoundTripTests {
    @Test(
        "A value is quoted so that it reads as typed",
        arguments: [
            ("svært lav", #""svært lav""#),
            (#"a "b" c"#, #"'a "b" c'"#),
            ("it's", #""it's""#),
            (#"it's "x""#, #""it's ""x""""#),
            ("", #""""#),
            ("Øye 2018 👍🏽", #""Øye 2018 👍🏽""#),
        ])
    func quoteChosen(text: String, spelled: String) {
        #expect(Quoting.Revq.literal(text) == spelled)
    }

    @Test func randomValuesReadBackWhenTheyCanBeSpelled() {
        var random = RandomText(seed: 3)
        var spellable = 0
        for text in random.texts(3000) {
            let tokens = Lexer.tokens(of: Quoting.Revq.literal(text))
            let readBack = tokens.count == 2 && tokens[0].kind == .string && tokens[0].text == text
            #expect(
                readBack == Quoting.Revq.canSpell(text),
                "\(text.debugDescription) -> \(Quoting.Revq.literal(text).debugDescription)")
            #expect(
                readBack == Self.typable(text),
                "\(text.debugDescription) -> \(Quoting.Revq.literal(text).debugDescription)")
            if readBack { spellable += 1 }
        }
        // The texts without a control character are a good share: the property is not vacuous.
        #expect(spellable > 300)
    }

    /// What a statement can hold, by the grammar's `character` rule, for RandomText's
    /// pieces: no control character or U+FFFD, and not a joining mark first.
    static func typable(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { $0.value >= 0x20 && !(0x7F..<0xA0).contains($0.value) && $0 != "\u{FFFD}" }
            && !["\u{301}", "\u{200D}"].contains(text.unicodeScalars.first)
    }

    /// Inside a statement, after an operator and before more of the statement, the value
    /// still reads back whole.
    @Test func aSpelledValueReadsBackInsideAStatement() throws {
        var random = RandomText(seed: 5)
        for text in random.texts(1000) where Quoting.Revq.canSpell(text) {
            let statement =
                "findings where text = \(Literal(kind: .string, text: text, range: Self.nowhere).spelled) and number > 2"
            guard case .statement(.query(let query)) = Parser.parse(statement),
                case .and(let parts) = query.condition, case .comparison(_, _, let value, _) = parts.first
            else {
                Issue.record("does not parse: \(statement.debugDescription)")
                continue
            }
            #expect(value.text == text && value.kind == .string, "\(statement.debugDescription)")
        }
    }

    /// Why `canSpell` says no: a control character or line break, U+FFFD, or a value that
    /// starts with a mark that would join the opening quote.
    @Test(arguments: ["a\tb", "line\nbreak", "\r", "\u{1B}[0m", "\u{85}", "\u{FFFD}", "\u{301}e", "\u{200D}x"])
    func unspellable(text: String) {
        #expect(!Quoting.Revq.canSpell(text))
    }

    static let nowhere = SourceRange(
        start: SourceLocation(offset: 0, line: 1, column: 1), end: SourceLocation(offset: 0, line: 1, column: 1))
}
