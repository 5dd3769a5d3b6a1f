import RevqCore

/// One meta-command: its name, how to call it, its help, and what it does. The table of
/// these (`MetaCommands.all`) is the only place commands are defined; `.help`, prefix
/// matching, completion and revq(1) all read it.
struct MetaCommand {
    enum Kind {
        /// Changes a setting the session keeps (`.mode`, `.headers`, `.timer`).
        case setting
        /// Writes a file: refused in a session file unless `--allow-writes`.
        case write
        /// Anything else: not allowed in a session file.
        case other
    }

    /// What completes after the command name.
    enum Argument {
        case none
        case choices([String])
        case files
        case sessionsAndFiles
    }

    let name: String
    let usage: String
    let summary: String
    /// A few lines shown by `.help NAME`.
    let details: String
    /// Its entry in revq(1)'s DOT-COMMANDS, in the markup of scripts/generate:
    /// `*typed*`, `_replaced_`.
    let manual: String
    let kind: Kind
    let argument: Argument
    /// What the command does, given only what commands may reach.
    let action: (any CommandContext) -> (MetaInvocation) throws(MetaError) -> Void
}

/// A meta-command as called: its words and where the line came from.
struct MetaInvocation {
    let words: CommandWords
    let origin: InputOrigin
    var arguments: [String] { words.arguments }

    /// The only argument; an error under the command when there are more or fewer.
    func single(_ what: String, usage: String) throws(MetaError) -> String {
        guard arguments.count == 1 else {
            throw MetaError(
                arguments.isEmpty ? "missing \(what)" : "too many arguments", word: arguments.isEmpty ? 0 : 2,
                hint: .usage(usage))
        }
        return arguments[0]
    }

    /// `on` or `off`.
    func onOff(usage: String) throws(MetaError) -> Bool {
        switch try single("'on' or 'off'", usage: usage).lowercased() {
        case "on", "yes", "true", "1": return true
        case "off", "no", "false", "0": return false
        default: throw MetaError("expected 'on' or 'off'", word: 1, hint: .usage(usage))
        }
    }
}

/// A meta-command refused: the message, and which word (0 = the command) it concerns.
struct MetaError: Error {
    let message: String
    let word: Int
    let hint: Hint?
    /// The command failed, and what it ran has said why already (`.read`).
    var isReported = false

    static var reported: MetaError {
        var error = MetaError("")
        error.isReported = true
        return error
    }

    init(_ message: String, word: Int = 0, hint: Hint? = nil) {
        self.message = message
        self.word = word
        self.hint = hint
    }

    func diagnostic(in words: CommandWords) -> Diagnostic {
        guard !words.words.isEmpty else { return Diagnostic(.error, message, at: nil, hint: hint) }
        let place = words.words[word < words.words.count ? word : 0]
        let range = SourceRange(
            start: SourceLocation(offset: place.start, line: 1, column: place.start + 1),
            end: SourceLocation(offset: place.end, line: 1, column: place.end + 1))
        return Diagnostic(.error, message, at: range, hint: hint)
    }
}
