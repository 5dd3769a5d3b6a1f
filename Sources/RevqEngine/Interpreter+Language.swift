import RevqLanguage

/// What a shell may ask of the language without reading its syntax.
extension Interpreter {
    /// Opened minus closed parentheses on one line of a statement; nil when the line does
    /// not lex (preparing the statement then says why). The language's own lexer decides,
    /// so a shell knows whether a statement goes on without a tokenizer of its own.
    ///
    ///     Interpreter.parenthesisBalance(of: "findings where (theme = a or")   // 1
    package static func parenthesisBalance(of line: String) -> Int? {
        var balance = 0
        for token in Lexer.tokens(of: line) {
            switch token.kind {
            case .leftParen: balance += 1
            case .rightParen: balance -= 1
            case .error: return nil
            default: break
            }
        }
        return balance
    }

    /// The language in one screen, for `.help language`.
    package static var languageHelp: String { LanguageHelp.text }
}
