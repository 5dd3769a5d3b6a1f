import RevqEngine

/// The bridge to the language's own completion (keywords, sources, fields, values).
///
/// TEMPORARY: `Interpreter.completions(in:cursor:)` is being written on branch
/// `language`; until it is merged, statements get no completion.
enum EngineCompletions {
    static func complete(_ interpreter: Interpreter, line: String, cursor: Int) -> Completion? {
        nil
    }
}
