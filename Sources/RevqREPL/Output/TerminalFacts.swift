import CLibEdit
import Glibc
import RevqRender

/// `--color`: colours when writing to a terminal (the default), always, or never.
package enum ColorChoice: String, CaseIterable, Sendable {
    case auto, always, never
}

/// What revq knows about where it reads and writes: terminals, size, colours.
package struct TerminalFacts: Sendable {
    package let stdinIsTerminal: Bool
    package let stdoutIsTerminal: Bool
    package let stderrIsTerminal: Bool
    /// `NO_COLOR` set to anything non-empty turns colours off everywhere (no-color.org), and
    /// so does `TERM=dumb`; `--color always|never` overrides both, as a per-run choice may.
    package let colorAllowed: Bool
    package let colorChoice: ColorChoice
    /// `$PAGER` (`less -FRX` when unset; empty: no pager).
    package let pagerCommand: String
    private let columnsVariable: Int?
    private let linesVariable: Int?

    package init(environment: [String: String], color: ColorChoice = .auto) {
        stdinIsTerminal = isatty(STDIN_FILENO) == 1
        stdoutIsTerminal = isatty(STDOUT_FILENO) == 1
        stderrIsTerminal = isatty(STDERR_FILENO) == 1
        colorAllowed = (environment["NO_COLOR"] ?? "").isEmpty && environment["TERM"] != "dumb"
        colorChoice = color
        pagerCommand = environment["PAGER"] ?? "less -FRX"
        columnsVariable = environment["COLUMNS"].flatMap { Int($0) }.flatMap { $0 > 0 ? $0 : nil }
        linesVariable = environment["LINES"].flatMap { Int($0) }.flatMap { $0 > 0 ? $0 : nil }
    }

    /// Line editing, prompts and the session journal only when a person is typing and reading.
    package var isInteractive: Bool { stdinIsTerminal && stdoutIsTerminal }

    package var colorOnStdout: Bool { colors(onTerminal: stdoutIsTerminal) }
    package var colorOnStderr: Bool { colors(onTerminal: stderrIsTerminal) }

    private func colors(onTerminal: Bool) -> Bool {
        switch colorChoice {
        case .always: return true
        case .never: return false
        case .auto: return colorAllowed && onTerminal
        }
    }

    /// The terminal's height in lines, else `LINES`, else 24: a result taller goes to the pager.
    package var height: Int {
        var size = winsize()
        if stdoutIsTerminal, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_row > 0 {
            return Int(size.ws_row)
        }
        return linesVariable ?? 24
    }

    /// The width tables fit: the terminal's, read anew each time (it may be resized),
    /// else `COLUMNS`, else 100.
    /// Not a terminal, it is not asked: a script's every statement would make a failing call.
    package var width: Int {
        if stdoutIsTerminal {
            let columns = Int(revq_terminal_columns(STDOUT_FILENO))
            if columns > 0 { return columns }
        }
        return columnsVariable ?? 100
    }
}
