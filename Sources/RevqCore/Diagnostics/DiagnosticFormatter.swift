/// Renders diagnostics the way compilers do, the one place that turns them into text:
///
///     <stdin>:1:16: error: unknown field 'confidenc'
///      1 | findings where confidenc >= moderat
///        |                ^~~~~~~~~
///        = hint: did you mean 'confidence'?
package enum DiagnosticFormatter {
    package static func render(_ diagnostic: Diagnostic, in text: String, origin: InputOrigin) -> String {
        guard let range = diagnostic.range else { return render(diagnostic, at: origin.name) }
        let line = origin.firstLine + range.start.line - 1
        var output = "\(origin.name):\(line):\(range.start.column): \(diagnostic.severity.rawValue): \(diagnostic.message)"
        let (sourceLine, shown) = window(of: lineText(range.start.line, of: text), around: range)
        let gutter = String(line)
        let pad = String(repeating: " ", count: gutter.count)
        output += "\n \(gutter) | \(visible(sourceLine))"
        output += "\n \(pad) | \(caret(under: shown, in: sourceLine))"
        if let hint = diagnostic.hint { output += "\n \(pad) = hint: \(hint)" }
        return output
    }

    /// A diagnostic about a place named in words rather than shown (the program, a
    /// file, a file's line): no quoted line, no caret.
    ///
    ///     DiagnosticFormatter.render(Diagnostic(.error, "no such file", at: nil), at: "revq")
    ///     // revq: error: no such file
    package static func render(_ diagnostic: Diagnostic, at place: String) -> String {
        var output = "\(place): \(diagnostic.severity.rawValue): \(diagnostic.message)"
        if let hint = diagnostic.hint { output += "\n  = hint: \(hint)" }
        return output
    }

    /// Several diagnostics, one after another.
    package static func render(_ diagnostics: [Diagnostic], in text: String, origin: InputOrigin) -> String {
        diagnostics.map { render($0, in: text, origin: origin) }.joined(separator: "\n")
    }

    /// The most characters of a line shown; a longer line (a megabyte pasted on one line)
    /// is cut to a window around the error, marked with `...` where it is cut.
    static let windowWidth = 120

    /// The part of `line` to show and the range moved onto it.
    private static func window(of line: Substring, around range: SourceRange) -> (Substring, SourceRange) {
        guard line.count > windowWidth else { return (line, range) }
        let characters = Array(line)
        let first = max(0, min(range.start.column - 1 - windowWidth / 3, characters.count - windowWidth))
        let last = min(characters.count, first + windowWidth)
        let lead = first > 0 ? "..." : "", tail = last < characters.count ? "..." : ""
        let text = lead + String(characters[first..<last]) + tail
        let shift = first - lead.count
        func moved(_ location: SourceLocation) -> SourceLocation {
            let column = min(max(location.column - shift, 1), text.count + 1)
            return SourceLocation(offset: location.offset, line: location.line, column: column)
        }
        let end = range.end.line == range.start.line ? moved(range.end) : range.end
        return (Substring(text), SourceRange(start: moved(range.start), end: end))
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
