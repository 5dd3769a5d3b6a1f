import CLibEdit
import Foundation

/// What revq knows about where it reads and writes: terminals, width, colours.
public struct TerminalFacts: Sendable {
    public let stdinIsTerminal: Bool
    public let stdoutIsTerminal: Bool
    public let stderrIsTerminal: Bool
    /// `NO_COLOR` set to anything non-empty turns colours off everywhere (no-color.org).
    public let colorAllowed: Bool
    private let columnsVariable: Int?

    public init(environment: [String: String]) {
        stdinIsTerminal = isatty(STDIN_FILENO) == 1
        stdoutIsTerminal = isatty(STDOUT_FILENO) == 1
        stderrIsTerminal = isatty(STDERR_FILENO) == 1
        colorAllowed = (environment["NO_COLOR"] ?? "").isEmpty && environment["TERM"] != "dumb"
        columnsVariable = environment["COLUMNS"].flatMap { Int($0) }.flatMap { $0 > 0 ? $0 : nil }
    }

    /// Line editing, prompts and the session journal only when a person is typing and reading.
    public var isInteractive: Bool { stdinIsTerminal && stdoutIsTerminal }

    public var colorOnStdout: Bool { colorAllowed && stdoutIsTerminal }
    public var colorOnStderr: Bool { colorAllowed && stderrIsTerminal }

    /// The width tables fit: the terminal's, read anew each time (it may be resized),
    /// else `COLUMNS`, else 100.
    public var width: Int {
        let columns = Int(revq_terminal_columns(STDOUT_FILENO))
        if stdoutIsTerminal, columns > 0 { return columns }
        return columnsVariable ?? 100
    }
}

/// ANSI colouring of the few things revq colours: error labels and prompts.
enum Paint {
    static func error(_ text: String, enabled: Bool) -> String {
        enabled ? "\u{1B}[1;31m\(text)\u{1B}[0m" : text
    }

    static func dim(_ text: String, enabled: Bool) -> String {
        enabled ? "\u{1B}[2m\(text)\u{1B}[0m" : text
    }

    /// Colours the `error:` label of a formatted diagnostic.
    static func diagnostic(_ text: String, enabled: Bool) -> String {
        guard enabled else { return text }
        return text.replacingOccurrences(of: " error: ", with: " \(error("error:", enabled: true)) ")
    }
}
