import Glibc

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
        // At a terminal the restored entries now live in this session's journal, and
        // nowhere else once the old one is gone.
        if sessions.recorder.journal != nil {
            unlink(orphan.path)
            sessions.recorder.markOnlyCopy(last: result.restored)
        }
        return true
    }
}
