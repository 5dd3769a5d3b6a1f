import RevqCore

/// Why parsing stopped: a diagnostic to show, or text that ends too early.
enum ParseStop: Error {
    case error(Diagnostic)
    /// The token at `tokenIndex` is not one the grammar allows there. Its message names
    /// what was expected, which a second parse records (`Parser.diagnostic(unexpectedAt:)`).
    case unexpected(tokenIndex: Int, hint: Hint?)
    /// The text ends inside a parenthesis: the statement may go on on the next line.
    case incomplete
}

/// A recursive-descent parser with one function per grammar rule (see `Grammar/revq.ebnf`).
///
/// Only the functions that consume tokens are `mutating`. The parser stops at the first
/// problem, which it returns as a diagnostic; it never prints.
///
///     Parser.parse("findings where confidence >= moderat")   // .statement(.query(...))
package struct Parser {
    /// The deepest nesting of parentheses and `not`s accepted; deeper input gets an error,
    /// never a stack overflow.
    package static let maximumNesting = 100

    var tokens: [Token]
    var current = 0
    var nesting = 0
    /// Where each still-open parenthesis was opened, for "expected ')'" messages.
    var openParentheses: [SourceRange] = []
    /// Set only to learn what was looked for at one token: the end of the text for
    /// completion, or the token a failed parse stopped at for its message.
    let recorder: ExpectationRecorder?
    /// The source the views (`profile`, `soqf`, `check`, `why`) select from: the host names
    /// it (the review module's findings), since the language knows no source. Without one a
    /// view's query names an empty source and its fields are expected as any field.
    let viewSource: String?

    init(tokens: [Token], recorder: ExpectationRecorder? = nil, viewSource: String? = nil) {
        self.tokens = tokens
        self.recorder = recorder
        self.viewSource = viewSource
    }

    /// Parses one statement of `text`; `viewSource` is the source the views read.
    package static func parse(_ text: String, viewSource: String? = nil) -> ParseResult {
        let tokens = Lexer.tokens(of: text)
        if let stop = lexicalProblem(in: tokens) { return result(of: stop, in: tokens, viewSource: viewSource) }
        var parser = Parser(tokens: tokens, viewSource: viewSource)
        do {
            return .statement(try parser.parseStatementToEnd())
        } catch {
            return result(of: error, in: tokens, viewSource: viewSource)
        }
    }

    /// What may come where `text` ends, as the parser sees it: the words Tab completion
    /// offers after `text`. Empty when the text has an error before its end.
    package static func expected(atEndOf text: String, viewSource: String? = nil) -> Expected {
        let tokens = Lexer.tokens(of: text)
        guard lexicalProblem(in: tokens) == nil else { return Expected() }
        let recorder = ExpectationRecorder(position: tokens.count - 1)
        var parser = Parser(tokens: tokens, recorder: recorder, viewSource: viewSource)
        do {
            _ = try parser.parseStatementToEnd()
        } catch {
            // Only an error at the end leaves what was expected there; one before it
            // means nothing typed after it can make the statement right.
            guard parser.peek.kind == .end else { return Expected() }
        }
        return recorder.expected
    }

    private static func result(of stop: ParseStop, in tokens: [Token], viewSource: String?) -> ParseResult {
        switch stop {
        case .error(let diagnostic): return .failure([diagnostic])
        case .unexpected(let index, let hint):
            return .failure([diagnostic(unexpectedAt: index, hint: hint, in: tokens, viewSource: viewSource)])
        case .incomplete: return .incomplete
        }
    }

    /// "expected ..., found ...": the tokens are parsed again, this time recording what
    /// the parser looks for at the token that stopped it, so the message names exactly
    /// what the grammar allows there. Only a failed statement pays for the second parse.
    private static func diagnostic(unexpectedAt index: Int, hint: Hint?, in tokens: [Token], viewSource: String?)
        -> Diagnostic
    {
        let recorder = ExpectationRecorder(position: index)
        var parser = Parser(tokens: tokens, recorder: recorder, viewSource: viewSource)
        _ = try? parser.parseStatementToEnd()
        let token = tokens[index]
        let hint =
            hint ?? parser.conditionHint(at: index, expected: recorder.expected) ?? parser.misspeltStartHint(at: index)
            ?? parser.lateWhereHint(at: index) ?? keywordHint(for: token)
        return Diagnostic(.expected(recorder.expected, found: describe(token)), at: token.range, hint: hint)
    }

    /// `cuont findings by theme`: a misspelt statement keyword was read as a source name,
    /// and the error lands on the word after it.
    private func misspeltStartHint(at index: Int) -> Hint? {
        guard index == 1, case .word = tokens[0].kind, let keyword = Keyword.nearest(to: tokens[0].text),
            Keyword.statementStarts.contains(keyword)
        else { return nil }
        return .readAsSource(typed: tokens[0].text, keyword: keyword.rawValue)
    }

    /// `findings show theme where ...`, in SQL's order: the condition comes first.
    private func lateWhereHint(at index: Int) -> Hint? {
        guard tokens[index].kind == .keyword(.where), !tokens[..<index].contains(where: { $0.kind == .keyword(.where) })
        else { return nil }
        return .whereGoesFirst
    }

    /// A comparison where a statement could go on with a condition: a missing 'and' or
    /// 'where', by what the parser would have taken there.
    private func conditionHint(at index: Int, expected: Expected) -> Hint? {
        guard startsComparison(at: index) else { return nil }
        if expected.words.contains(Keyword.and.rawValue) { return .joinConditions }
        if expected.words.contains(Keyword.where.rawValue) { return .conditionFollowsWhere }
        return nil
    }

    /// The first token the lexer could not make sense of. An open quote is an error, not
    /// "incomplete": a quoted value cannot go on on the next line.
    private static func lexicalProblem(in tokens: [Token]) -> ParseStop? {
        for token in tokens {
            guard case .error(let problem) = token.kind else { continue }
            return .error(LexDiagnostics.diagnostic(for: problem, text: token.text, at: token.range))
        }
        return nil
    }

    // MARK: - The parser's vocabulary

    var peek: Token { tokens[current] }
    var previous: Token { tokens[max(current - 1, 0)] }

    /// True when the parser stands at the token whose expectations are recorded: what it
    /// looks for here is what completion offers, or what the error says was expected.
    var isRecordingHere: Bool {
        guard let recorder else { return false }
        return current == recorder.position
    }

    func check(_ kind: TokenKind) -> Bool {
        if isRecordingHere { record(kind) }
        return peek.kind == kind
    }

    private func record(_ kind: TokenKind) {
        switch kind {
        case .comparison(let op): recorder?.operators([op])
        case .leftParen: recorder?.other(.symbol("("))
        case .rightParen: recorder?.other(.symbol(")"))
        case .comma: recorder?.other(.symbol(","))
        case .end: recorder?.other(.endOfStatement)
        default: break
        }
    }

    func check(_ keyword: Keyword) -> Bool {
        if isRecordingHere { recorder?.keyword(keyword) }
        return peek.kind == .keyword(keyword)
    }

    /// Matches a clause keyword (`show`, `sort`, `limit`); one the statement already has is
    /// still read (for the "appears twice" error) but not offered again.
    mutating func matchClause(_ keyword: Keyword, alreadyUsed: Bool) -> Bool {
        guard peek.kind == .keyword(keyword) else {
            if isRecordingHere, !alreadyUsed { recorder?.keyword(keyword) }
            return false
        }
        advance()
        return true
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

    mutating func consume(_ keyword: Keyword) throws(ParseStop) -> Token {
        guard check(keyword) else { throw unexpected() }
        return advance()
    }

    /// The error for a token the grammar does not allow here; what it does allow, the
    /// message learns from the parser itself. At the end of the text inside an open
    /// parenthesis, the statement is incomplete instead.
    func unexpected(hint: Hint? = nil) -> ParseStop {
        if peek.kind == .end && !openParentheses.isEmpty { return .incomplete }
        return .unexpected(tokenIndex: current, hint: hint)
    }

    /// "did you mean 'where'?" for a word one typo away from exactly one keyword.
    private static func keywordHint(for token: Token) -> Hint? {
        guard case .word = token.kind, let keyword = Keyword.nearest(to: token.text) else { return nil }
        return .didYouMean(keyword.rawValue)
    }

    /// How a token reads in an error message.
    static func describe(_ token: Token) -> String {
        switch token.kind {
        case .end: return "the end of the statement"
        case .string: return "the string " + Quoting.Revq.literal(abbreviated(token.text))
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
    /// The message for `problem`, found in the token whose text is `text`.
    static func diagnostic(for problem: LexProblem, text: String, at range: SourceRange) -> Diagnostic {
        switch problem {
        case .unterminatedString:
            return Diagnostic(.unclosedQuote, at: range)
        case .unexpectedCharacter:
            return Diagnostic(.unexpectedCharacter(Character(text)), at: range)
        case .controlCharacter(let scalar):
            return Diagnostic(.controlCharacter(codePoint: codePoint(scalar)), at: range)
        case .invalidUTF8:
            return Diagnostic(.invalidUTF8, at: range)
        case .lonelyBang:
            return Diagnostic(.lonelyBang, at: range)
        }
    }

    static func codePoint(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
