import Foundation
import RevqCore

extension Shell {
    func save(_ call: MetaInvocation) throws(MetaError) {
        let name = try sessionName(call, usage: MetaCommands.usage(of: "save"))
        guard !dryRun else { return }
        let path = configuration.paths.sessionFile(for: name)
        let title = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        let text = SessionText.saved(name: title, entries: recorder.entries, date: Date(), dataset: configuration.datasetName)
        do {
            try makeDirectory((path as NSString).deletingLastPathComponent.isEmpty ? "." : (path as NSString).deletingLastPathComponent)
            try AtomicFile.write(text, to: path)
        } catch {
            throw MetaError("\(error)", word: 1)
        }
        recorder.markSaved()
        output.notify("saved \(statements(recorder.entries.count)) to \(path)")
    }

    func open(_ call: MetaInvocation) throws(MetaError) {
        let name = try sessionName(call, usage: MetaCommands.usage(of: "open"))
        let path = configuration.paths.sessionFile(for: name)
        guard FileManager.default.fileExists(atPath: path) else {
            let saved = SavedSession.list(in: configuration.paths.sessionsDirectory).map(\.name)
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
    private var namedQueriesNote: String {
        var note = interpreter.queryNames.isEmpty ? "" : "; named queries: " + interpreter.queryNames.joined(separator: ", ")
        if let redirect = output.redirect { note += "; results now go to \(redirect.sink.path) (.output alone returns them here)" }
        return note
    }

    /// What restoring a session file did.
    struct Restoration {
        /// Entries now part of this session.
        let restored: Int
        /// Entries of a journal that no longer run (reported at their lines).
        let failures: Int
    }

    /// Replays a session file here without showing results. A saved session is all or
    /// nothing: it is checked whole on a scratch shell first, and refused (nil, after the
    /// file and line are reported) at its first problem. A journal is what survived a
    /// crash, so every entry that still runs is restored and the others reported.
    /// The file is only read.
    func restore(path: String) -> Restoration? {
        guard let text = readSession(at: path) else { return nil }
        let policy = InputPolicy(name: path, isSession: true)
        if SessionText.kind(of: text) == .saved {
            guard scratch().runScript(text, policy: policy).failures == 0 else { return nil }
        }
        let wasQuiet = output.quiet
        output.quiet = true
        let before = recorder.entries.count
        let outcome = runScript(text, policy: policy)
        output.quiet = wasQuiet
        let restored = recorder.entries[before...]
        let lines = restored.map { $0.split(separator: "\n").joined(separator: " ") }
        history.remember(restored: lines)
        return Restoration(restored: restored.count, failures: outcome.failures)
    }

    /// The text of a session file, or nil after reporting why it cannot be one.
    func readSession(at path: String) -> String? {
        if let kind = FileKind.nonRegularKind(path) {
            output.fail("cannot read \(path): it is \(kind), not a regular file")
            return nil
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            output.fail("cannot read \(path): \(String(cString: strerror(access(path, R_OK) == 0 ? EIO : errno)))")
            return nil
        }
        guard let text = String(data: data, encoding: .utf8) else {
            let lines = data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
            let bad = (lines.firstIndex { String(data: Data($0), encoding: .utf8) == nil } ?? 0) + 1
            fileProblem(path, line: bad, "the file is not UTF-8 text")
            return nil
        }
        if let problem = SessionText.structuralProblem(of: text) {
            fileProblem(path, line: problem.line, problem.message)
            return nil
        }
        return text
    }

    private func fileProblem(_ path: String, line: Int, _ message: String) {
        output.complain(Diagnostic(.error, message, at: nil), at: "\(path):\(line)")
    }

    func listSessions(_ call: MetaInvocation) throws(MetaError) {
        guard call.arguments.isEmpty else { throw MetaError("too many arguments", word: 1, hint: "usage: .sessions") }
        let sessions = SavedSession.list(in: configuration.paths.sessionsDirectory)
        if sessions.isEmpty { output.say("no saved sessions in \(configuration.paths.sessionsDirectory)") }
        let width = max(4, sessions.map(\.name.count).max() ?? 0)
        if !sessions.isEmpty { output.say("name".padding(toLength: width + 2, withPad: " ", startingAt: 0) + "saved                 statements") }
        for session in sessions {
            output.say(session.name.padding(toLength: width + 2, withPad: " ", startingAt: 0)
                + session.saved.padding(toLength: 22, withPad: " ", startingAt: 0) + String(session.statements))
        }
        for orphan in OrphanJournal.find(in: configuration.paths.journalsDirectory) {
            output.say("unsaved: \(orphan.path) (\(statements(orphan.entryCount)))")
        }
    }

    /// `--resume`: restores the newest unsaved session; at a terminal, its journal then
    /// lives on in this session's journal and the old one is removed.
    func resume() -> Bool {
        guard let orphan = OrphanJournal.find(in: configuration.paths.journalsDirectory).first else {
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
        if recorder.journal != nil { unlink(orphan.path) }
        return true
    }

    /// At the end of a terminal session: says where unsaved statements are kept, or
    /// that they are lost when the journal could not be written.
    func finishSession() {
        let unsaved = recorder.unsavedCount
        let problem = recorder.journalProblem
        let kept = recorder.finish()
        if let problem, unsaved > 0 {
            let partly = kept.map { "; the part written before the failure is in \($0)" } ?? ""
            let lost = unsaved == 1 ? "1 statement is lost" : "\(unsaved) statements are lost"
            output.warn("this session is not saved and its journal could not be written (\(problem)): \(lost)\(partly)")
        } else if let kept {
            output.warn("this session is not saved; `revq --resume` restores it (journal: \(kept))")
        }
    }

    /// At start: a notice when sessions were left unsaved.
    func noticeUnsavedSessions() {
        let orphans = OrphanJournal.find(in: configuration.paths.journalsDirectory)
        guard let newest = orphans.first else { return }
        let more = orphans.count > 1 ? " (and \(orphans.count - 1) older)" : ""
        output.stderr.write("revq: an unsaved session exists\(more): \(statements(newest.entryCount)), last written \(SessionText.timestamp(newest.modified)).\n"
            + "      Restore it with `revq --resume`, or `.open \(newest.path)`.\n")
        output.stderr.flush()
    }
}

/// A saved session as `.sessions` lists it.
struct SavedSession {
    let name: String
    let saved: String
    let statements: Int

    static func list(in directory: String) -> [SavedSession] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return names.filter { $0.hasSuffix(".revq") && !$0.hasPrefix(".") }.sorted().map { name in
            let text = (try? String(contentsOfFile: directory + "/" + name, encoding: .utf8)) ?? ""
            return SavedSession(name: String(name.dropLast(".revq".count)),
                                saved: SessionText.headerValue("saved", in: text) ?? "?",
                                statements: SessionText.headerValue("statements", in: text).flatMap { Int($0) } ?? OrphanJournal.entryCount(of: text))
        }
    }
}

/// "1 statement", "2 statements".
func statements(_ count: Int) -> String {
    count == 1 ? "1 statement" : "\(count) statements"
}
