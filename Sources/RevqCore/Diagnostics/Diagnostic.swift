/// A problem found in a statement, with the place it refers to.
///
/// The lexer, parser and checker return these as values; only `DiagnosticFormatter`
/// turns them into text.
package struct Diagnostic: Hashable, Sendable, Error {
    package enum Severity: String, Sendable {
        case error, warning, note
    }

    package let severity: Severity
    package let message: String
    package let range: SourceRange?
    /// A follow-up line: a suggestion ("did you mean 'confidence'?") or the valid choices.
    package let hint: String?
    /// The catalogue's case when the diagnostic came from one (see `Problem`), so that a
    /// caller or a test can tell what was found without reading the wording.
    package let problem: Problem?

    package init(_ severity: Severity = .error, _ message: String, at range: SourceRange?, hint: String? = nil) {
        self.init(severity, message, at: range, hint: hint, problem: nil)
    }

    /// A diagnostic of the shell's own (a command refused) with a hint of the catalogue.
    package init(_ severity: Severity = .error, _ message: String, at range: SourceRange?, hint: Hint?) {
        self.init(severity, message, at: range, hint: hint?.text, problem: nil)
    }

    init(_ severity: Severity, _ message: String, at range: SourceRange?, hint: String?, problem: Problem?) {
        self.severity = severity
        self.message = message
        self.range = range
        self.hint = hint
        self.problem = problem
    }

    /// The same diagnostic with another hint (a better one the caller knows of).
    package func replacingHint(with hint: Hint) -> Diagnostic {
        replacingHint(with: hint.text)
    }

    /// The same diagnostic with a hint worded by the shell (another tool's command).
    package func replacingHint(with hint: String) -> Diagnostic {
        Diagnostic(severity, message, at: range, hint: hint, problem: problem)
    }
}
