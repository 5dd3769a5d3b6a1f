import RevqCore

extension Shell {
    /// Runs one meta-command line, refusing in a session file what a session may not do.
    func executeMeta(_ line: String, origin: InputOrigin, policy: InputPolicy) -> StepResult {
        let words = CommandWords(line)
        echo(line)
        do throws(MetaError) {
            let command = try resolveCommand(words)
            try checkAllowed(command, policy: policy)
            try checkFileNames(command, words)
            try command.action(self)(MetaInvocation(words: words, origin: origin))
            // A setting shown (`.mode` alone) changes nothing and is not part of the session.
            if command.kind == .setting && !words.arguments.isEmpty {
                record((["." + command.name] + words.arguments.map(CommandWords.quoted)).joined(separator: " "))
            }
            return .succeeded
        } catch {
            if !error.isReported { output.report([error.diagnostic(in: words)], in: line, origin: origin) }
            return .failed
        }
    }

    /// `.echo on`: the line as given, where results go, before it runs.
    func echo(_ text: String) {
        guard settings.echo, !output.quiet else { return }
        output.write(text.trimmingSpacesAndNewlines() + "\n")
    }

    /// `.read FILE` (see `CommandContext.runNested`).
    func runNested(_ path: String) -> Bool {
        readDepth += 1
        defer { readDepth -= 1 }
        return runFile(path, bail: false).failures == 0
    }

    /// `-o FILE`: all output to FILE from the start, as `.output FILE`; false (said on
    /// stderr) when it cannot be written.
    func startOutput(to path: String) -> Bool {
        do {
            output.startRedirect(to: try OutputSink.file(path), once: false)
            return true
        } catch {
            output.fail("\(error)")
            return false
        }
    }

    private func resolveCommand(_ words: CommandWords) throws(MetaError) -> MetaCommand {
        let word = words.words.first?.text ?? "."
        switch MetaCommands.resolve(word) {
        case .found(let command): return command
        case .ambiguous(let names): throw MetaError("'\(word)' is ambiguous: \(names.joined(separator: ", "))")
        case .unknown:
            throw MetaError(
                "unknown command '\(word)'",
                hint: ForeignCommands.hint(forCommand: word).map(Hint.otherTool) ?? .typeHelp)
        }
    }

    /// Input is read as UTF-8, a byte that is not becoming U+FFFD; a file name holding it
    /// would open or write another file than the one meant (with status 0), so it is refused.
    private func checkFileNames(_ command: MetaCommand, _ words: CommandWords) throws(MetaError) {
        switch command.argument {
        case .files, .sessionsAndFiles: break
        case .none, .choices: guard command.name == "export" else { return }
        }
        guard let position = words.arguments.firstIndex(where: { $0.unicodeScalars.contains("\u{FFFD}") }) else {
            return
        }
        throw MetaError(
            "the file name holds U+FFFD, the mark of a byte that is not UTF-8: revq reads names as UTF-8 and cannot name that file",
            word: position + 1, hint: .renameToUTF8)
    }

    private func checkAllowed(_ command: MetaCommand, policy: InputPolicy) throws(MetaError) {
        guard policy.isSession else { return }
        switch command.kind {
        case .setting:
            return
        case .write where configuration.allowWrites:
            return
        case .write:
            throw MetaError(
                "'.\(command.name)' is refused: opening a session never writes files",
                hint: .allowWrites)
        case .other:
            throw MetaError(
                "'.\(command.name)' is not allowed in a session file, which holds only statements and settings")
        }
    }
}
