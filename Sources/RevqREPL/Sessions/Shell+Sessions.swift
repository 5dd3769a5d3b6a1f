import Foundation

/// The session commands: `.save`, `.open`, `.sessions` and `--resume`. Files are the
/// `SessionKeeper`'s; replaying one runs its statements on the shell, quietly.
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
        let file = (name as NSString).lastPathComponent
        guard !file.trimmingCharacters(in: .whitespaces).isEmpty, file != ".revq" else {
            throw MetaError("the session name is empty", word: 1, hint: usage)
        }
        return name
    }

    /// What a restored session left in place: its named queries, and an `.output` file
    /// (only with --allow-writes) that results now go to.
    fileprivate var namedQueriesNote: String {
        var note = queryNames.isEmpty ? "" : "; named queries: " + queryNames.joined(separator: ", ")
        if let redirect = output.redirect { note += "; results now go to \(redirect.sink.path) (.output alone returns them here)" }
        return note
    }

    func listSessions(_ call: MetaInvocation) throws(MetaError) {
        guard call.arguments.isEmpty else { throw MetaError("too many arguments", word: 1, hint: "usage: .sessions") }
        sessions.list()
    }
}

/// What restoring a session file did.
struct Restoration {
    /// Entries now part of this session.
    let restored: Int
    /// Entries of a journal that no longer run (reported at their lines).
    let failures: Int
}

extension Shell {
    /// Replays a session file here without showing results. A saved session is all or
    /// nothing: it is checked whole on a scratch shell first, and refused (nil, after the
    /// file and line are reported) at its first problem. A journal is what survived a
    /// crash, so every entry that still runs is restored and the others reported.
    /// The file is only read.
    func restore(path: String) -> Restoration? {
        guard let text = sessions.read(at: path) else { return nil }
        let policy = InputPolicy(name: path, isSession: true)
        if SessionText.kind(of: text) == .saved {
            guard scratch().runScript(text, policy: policy).failures == 0 else { return nil }
        }
        let wasQuiet = output.quiet
        output.quiet = true
        let before = sessions.recorder.entries.count
        let outcome = runScript(text, policy: policy)
        output.quiet = wasQuiet
        let restored = sessions.recorder.entries[before...]
        history.remember(restored: restored.map { $0.split(separator: "\n").joined(separator: " ") })
        return Restoration(restored: restored.count, failures: outcome.failures)
    }

    /// `--resume`: restores the newest unsaved session; at a terminal, its journal then
    /// lives on in this session's journal and the old one is removed.
    func resume() -> Bool {
        guard let orphan = sessions.unsaved.first else {
            output.fail("there is no unsaved session to resume")
            return false
        }
        guard let result = restore(path: orphan.path) else { return false }
        output.notify("resumed the unsaved session \(orphan.path): \(statements(result.restored))\(namedQueriesNote)")
        guard result.failures == 0 else {
            output.fail("\(statements(result.failures)) could not be restored; \(orphan.path) is kept")
            return false
        }
        // At a terminal the restored entries now live in this session's journal.
        if sessions.recorder.journal != nil { unlink(orphan.path) }
        return true
    }
}
