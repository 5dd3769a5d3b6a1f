import RevqCore

/// Cell text made safe and measurable for a terminal (table and card modes).
enum TerminalText {
    /// The lines a cell shows: tabs become spaces, CR LF and CR become line breaks, other
    /// C0 controls (an escape code in the data must not steer the terminal) are shown in
    /// caret notation, `^[` for ESC, and whatever else `VisibleText` hides (C1 controls,
    /// bidirectional overrides, invisible characters) as its code point, `\u{202E}`.
    static func clean(_ text: String) -> String {
        guard !SimpleText.isSimple(text), text.unicodeScalars.contains(where: isControl) else { return text }
        var cleaned = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            if scalar == "\n" && previousWasCR { continue }
            cleaned.append(contentsOf: visible(scalar).unicodeScalars)
        }
        return String(cleaned)
    }

    /// The text of `cell` for a terminal, null shown as `nullText`.
    static func text(of cell: Cell, nullText: String) -> String {
        if case .null = cell { return clean(nullText) }
        return clean(cell.text)
    }

    /// The widest line of `text`, in columns.
    static func widestLine(_ text: String) -> Int {
        if let width = SimpleText.widestLine(text) { return width }
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { DisplayWidth.of(String($0)) }.max() ?? 0
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar != "\n" && VisibleText.isHidden(scalar)
    }

    private static func visible(_ scalar: Unicode.Scalar) -> String {
        switch scalar.value {
        case 0x09: return " "
        case 0x0A, 0x0D: return "\n"
        case 0..<32: return "^" + String(Unicode.Scalar(scalar.value + 64)!)
        case 0x7F: return "^?"
        default: return VisibleText.isHidden(scalar) ? VisibleText.codePoint(scalar) : String(scalar)
        }
    }
}
