import FoundationEssentials
import Glibc
import RevqCore
import RevqData

/// The session as files: the entries accepted so far and their journal
/// (`SessionRecorder`), saving them as a session file, reading one back, listing the
/// saved ones, and the journals of revqs that ended unsaved. Replaying a file is the
/// shell's (`Shell.restore`): its statements run like any others.
///
///     let sessions = SessionKeeper(paths: paths, datasetName: "bundled", journals: true, output: output)
///     sessions.record("findings where confidence >= moderat")
///     let path = try sessions.save(as: "komm")   // $XDG_DATA_HOME/revq/sessions/komm.revq
final class SessionKeeper {
    let recorder: SessionRecorder
    let paths: RevqPaths
    private let datasetName: String
    private let output: OutputRouter

    init(paths: RevqPaths, datasetName: String, journals: Bool, output: OutputRouter) {
        self.recorder = SessionRecorder(journalDirectory: journals ? paths.journalsDirectory : nil)
        self.paths = paths
        self.datasetName = datasetName
        self.output = output
    }

    /// Adds an accepted statement or setting to the session (and its journal).
    /// `onlyCopy`: the entry exists nowhere else (typed, or from a journal).
    func record(_ entry: String, onlyCopy: Bool = true) {
        guard let warning = recorder.record(entry, onlyCopy: onlyCopy) else { return }
        output.warn(warning)
    }

    /// Writes every entry to the session file `name` names, replacing it whole; returns
    /// its path.
    func save(as name: String) throws -> String {
        let path = paths.sessionFile(for: name)
        let title = PathName.withoutExtension(PathName.lastComponent(path))
        let text = SessionText.saved(name: title, entries: recorder.entries, date: Date(), dataset: datasetName)
        try makeDirectory(FileKind.folder(of: path))
        try AtomicFile.write(text, to: path)
        recorder.markSaved()
        return path
    }

    /// The text of a session file, or nil after reporting why it cannot be one.
    func read(at path: String) -> String? {
        let data: Data
        do { data = Data(try FileBytes.contents(of: path)) } catch {
            switch error {
            case .notRegular(let kind): output.fail("cannot read \(path): it is \(kind), not a regular file")
            case .open(let code), .read(let code):
                output.fail("cannot read \(path): \(String(cString: strerror(code)))")
            }
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

    /// `.sessions`: the saved sessions with their date and size, then unsaved journals.
    func list() {
        let sessions = SavedSession.list(in: paths.sessionsDirectory)
        if sessions.isEmpty { output.say("no saved sessions in \(paths.sessionsDirectory)") }
        let width = max(4, sessions.map { DisplayWidth.of($0.name) }.max() ?? 0)
        if !sessions.isEmpty {
            output.say(DisplayWidth.padded("name", to: width + 2) + "saved                 statements")
        }
        for session in sessions {
            output.say(
                DisplayWidth.padded(session.name, to: width + 2)
                    + DisplayWidth.padded(session.saved, to: 22) + String(session.statements))
        }
        for orphan in unsaved {
            output.say("unsaved: \(orphan.path) (\(statements(orphan.entryCount)))")
        }
    }

    /// The names `.open` takes without a path.
    var savedNames: [String] {
        SavedSession.list(in: paths.sessionsDirectory).map(\.name)
    }

    /// The journals of revqs that ended without saving, newest first.
    var unsaved: [OrphanJournal] {
        OrphanJournal.find(in: paths.journalsDirectory)
    }

    /// At the end of a terminal session: silent unless named queries that exist nowhere
    /// else would be lost; then their journal is kept for `--resume` and one line says so,
    /// or, with no journal to keep them, one line says they are gone. A session that did
    /// not end cleanly (its output failed) keeps its journal, as after a crash.
    func finish(cleanly: Bool) {
        let lost = recorder.unsavedNamedQueries
        let ending = recorder.finish(cleanly: cleanly)
        if case .kept = ending { pruneUnsaved() }
        guard cleanly, let notice = Self.lossNotice(lost, ending: ending, problem: recorder.journalProblem) else {
            return
        }
        output.complain(notice, at: "revq")
    }

    /// What leaving says about named queries that exist nowhere else: nil when there are
    /// none; a note when their journal is kept; a warning when they are gone.
    static func lossNotice(_ lost: [String], ending: SessionRecorder.Ending, problem: String?) -> Diagnostic? {
        guard let first = lost.first else { return nil }
        let one = lost.count == 1
        let named = one ? "the named query \(first)" : "the named queries " + lost.joined(separator: ", ")
        switch (ending, problem) {
        case (.kept, nil):
            return Diagnostic(
                .note, "\(named) \(one ? "is" : "are") not saved; revq --resume restores \(one ? "it" : "them")",
                at: nil)
        case (.kept(let path), let problem?):
            return Diagnostic(
                .warning,
                "\(named) \(one ? "was" : "were") not saved and the journal could not be written (\(problem)); what was written before the failure is in \(path)",
                at: nil)
        case (.removed, let problem?):
            return Diagnostic(
                .warning,
                "\(named) \(one ? "was" : "were") not saved and the journal could not be written (\(problem)): \(one ? "it is" : "they are") lost",
                at: nil)
        case (.removed, nil):
            return Diagnostic(
                .warning,
                "\(named) \(one ? "was" : "were") not saved and \(one ? "ends" : "end") with this session (the journal is off)",
                at: nil)
        }
    }

    /// How many journals of sessions left unsaved are kept; older ones are removed.
    static let keptUnsaved = 5

    /// Removes the oldest unsaved journals beyond `keptUnsaved` and returns the others,
    /// newest first. Journals a running revq holds are never among them.
    @discardableResult
    func pruneUnsaved() -> [OrphanJournal] {
        let orphans = unsaved
        for orphan in orphans.dropFirst(Self.keptUnsaved) { unlink(orphan.path) }
        return Array(orphans.prefix(Self.keptUnsaved))
    }

    /// At start: one line when a session left unsaved can be restored, naming how.
    func noticeUnsaved() {
        let orphans = pruneUnsaved()
        guard let newest = orphans.first else { return }
        let when = Timestamp.internet(newest.modified)
        let message =
            orphans.count == 1
            ? "a session left unsaved at \(when) (\(statements(newest.entryCount))) can be restored: revq --resume"
            : "\(orphans.count) sessions were left unsaved, the newest at \(when) (\(statements(newest.entryCount))): revq --resume restores it, .sessions lists them"
        output.complain(Diagnostic(.note, message, at: nil), at: "revq")
    }
}

/// A saved session as `.sessions` lists it.
struct SavedSession {
    let name: String
    let saved: String
    let statements: Int

    static func list(in directory: String) -> [SavedSession] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        // Only regular files are sessions: a FIFO or folder named `*.revq` is not one.
        let files = names.filter {
            $0.hasSuffix(".revq") && !$0.hasPrefix(".") && FileKind.nonRegularKind(directory + "/" + $0) == nil
        }
        return files.sorted().map { name in
            // Never a blocking read: a FIFO named `*.revq` here would hang `.sessions`.
            let bytes = (try? FileBytes.contents(of: directory + "/" + name)) ?? []
            let text = String(decoding: bytes, as: UTF8.self)
            return SavedSession(
                name: String(name.dropLast(".revq".count)),
                saved: SessionText.headerValue("saved", in: text) ?? "?",
                statements: SessionText.headerValue("statements", in: text).flatMap { Int($0) }
                    ?? OrphanJournal.entryCount(of: text))
        }
    }
}

/// "1 statement", "2 statements".
func statements(_ count: Int) -> String {
    count == 1 ? "1 statement" : "\(count) statements"
}
