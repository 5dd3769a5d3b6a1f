import Foundation

/// Gathers typed or read lines into statements: a statement continues while the
/// interpreter finds it unfinished or while a line ends in `\`; a meta-command is one
/// line starting with `.` when no statement is pending.
struct StatementAssembler {
    enum Step: Equatable {
        /// A blank line or a `#` or `--` comment between statements.
        case skip
        case meta(String)
        /// The statement so far; run it, and keep reading if it is unfinished.
        case candidate(String)
        /// The line ended in `\`: read another.
        case more
    }

    private(set) var lines: [String] = []
    /// The input line on which the pending statement starts.
    private(set) var firstLine = 0

    var isPending: Bool { !lines.isEmpty }
    var text: String { lines.joined(separator: "\n") }

    mutating func feed(_ line: String, number: Int) -> Step {
        if lines.isEmpty {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") || trimmed.hasPrefix("--") { return .skip }
            if trimmed.hasPrefix(".") { return .meta(trimmed) }
            firstLine = number
        }
        if line.hasSuffix("\\") {
            lines.append(String(line.dropLast()))
            return .more
        }
        lines.append(line)
        return .candidate(text)
    }

    mutating func reset() {
        lines = []
        firstLine = 0
    }
}
