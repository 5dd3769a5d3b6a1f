import RevqCore

/// Why parsing stopped: a diagnostic to show, or text that ends too early.
enum ParseStop: Error {
    case error(Diagnostic)
    /// The text ends inside a parenthesis: the statement may go on on the next line.
    case incomplete
}

/// A recursive-descent parser with one function per grammar rule (see `Grammar/revq.ebnf`).
///
/// Only the functions that consume tokens are `mutating`. The parser stops at the first
/// problem, which it returns as a diagnostic; it never prints.
///
///     Parser.parse("findings where confidence >= moderat")   // .statement(.query(...))
public struct Parser {
    /// The deepest nesting of parentheses and `not`s accepted; deeper input gets an error,
    /// never a stack overflow.
    public static let maximumNesting = 100

    var tokens: [Token]
    var current = 0
    var nesting = 0
    /// Where each still-open parenthesis was opened, for "expected ')'" messages.
    var openParentheses: [SourceRange] = []

    init(tokens: [Token]) {
        self.tokens = tokens
    }

    /// Parses one statement of `text`.
    public static func parse(_ text: String) -> ParseResult {
        let tokens = Lexer.tokens(of: text)
        if let stop = lexicalProblem(in: tokens) { return result(of: stop) }
        var parser = Parser(tokens: tokens)
        do {
            return .statement(try parser.parseStatementToEnd())
        } catch {
            return result(of: error)
        }
    }

    private static func result(of stop: ParseStop) -> ParseResult {
        switch stop {
        case .error(let diagnostic): return .failure([diagnostic])
        case .incomplete: return .incomplete
        }
    }

    /// The first token the lexer could not make sense of. An open quote is an error, not
    /// "incomplete": a quoted value cannot go on on the next line.
    private static func lexicalProblem(in tokens: [Token]) -> ParseStop? {
        for token in tokens {
            guard case .error(let problem) = token.kind else { continue }
            return .error(LexDiagnostics.diagnostic(for: problem, at: token.range))
        }
        return nil
    }

    // MARK: - The parser's vocabulary

    var peek: Token { tokens[current] }
    var previous: Token { tokens[max(current - 1, 0)] }

    func check(_ kind: TokenKind) -> Bool {
        peek.kind == kind
    }

    func check(_ keyword: Keyword) -> Bool {
        peek.kind == .keyword(keyword)
    }

    @discardableResult
    mutating func advance() -> Token {
        let token = tokens[current]
        if token.kind != .end { current += 1 }
        return token
    }

    mutating func match(_ keyword: Keyword) -> Bool {
        guard check(keyword) else { return false }
        advance()
        return true
    }

    mutating func match(_ kind: TokenKind) -> Bool {
        guard check(kind) else { return false }
        advance()
        return true
    }

    mutating func consume(_ keyword: Keyword, _ expectation: String) throws(ParseStop) -> Token {
        guard check(keyword) else { throw expected(expectation) }
        return advance()
    }

    /// The error for finding something other than `expectation` at the current token;
    /// at the end of the text inside an open parenthesis, the statement is incomplete.
    func expected(_ expectation: String, hint: String? = nil) -> ParseStop {
        if peek.kind == .end && !openParentheses.isEmpty { return .incomplete }
        let message = "expected \(expectation), found \(Parser.describe(peek))"
        return .error(Diagnostic(.error, message, at: peek.range, hint: hint ?? keywordHint(for: peek)))
    }

    /// "did you mean 'where'?" for a word one typo away from exactly one keyword.
    private func keywordHint(for token: Token) -> String? {
        guard case .word = token.kind, let keyword = Keyword.nearest(to: token.text) else { return nil }
        return "did you mean '\(keyword.rawValue)'?"
    }

    /// How a token reads in an error message.
    static func describe(_ token: Token) -> String {
        switch token.kind {
        case .end: return "the end of the statement"
        case .string: return "the string \"\(abbreviated(token.text))\""
        case .keyword: return "the keyword '\(token.text)'"
        default: return "'\(abbreviated(token.text))'"
        }
    }

    /// Very long input (a 1 MB word) is cut in messages; the caret still spans it.
    static func abbreviated(_ text: String) -> String {
        text.count <= 40 ? text : String(text.prefix(37)) + "..."
    }
}

/// The messages for problems the lexer found.
enum LexDiagnostics {
    static func diagnostic(for problem: LexProblem, at range: SourceRange) -> Diagnostic {
        switch problem {
        case .unterminatedString:
            return Diagnostic(.error, "the quote is not closed on its line", at: range,
                              hint: "end the value with the same quote it starts with; a quoted value cannot span lines")
        case .unexpectedCharacter(let character):
            return Diagnostic(.error, "unexpected character '\(character)'", at: range,
                              hint: "put a value with other characters than letters, digits, '/', '-' and '.' in quotes")
        case .controlCharacter(let scalar):
            return Diagnostic(.error, "control character \(codePoint(scalar)) in the statement", at: range,
                              hint: "remove it; statements hold printable text only")
        case .invalidUTF8:
            return Diagnostic(.error, "the input is not valid UTF-8 here (shown as U+FFFD)", at: range,
                              hint: "save or type the text as UTF-8")
        case .lonelyBang:
            return Diagnostic(.error, "'!' must be followed by '='", at: range, hint: "write != for 'not equal', or use 'not'")
        }
    }

    static func codePoint(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
