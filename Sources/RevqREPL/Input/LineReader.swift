import Foundation

/// What reading one line gave.
public enum LineInput: Equatable, Sendable {
    case line(String)
    /// Ctrl-C: abandon the line and any pending statement.
    case interrupted
    /// Ctrl-D on an empty line, or the end of a file or pipe.
    case endOfInput
}

/// A source of lines: libedit on a terminal, a buffered reader for pipes, files and tests.
public protocol LineReader: AnyObject {
    /// Reads the next line (without its line end), showing `prompt` if the reader shows prompts.
    func readLine(prompt: String) -> LineInput
}

/// Reads lines from a file descriptor in large blocks, with no prompt and no editing
/// (libedit reads one byte per `read()` on a pipe).
public final class BufferedLineReader: LineReader {
    private let descriptor: Int32
    private var buffer: [UInt8] = []
    private var start = 0
    private var atEnd = false

    public init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    public func readLine(prompt: String) -> LineInput {
        while true {
            if let newline = buffer[start...].firstIndex(of: UInt8(ascii: "\n")) {
                let line = decode(buffer[start..<newline])
                start = newline + 1
                return .line(line)
            }
            if atEnd {
                guard start < buffer.count else { return .endOfInput }
                let line = decode(buffer[start...])
                start = buffer.count
                return .line(line)
            }
            fill()
        }
    }

    private func fill() {
        buffer.removeFirst(start)
        start = 0
        var block = [UInt8](repeating: 0, count: 1 << 16)
        let count = block.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
        if count < 0 && errno == EINTR { return }
        if count <= 0 { atEnd = true; return }
        buffer.append(contentsOf: block[..<count])
    }

    /// Invalid UTF-8 becomes U+FFFD so the language reports it rather than revq dropping it;
    /// a Windows line end loses its carriage return.
    private func decode(_ bytes: ArraySlice<UInt8>) -> String {
        let line = String(decoding: bytes, as: UTF8.self)
        return line.hasSuffix("\r") ? String(line.dropLast()) : line
    }
}

/// Lines from a string in memory: scripts read whole, session files, tests.
public final class StringLineReader: LineReader {
    private var lines: ArraySlice<Substring>

    public init(_ text: String) {
        var lines = text.lines
        if lines.last == "" { lines.removeLast() }
        self.lines = lines[...]
    }

    public func readLine(prompt: String) -> LineInput {
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
