import RevqCore
import RevqEngine

/// Gathers typed or read lines into statements: a statement continues while a
/// parenthesis is open or while a line ends in `\`; a meta-command is one line starting
/// with `.` when no statement is pending.
///
/// Time stays linear in the input: each line is lexed once to keep count of open
/// parentheses, and the statement so far is handed out to be parsed only when the count
/// is back to zero, or while it is still small, or when it has doubled since it was last
/// handed out (so an error on an early line of a long statement still shows early).
///
/// A statement found wrong while a parenthesis is still open is held (`hold`): its
/// lines are gathered, never parsed again, until its parentheses close or the input
/// ends, and only then is it handed out, once, for its one error. Its later lines are
/// part of it, not statements of their own.
final class StatementAssembler {
    enum Step: Equatable {
        /// A blank line or a `#` or `--` comment between statements, or a line of a
        /// statement being skipped for its size.
        case skip
        case meta(String)
        /// The statement so far; run it, and keep reading if it is unfinished.
        case candidate(String)
        /// The statement goes on: the line ended in `\` or a parenthesis is open.
        case more
        /// The statement starting on `firstLine` grew past `limit` bytes: it is dropped,
        /// and its remaining lines are skipped.
        case tooLong(firstLine: Int)
    }

    /// The largest statement accepted, in bytes of UTF-8.
    static let defaultLimit = 64 << 20
    /// Below this size a pending statement is parsed after every line (cheap, and a
    /// person typing sees an error at once).
    static let alwaysCheckedSize = 4096

    let limit: Int
    private(set) var lines: [String] = []
    /// The input line on which the pending statement starts.
    private(set) var firstLine = 0
    /// Open parentheses in the lines so far.
    private var depth = 0
    private var size = 0
    private var checkedSize = 0
    private var skipping = false
    /// True when the last line fed ended the statement: no `\` and no parenthesis open.
    private(set) var ends = false
    /// True once the pending statement is known to be wrong (see `hold`).
    private(set) var isHeld = false

    init(limit: Int = StatementAssembler.defaultLimit) {
        self.limit = limit
    }

    var isPending: Bool { !lines.isEmpty }
    var text: String { lines.joined(separator: "\n") }

    func feed(_ line: String, number: Int) -> Step {
        if lines.isEmpty && !skipping {
            let trimmed = line.trimmingSpaces()
            if trimmed.isEmpty || trimmed.hasPrefix("#") || trimmed.hasPrefix("--") { return .skip }
            if trimmed.hasPrefix(".") { return .meta(trimmed) }
            firstLine = number
        }
        let continued = line.hasSuffix("\\")
        let content = continued ? String(line.dropLast()) : line
        // No parenthesis on the line and none open: 0 and nil (a line that does not lex)
        // end the statement alike, and lexing the line only to count them cost a script a
        // twentieth of its time (the parser lexes it again).
        let balance = depth <= 0 && !Self.hasParenthesis(content) ? 0 : Self.parenthesisBalance(of: content)
        depth += balance ?? 0
        size += content.utf8.count + 1
        let ends = !continued && (balance == nil || depth <= 0)
        self.ends = ends
        if skipping || size > limit { return skip(ending: ends) }
        lines.append(content)
        if continued { return .more }
        if isHeld { return ends ? .candidate(text) : .more }
        guard ends || size <= Self.alwaysCheckedSize || size >= 2 * checkedSize else { return .more }
        checkedSize = size
        return .candidate(text)
    }

    /// Drops the statement that grew too long; reports it once, then skips its lines.
    private func skip(ending ends: Bool) -> Step {
        let first = !skipping
        skipping = true
        lines = []
        let start = firstLine
        if ends { reset() }
        return first ? .tooLong(firstLine: start) : .skip
    }

    /// The pending statement has an error although its parentheses are still open: keep
    /// gathering its lines without parsing them, and hand it out when it ends.
    func hold() {
        isHeld = true
    }

    func reset() {
        isHeld = false
        ends = false
        lines = []
        firstLine = 0
        depth = 0
        size = 0
        checkedSize = 0
        skipping = false
    }

    /// Opened minus closed parentheses on one line; nil when the line does not lex (the
    /// parser then reports why). A quoted value cannot span lines, so one line is enough.
    /// The language's lexer decides (`Interpreter.parenthesisBalance`), not one of the shell's.
    static func parenthesisBalance(of line: String) -> Int? {
        Interpreter.parenthesisBalance(of: line)
    }

    /// True when `line` has a `(` or `)`, read from its bytes in place, eight at a time.
    static func hasParenthesis(_ line: String) -> Bool {
        var line = line
        return line.withUTF8 { bytes in
            var at = 0
            while bytes.count - at >= 8 {
                let word = UnsafeRawPointer(bytes.baseAddress! + at).loadUnaligned(as: UInt64.self)
                if hasParenthesisByte(word) { return true }
                at += 8
            }
            return bytes[at...].contains { $0 | 1 == UInt8(ascii: ")") }
        }
    }

    /// True when a byte of `word` is `(` (0x28) or `)` (0x29): with the low bit of each
    /// byte set, such a byte is 0x29, and the classic zero-byte test finds it after XOR.
    static func hasParenthesisByte(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let zeroWhereParenthesis = (word | ones) ^ (ones &* 0x29)
        return (zeroWhereParenthesis &- ones) & ~zeroWhereParenthesis & (ones &* 0x80) != 0
    }
}
