import RevqCore
import RevqRender

/// Reading rendered text back in tests.
enum Rendered {
    static func lines(_ text: String) -> [String] {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    /// The cells of a table content line `│ a │ b │`, without their one space of padding.
    static func cells(_ line: String) -> [String] {
        let parts = line.split(separator: "│", omittingEmptySubsequences: false).map(String.init)
        return parts.dropFirst().dropLast().map { String($0.dropFirst().dropLast()) }
    }

    static func isContentLine(_ line: String) -> Bool { line.hasPrefix("│") }

    /// The content lines of each table row: groups between rules, header excluded.
    static func rowBlocks(_ table: String, hasHeader: Bool = true) -> [[String]] {
        var blocks: [[String]] = [[]]
        for line in lines(table).dropFirst() where !line.hasPrefix("└") && !line.hasPrefix("(") {
            if isContentLine(line) { blocks[blocks.count - 1].append(line) } else { blocks.append([]) }
        }
        return Array(blocks.filter { !$0.isEmpty }.dropFirst(hasHeader ? 1 : 0))
    }

    /// `text` with runs of blanks as one space and no blanks at either end.
    static func squeeze(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).joined(separator: " ")
    }

    /// `text` without ANSI escape sequences (`ESC [ ... m`).
    static func strippingANSI(_ text: String) -> String {
        var result = ""
        var inEscape = false
        for character in text {
            if character == "\u{1B}" {
                inEscape = true
                continue
            }
            if inEscape {
                if character == "m" { inEscape = false }
                continue
            }
            result.append(character)
        }
        return result
    }
}
