import RevqEngine

/// What Tab needs from the shell: the statement still being typed, the language's
/// completions, and the names of saved sessions; nothing that runs or prints.
protocol CompletionContext: AnyObject {
    /// The earlier lines of a statement being typed over several, ending in a newline;
    /// empty when none is pending.
    var pendingStatement: String { get }
    /// What may come at `cursor` in `text`, from the parser.
    func completions(in text: String, cursor: Int) -> Completion
    /// The sessions `.open NAME` takes without a path.
    var savedSessionNames: [String] { get }
}

extension Shell: CompletionContext {
    func completions(in text: String, cursor: Int) -> Completion {
        interpreter.completions(in: text, cursor: cursor)
    }

    var savedSessionNames: [String] { sessions.savedNames }
}
