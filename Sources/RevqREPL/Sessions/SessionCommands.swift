import FoundationEssentials

/// The session commands: `.save`, `.open` and `.sessions`. Files are the
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
            throw MetaError("no session '\(name)' (\(path))", word: 1,
                            hint: saved.isEmpty ? "no session is saved yet: .save NAME" : "saved sessions: " + saved.joined(separator: ", "))
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
            throw MetaError("the session name is empty", word: 1, hint: usage)
        }
        return name
    }

    /// What a restored session left in place: its named queries, and an `.output` file
    /// (only with --allow-writes) that results now go to.
    var namedQueriesNote: String {
        var note = queryNames.isEmpty ? "" : "; named queries: " + queryNames.joined(separator: ", ")
        if let redirect = output.redirect { note += "; results now go to \(redirect.sink.path) (.output alone returns them here)" }
        return note
    }

    func listSessions(_ call: MetaInvocation) throws(MetaError) {
        guard call.arguments.isEmpty else { throw MetaError("too many arguments", word: 1, hint: "usage: .sessions") }
        sessions.list()
    }
}
