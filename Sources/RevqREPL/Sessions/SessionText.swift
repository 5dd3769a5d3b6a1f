import FoundationEssentials
import Glibc

/// The text of a session file: commented lines, then one entry per statement or setting,
/// a statement's further lines joined with a trailing `\` so that it replays exactly.
///
///     # revq session "komm"
///     # saved: 2026-11-29T06:40:00Z
///     # statements: 2
///     .mode csv
///     let komm = findings where theme = kommunikasjon
///     # end of session
///
/// The same text runs as a script: `revq -f komm.revq`.
package enum SessionText {
    static let savedMarker = "# revq session"
    static let journalMarker = "# revq journal"
    static let endMarker = "# end of session"

    package enum Kind: Sendable { case saved, journal }

    /// A saved session, ready for `.save`.
    static func saved(name: String, entries: [String], date: Date, dataset: String) -> String {
        var lines = [
            "\(savedMarker) \"\(name)\"",
            "# saved: \(Timestamp.internet(date))",
            "# statements: \(entries.count)",
            "# dataset: \(dataset)",
            "# Restore it with `.open \(name)`; replay it with `revq -f \(name).revq`.",
            "# Lines starting with # are comments; a line ending in \\ continues on the next.",
        ]
        lines += entries.map(encode)
        lines.append(endMarker)
        return lines.joined(separator: "\n") + "\n"
    }

    /// The first lines of a journal; entries are appended one by one as they are accepted.
    static func journalHeader(started: Date, path: String) -> String {
        """
        \(journalMarker): an unsaved session started \(Timestamp.internet(started)) by revq (pid \(getpid()))
        # Restore it with `revq --resume` or `.open \(path)`.

        """
    }

    /// One entry as lines: inner line breaks become `\` continuations.
    static func encode(_ entry: String) -> String {
        entry.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\\\n")
    }

    package static func kind(of text: String) -> Kind? {
        let text = text.droppingByteOrderMark
        if text.hasPrefix(savedMarker) { return .saved }
        if text.hasPrefix(journalMarker) { return .journal }
        return nil
    }

    /// The structural problem of a session file, if any: a missing header, or a saved
    /// session cut short before its end marker.
    static func structuralProblem(of text: String) -> (line: Int, message: String)? {
        guard let kind = kind(of: text) else {
            return (1, "not a revq session file (the first line should start with '\(savedMarker)')")
        }
        guard kind == .saved else { return nil }
        let lines = text.lines
        let lastUsed = lines.lastIndex { !$0.trimmingSpaces().isEmpty } ?? 0
        if lines[lastUsed].trimmingSpaces() != endMarker {
            return (lastUsed + 1, "the session file is truncated: it ends before '\(endMarker)'")
        }
        return nil
    }

    /// A header value such as `statements` or `saved`.
    static func headerValue(_ key: String, in text: String) -> String? {
        for line in text.lines.prefix(12) where line.hasPrefix("# \(key): ") {
            return String(line.dropFirst("# \(key): ".count))
        }
        return nil
    }
}
