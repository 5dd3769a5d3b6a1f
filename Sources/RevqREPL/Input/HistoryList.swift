import FoundationEssentials
import RevqData

/// The statements a person typed, newest last: de-duplicated (typing a line again moves
/// it to the end) and bounded (the oldest entries go first).
///
///     var history = HistoryList(limit: 2)
///     history.add("findings"); history.add("sources"); history.add("findings")
///     history.entries   // ["sources", "findings"]
package struct HistoryList: Sendable, Equatable {
    package let limit: Int
    package private(set) var entries: [String] = []

    package init(limit: Int = 1000, entries: [String] = []) {
        self.limit = max(1, limit)
        for entry in entries { add(entry) }
    }

    /// Adds a line, trimmed; returns false when it was blank.
    @discardableResult
    package mutating func add(_ line: String) -> Bool {
        let entry = line.trimmingSpaces()
        guard !entry.isEmpty else { return false }
        entries.removeAll { $0 == entry }
        entries.append(entry)
        if entries.count > limit { entries.removeFirst(entries.count - limit) }
        return true
    }

    // MARK: The history file: one entry per line, `\n` and `\\` escaped.

    /// The entries of the file at `path`; none when it is missing, unreadable, or not a
    /// regular file (a FIFO there would hang the read).
    package static func load(from path: String, limit: Int = 1000) -> HistoryList {
        guard let bytes = try? FileBytes.contents(of: path) else { return HistoryList(limit: limit) }
        return decode(bytes, limit: limit)
    }

    /// The entries of a history file's bytes. Each line is decoded on its own, and a byte
    /// that is not UTF-8 becomes U+FFFD in that entry only: the rest of the history is
    /// still recalled (the file itself keeps its bytes, see `HistoryFile.merge`).
    static func decode(_ bytes: [UInt8], limit: Int) -> HistoryList {
        let lines = bytes.split(separator: UInt8(ascii: "\n")).map { unescape(String(decoding: $0, as: UTF8.self)) }
        return HistoryList(limit: limit, entries: lines)
    }

    /// Writes the file atomically, so a crash leaves the previous history intact.
    /// Sessions write through `HistoryFile.merge`, which keeps other sessions' entries.
    package func save(to path: String) throws {
        let text = entries.map(Self.escape).joined(separator: "\n") + "\n"
        try makeDirectory(FileKind.folder(of: path))
        try AtomicFile.write(text, to: path)
    }

    static func escape(_ entry: String) -> String {
        entry.replacingEvery("\\", with: "\\\\").replacingEvery("\n", with: "\\n")
    }

    static func unescape(_ line: String) -> String {
        var result = ""
        var escaping = false
        for character in line {
            if escaping {
                result.append(character == "n" ? "\n" : character)
                escaping = false
            } else if character == "\\" {
                escaping = true
            } else {
                result.append(character)
            }
        }
        return result
    }
}
