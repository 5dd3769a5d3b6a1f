import Foundation
import RevqRender

/// The settings a session keeps and `.save` writes: each one a meta-command line.
public struct ShellSettings: Equatable, Sendable {
    public var mode: OutputMode
    public var headers: Bool
    public var timer: Bool

    public init(mode: OutputMode = .table, headers: Bool = true, timer: Bool = false) {
        self.mode = mode
        self.headers = headers
        self.timer = timer
    }
}

/// Where a run of lines comes from and what it may do.
struct InputPolicy {
    /// `FILE`, `<stdin>`, `<command line>` or `<repl>`, as errors name it.
    let name: String
    /// Stop at the first failed statement (`--bail`).
    var bail = false
    /// A session file: only statements and settings run, `.output`/`.once` only with
    /// `--allow-writes`.
    var isSession = false
    /// Lines go to the line-editing history (a person typed them).
    var isTyped = false
}

/// What one statement or meta-command did.
enum StepResult: Equatable {
    case succeeded
    case failed
    /// The statement is unfinished: read another line.
    case incomplete
}

/// What running a whole input did.
struct RunOutcome {
    var failures = 0
    /// `.quit` was given, or `--bail` stopped at a failure.
    var stopped = false
}

/// The current session in memory and, at a terminal, in its journal on disk.
final class SessionRecorder {
    private(set) var entries: [String] = []
    /// Entries accepted since the last `.save` (or since the start).
    private(set) var unsavedCount = 0
    private(set) var journal: SessionJournal?
    /// Where journals go; nil when this run keeps none (scripts, pipes).
    let journalDirectory: String?
    let started = Date()
    private var journalFailed = false

    init(journalDirectory: String?) {
        self.journalDirectory = journalDirectory
    }

    /// Keeps an entry and, when journaling, writes it to disk before returning;
    /// returns a warning when the journal cannot be written.
    func record(_ entry: String) -> String? {
        entries.append(entry)
        unsavedCount += 1
        guard let journalDirectory, !journalFailed else { return nil }
        do {
            if journal == nil { journal = try SessionJournal.create(in: journalDirectory, started: started) }
            try journal?.append(entry)
            return nil
        } catch {
            // Said once; the session is still kept in memory for .save.
            journalFailed = true
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
        if unsavedCount == 0 {
            journal.discard()
            return nil
        }
        journal.close()
        return journal.path
    }
}
