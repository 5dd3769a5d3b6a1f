import RevqCore

/// Turns a statement's text into tokens, each with its source range.
///
/// The lexer never fails and never prints: a problem becomes an `.error` token that the
/// parser reports. Lines and columns count characters, the way a person counts them.
/// It reads the text's UTF-8 bytes: an ASCII byte followed by another ASCII byte is a
/// character of its own, so only a character beyond ASCII (or one an ASCII byte starts,
/// `e` and a combining accent) is looked up as a `Character` (`Lexer+Characters.swift`).
///
///     Lexer.tokens(of: "findings where confidence >= moderat").map(\.text)
///     // ["findings", "where", "confidence", ">=", "moderat", ""]
package struct Lexer {
    let text: String
    let bytes: [UInt8]
    /// The byte the next character starts at.
    var position = 0
    /// Characters read so far: the `offset` of a `SourceLocation`.
    var offset = 0
    var line = 1
    var column = 1

    package init(_ text: String) {
        self.text = text
        bytes = Array(text.utf8)
    }

    /// The tokens of `text` up to the first problem, ending with one `.end` token.
    /// Stopping at the first error keeps a megabyte of garbage from becoming a million tokens.
    package static func tokens(of text: String) -> [Token] {
        var lexer = Lexer(text)
        var tokens: [Token] = []
        // About a token per four bytes, room for a typical statement at once; no more, as
        // a long text may end in an error after a few tokens.
        tokens.reserveCapacity(min(lexer.bytes.count / 4 + 2, 64))
        while true {
            let token = lexer.next()
            tokens.append(token)
            if token.kind == .end { return tokens }
            if case .error = token.kind {
                tokens.append(
                    Token(kind: .end, text: "", range: SourceRange(start: token.range.end, end: token.range.end)))
                return tokens
            }
        }
    }

    /// The next token, skipping white space and comments; `.end` once the text is used up.
    package mutating func next() -> Token {
        skipWhitespaceAndComments()
        let start = location
        guard position < bytes.count else {
            return Token(kind: .end, text: "", range: SourceRange(start: start, end: start))
        }
        if let byte = asciiHere {
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") { return scanString(quote: byte, from: start) }
            if Lexer.isWordByte(byte) { return scanWord(from: start) }
            return scanSymbol(byte, from: start)
        }
        let (character, _) = characterHere()
        if Lexer.isWordCharacter(character) { return scanWord(from: start) }
        advance()
        let problem = Lexer.problem(with: character) ?? .unexpectedCharacter
        return make(.error(problem), String(character), from: start)
    }

    // MARK: - Rules

    /// word = wordchar , { wordchar } ;
    /// A word that reads as a number is a number, a word spelled like a keyword is that keyword.
    private mutating func scanWord(from start: SourceLocation) -> Token {
        let first = position
        var isASCII = true
        while position < bytes.count {
            // Most of a word: an ASCII word byte followed by another ASCII byte (or the end)
            // is a character of its own and no line break.
            let byte = bytes[position]
            if byte < 0x80, Lexer.isWordByte(byte), position + 1 == bytes.count || bytes[position + 1] < 0x80 {
                position += 1
                offset += 1
                column += 1
                continue
            }
            if let byte = asciiHere {
                guard Lexer.isWordByte(byte) else { break }
                advanceASCII(byte)
            } else {
                let (character, length) = characterHere()
                guard Lexer.isWordCharacter(character) else { break }
                advance(character, length)
                isASCII = false
            }
        }
        let word = bytes[first..<position]
        let text = String(decoding: word, as: UTF8.self)
        if let keyword = isASCII ? Keyword(asciiSpelling: word) : Keyword(spelling: text) {
            return make(.keyword(keyword), text, from: start)
        }
        if Lexer.isDigit(word.first!) || word.first == UInt8(ascii: "-"), let number = Lexer.number(text) {
            return make(.number(number), text, from: start)
        }
        return make(.word, text, from: start)
    }

    /// string = '"' , { character - '"' | '""' } , '"' | "'" , { character - "'" | "''" } , "'" ;
    /// A doubled quote stands for itself.
    /// A quoted value ends on its line: a line end inside it means the quote is not closed.
    private mutating func scanString(quote: UInt8, from start: SourceLocation) -> Token {
        advanceASCII(quote)
        var value = ""
        var piece = position
        while position < bytes.count {
            guard let byte = asciiHere else {
                let (character, length) = characterHere()
                if character == "\r\n" { break }
                advance(character, length)
                if let problem = Lexer.problem(with: character) {
                    return make(.error(problem), String(character), from: start)
                }
                continue
            }
            if byte == UInt8(ascii: "\n") { break }
            advanceASCII(byte)
            if byte == quote {
                value += String(decoding: bytes[piece..<position - 1], as: UTF8.self)
                guard asciiHere == quote else { return make(.string, value, from: start) }
                // The doubled quote's second half starts the next piece: one quote kept.
                piece = position
                advanceASCII(quote)
            } else if byte < 32 || byte == 0x7F {
                return make(.error(.controlCharacter(Unicode.Scalar(byte))), String(Unicode.Scalar(byte)), from: start)
            }
        }
        value += String(decoding: bytes[piece..<position], as: UTF8.self)
        return make(.error(.unterminatedString), value, from: start)
    }

    private mutating func scanSymbol(_ byte: UInt8, from start: SourceLocation) -> Token {
        advanceASCII(byte)
        switch byte {
        case UInt8(ascii: "("): return make(.leftParen, "(", from: start)
        case UInt8(ascii: ")"): return make(.rightParen, ")", from: start)
        case UInt8(ascii: ","): return make(.comma, ",", from: start)
        case UInt8(ascii: ";"): return make(.semicolon, ";", from: start)
        case UInt8(ascii: "="): return make(.comparison(.equal), "=", from: start)
        case UInt8(ascii: "~"): return make(.comparison(.contains), "~", from: start)
        case UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "!"): return scanComparison(byte, from: start)
        default:
            let character = Character(Unicode.Scalar(byte))
            let problem = Lexer.problem(with: character) ?? .unexpectedCharacter
            return make(.error(problem), String(character), from: start)
        }
    }

    /// operator = "=" | "!=" | "<>" | "<" | "<=" | ">" | ">=" | "~" ;
    /// `=` and `~` are one character and read by `scanSymbol`; the rest start here.
    private mutating func scanComparison(_ first: UInt8, from start: SourceLocation) -> Token {
        let comparison: ComparisonOperator
        switch (first, asciiHere) {
        case (UInt8(ascii: "<"), UInt8(ascii: "=")): comparison = .lessOrEqual
        case (UInt8(ascii: ">"), UInt8(ascii: "=")): comparison = .greaterOrEqual
        case (UInt8(ascii: "!"), UInt8(ascii: "=")): comparison = .notEqual
        case (UInt8(ascii: "<"), UInt8(ascii: ">")):
            advanceASCII(UInt8(ascii: ">"))
            return make(.comparison(.notEqual), "<>", from: start)
        case (UInt8(ascii: "!"), _): return make(.error(.lonelyBang), "!", from: start)
        case (UInt8(ascii: "<"), _): return make(.comparison(.less), "<", from: start)
        default: return make(.comparison(.greater), ">", from: start)
        }
        advanceASCII(UInt8(ascii: "="))
        return make(.comparison(comparison), comparison.rawValue, from: start)
    }

    /// comment = "--" , { character } ;
    /// To the end of the line: SQL's comment, so scripts can say why.
    /// Only where a token would start: `a--b` stays one word.
    private mutating func skipWhitespaceAndComments() {
        skipWhitespace()
        while asciiHere == UInt8(ascii: "-"), asciiCharacter(at: position + 1) == UInt8(ascii: "-") {
            while position < bytes.count {
                if let byte = asciiHere {
                    if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") { break }
                    advanceASCII(byte)
                } else {
                    let (character, length) = characterHere()
                    if character == "\r\n" { break }
                    advance(character, length)
                }
            }
            skipWhitespace()
        }
    }

    private mutating func skipWhitespace() {
        while position < bytes.count {
            if let byte = asciiHere {
                guard
                    byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n")
                        || byte == UInt8(ascii: "\r")
                else { return }
                advanceASCII(byte)
            } else {
                let (character, length) = characterHere()
                guard character == "\r\n" || character == "\u{00A0}" else { return }
                advance(character, length)
            }
        }
    }

    private var location: SourceLocation {
        SourceLocation(offset: offset, line: line, column: column)
    }

    private func make(_ kind: TokenKind, _ text: String, from start: SourceLocation) -> Token {
        Token(kind: kind, text: text, range: SourceRange(start: start, end: location))
    }
}
