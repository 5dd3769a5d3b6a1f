import FoundationEssentials

/// The current session in memory and, at a terminal, in its journal on disk.
final class SessionRecorder {
    private(set) var entries: [String] = []
    /// Entries accepted since the last `.save` (or since the start).
    private(set) var unsavedCount = 0
    private(set) var journal: SessionJournal?
    /// Where journals go; nil when this run keeps none (scripts, pipes).
    let journalDirectory: String?
    let started = Date()
    /// Why the journal could not be written, once it could not.
    private(set) var journalProblem: String?

    init(journalDirectory: String?) {
        self.journalDirectory = journalDirectory
    }

    /// Keeps an entry and, when journaling, writes it to disk before returning;
    /// returns a warning when the journal cannot be written.
    func record(_ entry: String) -> String? {
        entries.append(entry)
        unsavedCount += 1
        guard let journalDirectory, journalProblem == nil else { return nil }
        do {
            if journal == nil { journal = try SessionJournal.create(in: journalDirectory, started: started) }
            try journal?.append(entry)
            return nil
        } catch {
            // Said once; the session is still kept in memory for .save.
            journalProblem = "\(error)"
            return "the session journal cannot be written (\(error)); save the session with .save NAME"
        }
    }

    func markSaved() {
        unsavedCount = 0
    }

    /// At the end of a run: a journal whose entries are all saved is removed; otherwise it
    /// is kept for `--resume`, and its path returned.
    func finish() -> String? {
        guard let journal else { return nil }
        guard journalProblem == nil else {
            // Entries after the failure are not in it: keep it only if it holds some.
            journal.close()
            return journal.path
        }
        if unsavedCount == 0 {
            journal.discard()
            return nil
        }
        journal.close()
        return journal.path
    }
}
