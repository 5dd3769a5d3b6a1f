import Glibc

/// What reading one line gave.
package enum LineInput: Equatable, Sendable {
    case line(String)
    /// Ctrl-C: abandon the line and any pending statement.
    case interrupted
    /// Ctrl-D on an empty line, or the end of a file or pipe.
    case endOfInput
    /// A line longer than the reader's limit (this many bytes) with no line end in sight:
    /// the input is not text to run, and reading it on would take memory without bound.
    case overlong(Int)
    /// Reading failed with this `errno` (stdin is a directory, an I/O error): not the
    /// end of the input, which would let a failed read pass for an empty script.
    case unreadable(Int32)
    /// A line longer than the reader's limit (this many bytes) that has its line end: it
    /// was read past without being kept, and the next line follows.
    case skipped(Int)
}

/// A source of lines: libedit on a terminal, a buffered reader for pipes, files and tests.
package protocol LineReader: AnyObject {
    /// Reads the next line (without its line end), showing `prompt` if the reader shows prompts.
    func readLine(prompt: String) -> LineInput
}

/// Reads lines from a file descriptor in large blocks, with no prompt and no editing
/// (libedit reads one byte per `read()` on a pipe). Each byte is looked at once, so a
/// line of any length takes time in proportion to it.
///
/// A line longer than `limit` is not kept: its bytes are read past, in constant memory,
/// to its line end (`.skipped`). Only when none comes within `endless` bytes, or the
/// input ends first, is the line called endless (`.overlong`, `revq < /dev/zero`).
package final class BufferedLineReader: LineReader {
    private let descriptor: Int32
    private let limit: Int
    private let endless: Int
    private var buffer: [UInt8] = []
    private var start = 0
    /// Where the search for the next line end goes on: the bytes before it, from
    /// `start`, hold none.
    private var scanned = 0
    private var atEnd = false
    /// The `errno` of a failed read, given out (once) in place of the end of the input.
    private var readError: Int32?
    /// What one `read` fills, then appended to `buffer` as one copy.
    private var block = [UInt8](repeating: 0, count: 1 << 16)

    package init(descriptor: Int32, limit: Int = 64 << 20, endless: Int = 1 << 30) {
        self.descriptor = descriptor
        self.limit = limit
        self.endless = max(endless, limit)
    }

    package func readLine(prompt: String) -> LineInput {
        while true {
            if let newline = lineEnd(from: scanned) {
                let line = decode(buffer[start..<newline])
                start = newline + 1
                scanned = start
                return .line(line)
            }
            scanned = buffer.count
            if scanned - start > limit { return skipToLineEnd() }
            if atEnd {
                if let code = readError.take() { return .unreadable(code) }
                guard start < buffer.count else { return .endOfInput }
                let line = decode(buffer[start...])
                start = buffer.count
                scanned = start
                return .line(line)
            }
            fill()
        }
    }

    /// Reads past the rest of a line too long to keep, dropping each block once it is
    /// scanned: `.skipped` at its line end, `.overlong` when none comes.
    private func skipToLineEnd() -> LineInput {
        var length = buffer.count - start
        while true {
            buffer.removeAll(keepingCapacity: true)
            (start, scanned) = (0, 0)
            if atEnd || length > endless { return .overlong(limit) }
            fill()
            if let newline = lineEnd(from: 0) {
                start = newline + 1
                scanned = start
                return .skipped(limit)
            }
            length += buffer.count
        }
    }

    /// The first line end at or after `offset`, found by `memchr`: byte by byte in Swift, a
    /// debug build took 20 s over a line of 64 MiB.
    private func lineEnd(from offset: Int) -> Int? {
        guard offset < buffer.count else { return nil }
        return buffer.withUnsafeBytes { bytes in
            let base = bytes.baseAddress!
            return memchr(base + offset, Int32(UInt8(ascii: "\n")), bytes.count - offset).map {
                UnsafeRawPointer($0) - base
            }
        }
    }

    /// Reads the next block; the bytes before `start` are dropped first, unless they are
    /// few (moving a long pending line on every read would be quadratic again).
    private func fill() {
        if start > 0 && start >= buffer.count / 2 {
            buffer.removeFirst(start)
            scanned -= start
            start = 0
        }
        let count = block.withUnsafeMutableBytes { read(descriptor, $0.baseAddress!, $0.count) }
        let code = errno
        if count > 0 { buffer.append(contentsOf: block[..<count]) }
        if count < 0 && code == EINTR { return }
        if count < 0 && (code == EAGAIN || code == EWOULDBLOCK) { return waitForInput() }
        if count < 0 { readError = code }
        if count <= 0 { atEnd = true }
    }

    /// A non-blocking descriptor (a parent may leave stdin so) has nothing yet: wait
    /// until it has, rather than take "try again" for the end of the input.
    private func waitForInput() {
        var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        _ = poll(&request, 1, -1)
    }

    /// Invalid UTF-8 becomes U+FFFD so the language reports it rather than revq dropping it;
    /// a Windows line end loses its carriage return.
    private func decode(_ bytes: ArraySlice<UInt8>) -> String {
        let line = String(decoding: bytes, as: UTF8.self)
        return line.hasSuffix("\r") ? String(line.dropLast()) : line
    }
}

/// Lines from a string in memory: scripts read whole, session files, tests.
package final class StringLineReader: LineReader {
    private var lines: ArraySlice<Substring>

    package init(_ text: String) {
        var lines = text.lines
        if lines.last == "" { lines.removeLast() }
        self.lines = lines[...]
    }

    package func readLine(prompt: String) -> LineInput {
        guard let line = lines.popFirst() else { return .endOfInput }
        return .line(String(line))
    }
}

extension String {
    /// The lines of a text, split at `\n` and at `\r\n` (which Swift counts as one
    /// Character, so splitting at "\n" alone would leave Windows files whole).
    var lines: [Substring] {
        split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }
    }
}
