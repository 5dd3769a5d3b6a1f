import FoundationEssentials
import Glibc
import RevqData

/// The current session's journal: every accepted statement is appended and flushed to
/// disk at once, so a crash or `kill -9` loses nothing.
///
/// The running revq holds an exclusive lock on its journal; a journal nobody holds
/// belongs to a revq that crashed, was killed, or left named queries unsaved, and is
/// offered on the next start (`SessionKeeper.noticeUnsaved`).
final class SessionJournal {
    let path: String
    private let descriptor: Int32

    private init(path: String, descriptor: Int32) {
        self.path = path
        self.descriptor = descriptor
    }

    /// Creates a new, locked journal in `directory`.
    static func create(in directory: String, started: Date) throws -> SessionJournal {
        try makeDirectory(directory)
        let path = "\(directory)/\(Timestamp.compact(started))-\(getpid()).revq"
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_APPEND | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw AtomicFile.Failure(path: path, step: "create", code: errno) }
        flock(descriptor, LOCK_EX | LOCK_NB)
        let journal = SessionJournal(path: path, descriptor: descriptor)
        do {
            try journal.appendText(SessionText.journalHeader(started: started, path: path))
        } catch {
            // A full disk must not leave an empty journal behind on every start.
            journal.discard()
            throw error
        }
        AtomicFile.syncFolder(directory)
        return journal
    }

    /// Appends one entry and waits until it is on disk.
    func append(_ entry: String) throws {
        try appendText(SessionText.encode(entry) + "\n")
    }

    /// Appends several entries and waits once until they are on disk (`.journal on`).
    func append(contentsOf entries: [String]) throws {
        try appendText(entries.map { SessionText.encode($0) + "\n" }.joined())
    }

    private func appendText(_ text: String) throws {
        try AtomicFile.writeAll(Array(text.utf8), to: descriptor, path: path)
        guard fsync(descriptor) == 0 else { throw AtomicFile.Failure(path: path, step: "flush", code: errno) }
    }

    /// Removes the journal: its session was saved, or held nothing.
    func discard() {
        unlink(path)
        Glibc.close(descriptor)
    }

    func close() {
        Glibc.close(descriptor)
    }
}

/// A journal left behind by a revq that did not end cleanly, or would have lost named queries.
struct OrphanJournal {
    let path: String
    let modified: Date
    let entryCount: Int

    /// The orphans in `directory`, newest first. Journals still locked belong to a running
    /// revq and are left alone; old orphans holding no entry are removed.
    static func find(in directory: String) -> [OrphanJournal] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        var found: [OrphanJournal] = []
        for name in names where name.hasSuffix(".revq") {
            let path = directory + "/" + name
            guard isUnlocked(path), let bytes = try? FileBytes.contents(of: path) else { continue }
            let text = String(decoding: bytes, as: UTF8.self)
            let count = entryCount(of: text)
            let attributes = try? FileManager.default.attributesOfItem(atPath: path)
            let modified = attributes?[.modificationDate] as? Date ?? .distantPast
            if count == 0 {
                // A journal is created just before its first entry and locked at once; an
                // empty one is only removed when old, never in that instant.
                if modified < Date(timeIntervalSinceNow: -3600) { unlink(path) }
                continue
            }
            found.append(OrphanJournal(path: path, modified: modified, entryCount: count))
        }
        return found.sorted { ($0.modified, $0.path) > ($1.modified, $1.path) }
    }

    /// A regular file no revq holds. O_NONBLOCK: a FIFO named `*.revq` would otherwise
    /// hang every start here, waiting for a writer.
    private static func isUnlocked(_ path: String) -> Bool {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, FileKind.kindName(status.st_mode) == nil else { return false }
        return flock(descriptor, LOCK_EX | LOCK_NB) == 0
    }

    /// Entries are the lines that are neither comments, blank, nor continuations.
    static func entryCount(of text: String) -> Int {
        var count = 0
        var continuing = false
        for line in text.lines {
            let trimmed = line.trimmingSpaces()
            if !continuing && (trimmed.isEmpty || trimmed.hasPrefix("#") || trimmed.hasPrefix("--")) { continue }
            if !continuing { count += 1 }
            continuing = trimmed.hasSuffix("\\")
        }
        return count
    }
}
