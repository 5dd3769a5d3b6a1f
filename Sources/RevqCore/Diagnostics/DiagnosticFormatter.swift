/// Renders diagnostics the way compilers do, the one place that turns them into text:
///
///     <stdin>:1:16: error: unknown field 'confidenc'
///      1 | findings where confidenc >= moderat
///        |                ^~~~~~~~~
///        = hint: did you mean 'confidence'?
public enum DiagnosticFormatter {
    public static func render(_ diagnostic: Diagnostic, in text: String, origin: InputOrigin) -> String {
        guard let range = diagnostic.range else {
            var output = "\(origin.name): \(diagnostic.severity.rawValue): \(diagnostic.message)"
            if let hint = diagnostic.hint { output += "\n  = hint: \(hint)" }
            return output
        }
        let line = origin.firstLine + range.start.line - 1
        var output = "\(origin.name):\(line):\(range.start.column): \(diagnostic.severity.rawValue): \(diagnostic.message)"
        let sourceLine = lineText(range.start.line, of: text)
        let gutter = String(line)
        let pad = String(repeating: " ", count: gutter.count)
        output += "\n \(gutter) | \(visible(sourceLine))"
        output += "\n \(pad) | \(caret(under: range, in: sourceLine))"
        if let hint = diagnostic.hint { output += "\n \(pad) = hint: \(hint)" }
        return output
    }

    /// Several diagnostics, one after another.
    public static func render(_ diagnostics: [Diagnostic], in text: String, origin: InputOrigin) -> String {
        diagnostics.map { render($0, in: text, origin: origin) }.joined(separator: "\n")
    }

    private static func lineText(_ number: Int, of text: String) -> Substring {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        return number - 1 < lines.count ? lines[number - 1] : ""
    }

    /// Control characters shown as `^X` width-1 stand-ins would shift the caret, so
    /// they are shown as `?`, keeping one column per character.
    private static func visible(_ line: Substring) -> String {
        String(line.map { DisplayWidth.of($0) == 0 && !$0.isLetter ? "?" : $0 })
    }

    private static func caret(under range: SourceRange, in line: Substring) -> String {
        let characters = Array(visible(line))
        let startIndex = min(max(range.start.column - 1, 0), characters.count)
        let lead = DisplayWidth.of(String(characters[..<startIndex]))
        let sameLine = range.end.line == range.start.line
        let endIndex = sameLine ? min(max(range.end.column - 1, startIndex + 1), characters.count) : characters.count
        let span = max(1, DisplayWidth.of(String(characters[startIndex..<max(startIndex, endIndex)])))
        return String(repeating: " ", count: lead) + "^" + String(repeating: "~", count: span - 1)
    }
}
