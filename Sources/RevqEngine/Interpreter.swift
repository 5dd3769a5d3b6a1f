import RevqCore
import RevqLanguage

/// What running one statement gave.
public enum StatementOutcome: Sendable {
    /// Rows to render (queries, counts, `sources`, `describe`, `explain`).
    case rows(ResultSet)
    /// A line of text for the user (`let` confirmations and the like).
    case message(String)
    /// The text ends inside a parenthesis or a quote: ask for the next line.
    case incomplete
    /// The statement was refused; nothing changed.
    case failure([Diagnostic])
}

/// Runs statements of the query language against one store, keeping the session's
/// named queries.
///
///     let interpreter = Interpreter(store: store)
///     interpreter.run("findings where confidence >= moderat")
public final class Interpreter {
    public let store: Store

    public init(store: Store) {
        self.store = store
    }

    /// The names defined with `let` so far, in order of definition.
    public private(set) var queryNames: [String] = []

    public func run(_ text: String) -> StatementOutcome {
        .failure([Diagnostic(.error, "the query language is being built", at: nil)])
    }
}
