import FoundationEssentials
import RevqCore
import RevqEngine

/// The current session in memory and, at a terminal, in its journal on disk.
///
///     let recorder = SessionRecorder(journalDirectory: paths.journalsDirectory)
///     recorder.record("let komm = findings where theme = kommunikasjon", onlyCopy: true)
///     recorder.unsavedNamedQueries   // ["komm"]
final class SessionRecorder {
    private(set) var entries: [String] = []
    /// The entries accepted since the last `.save` (or since the start), each with whether
    /// it exists nowhere else (typed, or resumed from a journal that is then removed) or is
    /// in a file (the rc file, a `.read` file, a session or journal file left in place).
    private var sinceSave: [(entry: String, onlyCopy: Bool)] = []
    private(set) var journal: SessionJournal?
    /// Where journals go; nil when this run keeps none (scripts, pipes).
    let journalDirectory: String?
    /// False after `.journal off` or `--no-journal`: entries are kept in memory only.
    private(set) var isJournaling: Bool
    let started = Date()
    /// Why the journal could not be written, once it could not.
    private(set) var journalProblem: String?

    init(journalDirectory: String?) {
        self.journalDirectory = journalDirectory
        self.isJournaling = journalDirectory != nil
    }

    /// Entries accepted since the last `.save` (or since the start).
    var unsavedCount: Int { sinceSave.count }

    /// Keeps an entry and, when journaling, writes it to disk before returning;
    /// returns a warning when the journal cannot be written.
    func record(_ entry: String, onlyCopy: Bool = true) -> String? {
        entries.append(entry)
        sinceSave.append((entry, onlyCopy))
        guard isJournaling, journalProblem == nil else { return nil }
        do {
            try openJournal()
            try journal?.append(entry)
            return nil
        } catch {
            return failed(error)
        }
    }

    private func openJournal() throws {
        guard journal == nil, let journalDirectory else { return }
        journal = try SessionJournal.create(in: journalDirectory, started: started)
    }

    /// Said once; the session is still kept in memory for `.save`.
    private func failed(_ error: any Error) -> String {
        journalProblem = "\(error)"
        return "the session journal cannot be written (\(error)); save the session with .save NAME"
    }

    func markSaved() {
        sinceSave = []
    }

    /// The last `count` entries exist nowhere else now: `--resume` removed the journal they
    /// were restored from.
    func markOnlyCopy(last count: Int) {
        for index in sinceSave.indices.suffix(count) { sinceSave[index].onlyCopy = true }
    }

    /// The named queries (`let`) that exist only in this session: typed, or resumed from a
    /// journal since removed, since the last `.save`, and not defined again since by a file. Parsed
    /// here, once at the end, rather than at every statement.
    var unsavedNamedQueries: [String] {
        var names: [String] = []
        for (entry, onlyCopy) in sinceSave where entry.trimmingSpacesAndNewlines().lowercased().hasPrefix("let") {
            guard case .ready(let prepared) = Preparation(entry, viewSource: nil), let name = prepared.definedName
            else { continue }
            names.removeAll { $0 == name }
            if onlyCopy { names.append(name) }
        }
        return names
    }

    // MARK: Turning the journal on and off

    /// `.journal off`: no more writing, and this session's journal is removed, so that a
    /// crash leaves no half of it to offer. The journal's path, if there was one.
    func stopJournaling() -> String? {
        isJournaling = false
        defer { journal = nil }
        journal?.discard()
        return journal?.path
    }

    /// `.journal on`: a new journal holding every entry so far, so a crash from now on
    /// loses nothing; a journal that failed is tried again. Throws when it cannot be written.
    func startJournaling() throws {
        guard journalDirectory != nil, !isJournaling || journalProblem != nil else { return }
        journal?.discard()
        journal = nil
        journalProblem = nil
        isJournaling = true
        guard !entries.isEmpty else { return }
        do {
            try openJournal()
            try journal?.append(contentsOf: entries)
        } catch {
            _ = failed(error)
            throw error
        }
    }

    // MARK: The end of a run

    /// What became of the journal at the end of a run.
    enum Ending: Equatable {
        /// No journal is left: none was written, or it was removed.
        case removed
        /// The journal is kept at this path for `--resume`.
        case kept(String)
    }

    /// At the end of a terminal session. A session that ended cleanly (`.quit`, Ctrl-D)
    /// removes its journal unless it holds named queries that exist nowhere else; one that
    /// did not (its output failed) keeps a journal with unsaved entries, as a crash would.
    func finish(cleanly: Bool) -> Ending {
        guard let journal else { return .removed }
        let keep = cleanly ? !unsavedNamedQueries.isEmpty : unsavedCount > 0
        if keep {
            journal.close()
            return .kept(journal.path)
        }
        journal.discard()
        return .removed
    }
}
