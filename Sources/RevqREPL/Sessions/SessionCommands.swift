import FoundationEssentials

/// The session commands: `.save`, `.open`, `.sessions` and `.journal`. Files are the
/// `SessionKeeper`'s; replaying one (`restore`) runs its statements on the shell, quietly.
extension CommandContext {
    func save(_ call: MetaInvocation) throws(MetaError) {
        let name = try sessionName(call, usage: MetaCommands.usage(of: "save"))
        guard !dryRun else { return }
        let path: String
        do { path = try sessions.save(as: name) } catch { throw MetaError("\(error)", word: 1) }
        output.notify("saved \(statements(sessions.recorder.entries.count)) to \(path)")
    }

    func open(_ call: MetaInvocation) throws(MetaError) {
        let name = try sessionName(call, usage: MetaCommands.usage(of: "open"))
        let path = sessions.paths.sessionFile(for: name)
        guard FileManager.default.fileExists(atPath: path) else {
            let saved = sessions.savedNames
            throw MetaError(
                "no session '\(name)' (\(path))", word: 1,
                hint: .savedSessions(saved))
        }
        guard let result = restore(path: path) else {
            throw MetaError("the session was not opened; nothing changed", word: 1)
        }
        output.notify("opened \(path): \(statements(result.restored))\(namedQueriesNote)")
        if result.failures > 0 {
            throw MetaError("\(statements(result.failures)) of the journal could not be restored", word: 1)
        }
    }

    /// The one argument of `.save` and `.open`; an empty name (`.save ""`) would mean a
    /// file called `.revq`, so it is refused.
    private func sessionName(_ call: MetaInvocation, usage: String) throws(MetaError) -> String {
        let name = try call.single("a session name or path", usage: usage)
        let file = PathName.lastComponent(name)
        guard !file.trimmingSpaces().isEmpty, file != ".revq" else {
            throw MetaError("the session name is empty", word: 1, hint: .sessionUsage(usage))
        }
        return name
    }

    /// What a restored session left in place: its named queries, and an `.output` file
    /// (only with --allow-writes) that results now go to.
    var namedQueriesNote: String {
        var note = queryNames.isEmpty ? "" : "; named queries: " + queryNames.joined(separator: ", ")
        if let redirect = output.redirect {
            note += "; results now go to \(redirect.sink.path) (.output alone returns them here)"
        }
        return note
    }

    func listSessions(_ call: MetaInvocation) throws(MetaError) {
        guard call.arguments.isEmpty else { throw MetaError("too many arguments", word: 1, hint: .usage(".sessions")) }
        sessions.list()
    }
}

/// `.journal [on|off]`: whether this session is written to disk as it runs. Typed, it
/// says what it did; from a file (the rc file) it is silent, as settings are.
extension CommandContext {
    func journal(_ call: MetaInvocation) throws(MetaError) {
        if call.arguments.isEmpty {
            output.say(journalState)
            return
        }
        let on = try call.onOff(usage: MetaCommands.usage(of: "journal"))
        guard !dryRun else { return }
        let said = on ? try journalOn() : journalOff()
        if currentInput?.isTyped == true { output.notify(said) }
    }

    private func journalOff() -> String {
        let recorder = sessions.recorder
        guard recorder.isJournaling else { return "journal: off" }
        let removed = recorder.stopJournaling()
        return "journal off: this session is no longer written to disk"
            + (removed.map { "; its journal \($0) is removed" } ?? "")
            + "; .save NAME keeps it"
    }

    private func journalOn() throws(MetaError) -> String {
        let recorder = sessions.recorder
        guard recorder.journalDirectory != nil else {
            throw MetaError("a script keeps no journal: journals are for sessions at a terminal", word: 1)
        }
        do { try recorder.startJournaling() } catch {
            throw MetaError("the journal cannot be written (\(error)); save the session with .save NAME", word: 1)
        }
        guard let journal = recorder.journal else { return "journal on: each statement is written to disk as it runs" }
        return "journal on: \(statements(recorder.entries.count)) so far written to \(journal.path)"
    }

    /// `.journal` alone.
    private var journalState: String {
        let recorder = sessions.recorder
        guard recorder.journalDirectory != nil else { return "journal: off (scripts and pipes keep none)" }
        guard recorder.isJournaling else { return "journal: off" }
        if let problem = recorder.journalProblem {
            return "journal: on, but it cannot be written (\(problem)); .journal on tries again"
        }
        guard let journal = recorder.journal else { return "journal: on (nothing written yet)" }
        return "journal: on, \(journal.path)"
    }
}
