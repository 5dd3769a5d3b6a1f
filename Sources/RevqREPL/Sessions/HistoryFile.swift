import Glibc
import RevqData

/// The history file shared by every revq of one user: each new entry is merged into what
/// is on disk under a lock, so concurrent sessions keep each other's entries (as bash's
/// `histappend` does) instead of the last to write replacing the others.
///
///     try HistoryFile(path: paths.historyFile).merge(["count findings by theme"])
struct HistoryFile {
    let path: String
    var limit = 1000

    /// The entries on disk, oldest first; none when the file is missing or unreadable.
    func load() -> HistoryList {
        HistoryList.load(from: path, limit: limit)
    }

    /// Re-reads the file, adds `entries` after what it holds, and writes it back
    /// atomically, all while holding the lock next to it.
    ///
    /// The file's lines are kept as bytes, so a line that is not UTF-8 is written back as
    /// it was; a file that cannot be read (no permission, not a regular file) is left as
    /// it is and the merge throws, rather than replacing a history it could not see.
    func merge(_ entries: [String]) throws {
        try makeDirectory(FileKind.folder(of: path))
        let lock = try FileLock(path: path + ".lock")
        defer { lock.release() }
        var lines = try readLines()
        for entry in entries {
            let trimmed = entry.trimmingSpaces()
            guard !trimmed.isEmpty else { continue }
            let line = Array(HistoryList.escape(trimmed).utf8)
            lines.removeAll { $0.elementsEqual(line) }
            lines.append(line[...])
        }
        if lines.count > limit { lines.removeFirst(lines.count - limit) }
        try AtomicFile.write(bytes: lines.flatMap { $0 + [UInt8(ascii: "\n")] }, to: path)
    }

    /// The file's non-empty lines, as bytes; none when there is no file.
    private func readLines() throws -> [ArraySlice<UInt8>] {
        do {
            return try FileBytes.contents(of: path).split(separator: UInt8(ascii: "\n"))
        } catch .open(ENOENT) {
            return []
        } catch {
            throw AtomicFile.Unreadable(path: path, reason: error.description)
        }
    }
}

/// An exclusive `flock` on a small file of its own (the history file itself is replaced
/// by each write, so a lock on it would not hold across writers).
struct FileLock {
    private let descriptor: Int32

    init(path: String) throws {
        descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw AtomicFile.Failure(path: path, step: "create the lock file", code: errno) }
        while flock(descriptor, LOCK_EX) != 0 {
            guard errno == EINTR else {
                let code = errno
                close(descriptor)
                throw AtomicFile.Failure(path: path, step: "lock", code: code)
            }
        }
    }

    func release() {
        close(descriptor)
    }
}
