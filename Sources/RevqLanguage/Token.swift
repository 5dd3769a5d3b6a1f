import RevqCore

/// The comparison operators of a condition, each holding its spelling.
package enum ComparisonOperator: String, CaseIterable, Sendable {
    case equal = "="
    case notEqual = "!="
    case less = "<"
    case lessOrEqual = "<="
    case greater = ">"
    case greaterOrEqual = ">="
    /// Word search: every word occurs in the text.
    case contains = "~"

    /// True for `<`, `<=`, `>`, `>=`: the field must have an order.
    package var isOrdering: Bool {
        switch self {
        case .less, .lessOrEqual, .greater, .greaterOrEqual: return true
        case .equal, .notEqual, .contains: return false
        }
    }
}

/// What went wrong inside one token; the lexer returns these instead of printing.
package enum LexProblem: Hashable, Sendable {
    /// A quote opened and not closed before the end of the text.
    case unterminatedString
    /// A character no token holds: the token's text. No payload, so a token is copied
    /// as plain bits and one reference.
    case unexpectedCharacter
    case controlCharacter(Unicode.Scalar)
    /// U+FFFD: a byte that was not valid UTF-8 where the text was read.
    case invalidUTF8
    case lonelyBang
}

/// The kinds of token of the query language.
package enum TokenKind: Hashable, Sendable {
    case keyword(Keyword)
    /// A bare word: a name, or a value of letters, digits, `/`, `-`, `.`, `_` and a final `*`.
    case word
    /// A quoted value; the token's `text` holds it without quotes.
    case string
    case number(Double)
    case comparison(ComparisonOperator)
    case leftParen, rightParen, comma, semicolon
    case end
    case error(LexProblem)
}

/// One token with its text and its place in the statement.
package struct Token: Hashable, Sendable {
    package let kind: TokenKind
    /// The word as typed, a string's value without quotes, or the operator's spelling.
    package let text: String
    package let range: SourceRange

    package init(kind: TokenKind, text: String, range: SourceRange) {
        self.kind = kind
        self.text = text
        self.range = range
    }

    /// True when the token is `keyword`.
    package func isKeyword(_ keyword: Keyword) -> Bool {
        kind == .keyword(keyword)
    }
}
