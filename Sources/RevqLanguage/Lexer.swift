import RevqCore

/// Turns a statement's text into tokens, each with its source range.
///
/// The lexer never fails and never prints: a problem becomes an `.error` token that the
/// parser reports. Lines and columns count characters, the way a person counts them.
///
///     Lexer.tokens(of: "findings where confidence >= moderat").map(\.text)
///     // ["findings", "where", "confidence", ">=", "moderat", ""]
package struct Lexer {
    private let characters: [Character]
    private var position = 0
    private var line = 1
    private var column = 1

    package init(_ text: String) {
        characters = Array(text)
    }

    /// The tokens of `text` up to the first problem, ending with one `.end` token.
    /// Stopping at the first error keeps a megabyte of garbage from becoming a million tokens.
    package static func tokens(of text: String) -> [Token] {
        var lexer = Lexer(text)
        var tokens: [Token] = []
        while true {
            let token = lexer.next()
            tokens.append(token)
            if token.kind == .end { return tokens }
            if case .error = token.kind {
                tokens.append(Token(kind: .end, text: "", range: SourceRange(start: token.range.end, end: token.range.end)))
                return tokens
            }
        }
    }

    /// The next token, skipping white space and comments; `.end` once the text is used up.
    package mutating func next() -> Token {
        skipWhitespaceAndComments()
        let start = location
        guard let character = peek() else { return Token(kind: .end, text: "", range: SourceRange(start: start, end: start)) }
        if character == "\"" || character == "'" { return scanString(quote: character, from: start) }
        if Lexer.isWordCharacter(character) { return scanWord(from: start) }
        return scanSymbol(character, from: start)
    }

    // MARK: - Rules

    /// word = wordchar , { wordchar } ;
    /// A word that reads as a number is a number, a word spelled like a keyword is that keyword.
    private mutating func scanWord(from start: SourceLocation) -> Token {
        var text = ""
        while let character = peek(), Lexer.isWordCharacter(character) {
            text.append(character)
            advance()
        }
        if let keyword = Keyword(spelling: text) { return make(.keyword(keyword), text, from: start) }
        if let number = Lexer.number(text) { return make(.number(number), text, from: start) }
        return make(.word, text, from: start)
    }

    /// string = '"' , { character - '"' | '""' } , '"' | "'" , { character - "'" | "''" } , "'" ;
    /// A doubled quote stands for itself.
    /// A quoted value ends on its line: a line end inside it means the quote is not closed.
    private mutating func scanString(quote: Character, from start: SourceLocation) -> Token {
        advance()
        var value = ""
        while let character = peek(), character != "\n", character != "\r\n" {
            advance()
            if character == quote {
                guard peek() == quote else { return make(.string, value, from: start) }
                advance()
            }
            if let problem = Lexer.problem(with: character) { return make(.error(problem), String(character), from: start) }
            value.append(character)
        }
        return make(.error(.unterminatedString), value, from: start)
    }

    private mutating func scanSymbol(_ character: Character, from start: SourceLocation) -> Token {
        advance()
        switch character {
        case "(": return make(.leftParen, "(", from: start)
        case ")": return make(.rightParen, ")", from: start)
        case ",": return make(.comma, ",", from: start)
        case ";": return make(.semicolon, ";", from: start)
        case "=": return make(.comparison(.equal), "=", from: start)
        case "~": return make(.comparison(.contains), "~", from: start)
        case "<", ">", "!": return scanComparison(character, from: start)
        default:
            let problem = Lexer.problem(with: character) ?? .unexpectedCharacter(character)
            return make(.error(problem), String(character), from: start)
        }
    }

    /// operator = "=" | "!=" | "<>" | "<" | "<=" | ">" | ">=" | "~" ;
    /// `=` and `~` are one character and read by `scanSymbol`; the rest start here.
    private mutating func scanComparison(_ first: Character, from start: SourceLocation) -> Token {
        let second = peek()
        let spelling: String
        switch (first, second) {
        case ("<", "="), (">", "="), ("!", "="), ("<", ">"): advance(); spelling = String([first, second!])
        case ("!", _): return make(.error(.lonelyBang), "!", from: start)
        default: spelling = String(first)
        }
        let comparison = spelling == "<>" ? ComparisonOperator.notEqual : ComparisonOperator(rawValue: spelling)!
        return make(.comparison(comparison), spelling, from: start)
    }

    // MARK: - Characters

    /// wordchar = letter | digit | "/" | "-" | "." | "_" | "*" ;
    /// letter = ? any Unicode letter, including æ ø å ? ;
    /// digit = ? any Unicode digit ? ;
    package static func isWordCharacter(_ character: Character) -> Bool {
        // ASCII first: Unicode letter properties are slow to look up, and most input is ASCII.
        if let ascii = character.asciiValue {
            switch ascii {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                return true
            default:
                return "/-._*".utf8.contains(ascii)
            }
        }
        if character.isLetter || character.isNumber { return true }
        return character == "/" || character == "-" || character == "." || character == "_"
            || character == "*"
    }

    /// character = ? any character except control characters ? ;
    /// A control character or a decoding stand-in is reported as such rather than as "unexpected".
    static func problem(with character: Character) -> LexProblem? {
        guard let scalar = character.unicodeScalars.first else { return nil }
        if scalar == "\u{FFFD}" { return .invalidUTF8 }
        if scalar.value < 32 || (0x7F..<0xA0).contains(scalar.value) { return .controlCharacter(scalar) }
        return nil
    }

    /// number = [ "-" ] , ascii_digit , { ascii_digit } , [ "." , ascii_digit , { ascii_digit } ] ;
    /// ascii_digit = "0" | "1" | "2" | "3" | "4" | "5" | "6" | "7" | "8" | "9" ;
    /// A word that is not a number in this form (`1.`, `-.5`, `2011a`) stays a word.
    static func number(_ text: String) -> Double? {
        func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
        var rest = text.utf8[...]
        if rest.first == UInt8(ascii: "-") { rest = rest.dropFirst() }
        let whole = rest.prefix(while: isDigit)
        guard !whole.isEmpty else { return nil }
        rest = rest.dropFirst(whole.count)
        if let point = rest.first {
            guard point == UInt8(ascii: ".") else { return nil }
            let fraction = rest.dropFirst().prefix(while: isDigit)
            guard !fraction.isEmpty, fraction.count == rest.count - 1 else { return nil }
        }
        return Double(text)
    }

    /// comment = "--" , { character } ;
    /// To the end of the line: SQL's comment, so scripts can say why.
    /// Only where a token would start: `a--b` stays one word.
    private mutating func skipWhitespaceAndComments() {
        skipWhitespace()
        while peek() == "-", position + 1 < characters.count, characters[position + 1] == "-" {
            while let character = peek(), character != "\n", character != "\r\n", character != "\r" { advance() }
            skipWhitespace()
        }
    }

    private mutating func skipWhitespace() {
        while let character = peek(), character == " " || character == "\t" || character == "\n"
            || character == "\r\n" || character == "\r" || character == "\u{00A0}" {
            advance()
        }
    }

    // MARK: - Moving

    private var location: SourceLocation {
        SourceLocation(offset: position, line: line, column: column)
    }

    private func peek() -> Character? {
        position < characters.count ? characters[position] : nil
    }

    private mutating func advance() {
        let character = characters[position]
        position += 1
        if character == "\n" || character == "\r\n" {
            line += 1
            column = 1
        } else {
            column += 1
        }
    }

    private func make(_ kind: TokenKind, _ text: String, from start: SourceLocation) -> Token {
        Token(kind: kind, text: text, range: SourceRange(start: start, end: location))
    }
}
