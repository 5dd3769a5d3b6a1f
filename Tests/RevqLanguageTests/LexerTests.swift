import RevqCore
import RevqLanguage
import Testing

/// Tokens as (kind, text); each case's input and its expected tokens.
@Suite("Lexer")
struct LexerTests {
    static func kinds(_ text: String) -> [String] {
        Lexer.tokens(of: text).map { token in
            switch token.kind {
            case .keyword(let keyword): return "kw:\(keyword.rawValue)"
            case .word: return "word:\(token.text)"
            case .string: return "str:\(token.text)"
            case .number(let value): return "num:\(NumberFormatting.shortest(value))"
            case .comparison(let op): return "op:\(op.rawValue)"
            case .leftParen: return "("
            case .rightParen: return ")"
            case .comma: return ","
            case .semicolon: return ";"
            case .end: return "end"
            case .error(.unexpectedCharacter): return "error:unexpectedCharacter(\(token.text.debugDescription))"
            case .error(let problem): return "error:\(problem)"
            }
        }
    }

    @Test(
        "Tokens",
        arguments: [
            (
                "findings where confidence >= moderat",
                ["word:findings", "kw:where", "word:confidence", "op:>=", "word:moderat", "end"]
            ),
            ("WHERE And oR NOT", ["kw:where", "kw:and", "kw:or", "kw:not", "end"]),
            (
                "a=b!=c<d<=e>f>=g~h<>i",
                [
                    "word:a", "op:=", "word:b", "op:!=", "word:c", "op:<", "word:d", "op:<=", "word:e",
                    "op:>", "word:f", "op:>=", "word:g", "op:~", "word:h", "op:!=", "word:i", "end",
                ]
            ),
            ("\"svært lav\" 'tiltak fra skolen'", ["str:svært lav", "str:tiltak fra skolen", "end"]),
            ("\"say \"\"hi\"\"\" 'it''s'", ["str:say \"hi\"", "str:it's", "end"]),
            ("16 -0.36 7.5 2018", ["num:16", "num:-0.36", "num:7.5", "num:2018", "end"]),
            // Only what the grammar's number rule spells is a number; the rest stays a word.
            (
                "1. -.5 .5 1.2.3 - 1-2 ٣",
                ["word:1.", "word:-.5", "word:.5", "word:1.2.3", "word:-", "word:1-2", "word:٣", "end"]
            ),
            (
                "study.country hjemmebes* 1/2 a-b 16a",
                ["word:study.country", "word:hjemmebes*", "word:1/2", "word:a-b", "word:16a", "end"]
            ),
            ("Øye æøå ÆØÅ", ["word:Øye", "word:æøå", "word:ÆØÅ", "end"]),
            ("in (a, b);", ["kw:in", "(", "word:a", ",", "word:b", ")", ";", "end"]),
            ("", ["end"]),
            ("a @", ["word:a", "error:unexpectedCharacter(\"@\")", "end"]),
            ("\"open", ["error:unterminatedString", "end"]),
            ("a ! b", ["word:a", "error:lonelyBang", "end"]),
        ])
    func tokens(_ text: String, expected: [String]) {
        #expect(Self.kinds(text) == expected)
    }

    @Test func positionsCountCharactersAndLines() {
        let tokens = Lexer.tokens(of: "findings where\n  øye = 'å'")
        let places = tokens.map { "\($0.range.start.line):\($0.range.start.column)-\($0.range.end.column)" }
        #expect(places == ["1:1-9", "1:10-15", "2:3-6", "2:7-8", "2:9-12", "2:12-12"])
        #expect(tokens[2].range.start.offset == 17)
    }

    /// The lexer reads bytes but counts characters: a combining mark is part of the
    /// character before it, a wide character is one character, and CR LF one line end.
    @Test(
        "Places count characters, not bytes",
        arguments: [
            ("e\u{301}a b", ["1:1-3", "1:4-5", "1:5-5"]),
            ("'e\u{301}' b", ["1:1-4", "1:5-6", "1:6-6"]),
            ("東京 = x", ["1:1-3", "1:4-5", "1:6-7", "1:7-7"]),
            ("a\r\nb", ["1:1-2", "2:1-2", "2:2-2"]),
            ("-- ø\u{301}\nb", ["2:1-2", "2:2-2"]),
            ("\u{00A0}a", ["1:2-3", "1:3-3"]),
        ])
    func placesCountCharacters(text: String, expected: [String]) {
        let places = Lexer.tokens(of: text).map {
            "\($0.range.start.line):\($0.range.start.column)-\($0.range.end.column)"
        }
        #expect(places == expected)
    }

    /// A character an ASCII byte starts is still one character: `=` with a combining
    /// mark is no operator, a quote with one does not close a string.
    @Test func anASCIICharacterWithACombiningMarkIsNotThatCharacter() {
        #expect(Self.kinds("a =\u{301} b") == ["word:a", "error:unexpectedCharacter(\"=\u{301}\")", "end"])
        #expect(Self.kinds("'a'\u{301}'") == ["str:a'\u{301}", "end"])
        #expect(Self.kinds("a\u{301}b") == ["word:a\u{301}b", "end"])
    }

    @Test func controlCharactersAndInvalidUTF8AreErrorTokens() {
        #expect(Self.kinds("a\u{07}") == ["word:a", "error:controlCharacter(\"\\u{07}\")", "end"])
        #expect(Self.kinds("\u{FFFD}") == ["error:invalidUTF8", "end"])
        #expect(Self.kinds("'a\u{1B}'").first == "error:controlCharacter(\"\\u{1B}\")")
    }

    @Test func everyKeywordIsRecognisedInAnyCase() {
        for keyword in Keyword.allCases {
            #expect(Lexer.tokens(of: keyword.rawValue.uppercased()).first?.kind == .keyword(keyword))
        }
    }
}
