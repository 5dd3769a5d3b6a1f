import RevqCore
import RevqLanguage

/// A statement lexed and parsed once, ready to run: what a shell needs to know of it
/// (its text, the source it reads, whether it changes the session) without its syntax.
///
///     if case .ready(let prepared) = interpreter.prepare("let komm = findings where theme = kommunikasjon") {
///         prepared.sourceName       // "findings"
///         prepared.changesSession   // true
///         interpreter.run(prepared)
///     }
package struct PreparedStatement: Sendable {
    /// The statement as typed, comments and spacing included (notes quote it).
    package let text: String
    let statement: Statement

    /// The source the statement reads, as the parser reads it (a view's is the one the
    /// review names, `findings`); nil for `sources` and `search`, which read every source.
    package var sourceName: String? { statement.sourceName }

    /// True for `let`: running it defines a name the rest of the session may use.
    package var changesSession: Bool {
        if case .define = statement { return true }
        return false
    }

    /// The name a `let` defines; nil for any other statement.
    package var definedName: String? {
        if case .define(let name, _, _) = statement { return name.text }
        return nil
    }

    /// Where the statement is in its text, for an error about the whole of it.
    package var range: SourceRange { statement.range }
}

/// What preparing a text gave: as `sqlite3_prepare` answers, and `sqlite3_complete` for
/// a statement not yet whole.
package enum Preparation: Sendable {
    /// The text ends inside a parenthesis: ask for the next line.
    case incomplete
    /// The text is not a statement; nothing ran.
    case failure([Diagnostic])
    case ready(PreparedStatement)

    /// Lexes and parses `text` (which may span several lines) once; `viewSource` is the
    /// source the views read (`Interpreter.viewSource`).
    package init(_ text: String, viewSource: String?) {
        switch Parser.parse(text, viewSource: viewSource) {
        case .incomplete: self = .incomplete
        case .failure(let diagnostics): self = .failure(diagnostics)
        case .statement(let statement): self = .ready(PreparedStatement(text: text, statement: statement))
        }
    }
}

extension Interpreter {
    /// Lexes and parses one statement, to run with `run(_:)`; `text` may span several lines.
    ///
    ///     interpreter.prepare("findings where (theme = a")   // .incomplete
    package func prepare(_ text: String) -> Preparation {
        Preparation(text, viewSource: viewSource)
    }
}
