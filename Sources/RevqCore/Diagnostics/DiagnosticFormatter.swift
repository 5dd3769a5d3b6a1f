/// Renders diagnostics the way compilers do, the one place that turns them into text.
/// What it quotes (the line, the message, the hint, the place) may hold what a person or
/// a file gave, so each is shown through `VisibleText`: an escape sequence in a file name
/// or a statement is printed as `\u{1B}`, never sent to the terminal.
///
///     <stdin>:1:16: error: unknown field 'confidenc'
///      1 | findings where confidenc >= moderat
///        |                ^~~~~~~~~
///        = hint: did you mean 'confidence'?
package enum DiagnosticFormatter {
    package static func render(
        _ diagnostic: Diagnostic, in text: String, origin: InputOrigin,
        for target: DiagnosticTarget = .plain
    ) -> String {
        guard let range = diagnostic.range else { return render(diagnostic, at: origin.name, for: target) }
        let line = origin.firstLine + range.start.line - 1
        let place = "\(VisibleText.escaped(origin.name)):\(line):\(range.start.column)"
        let (sourceLine, shown) = window(of: lineText(range.start.line, of: text), around: range)
        let gutter = String(line)
        let pad = String(repeating: " ", count: gutter.count)
        var output = heading(diagnostic, at: place, for: target)
        output += "\n \(gutter) | \(visible(sourceLine).joined())"
        output += "\n \(pad) | \(caret(under: shown, in: sourceLine))"
        if let hint = diagnostic.hint { output += "\n" + hintLines(hint, indent: " \(pad) ", for: target) }
        return output
    }

    /// A diagnostic about a place named in words rather than shown (the program, a
    /// file, a file's line): no quoted line, no caret.
    ///
    ///     DiagnosticFormatter.render(Diagnostic(.error, "no such file", at: nil), at: "revq")
    ///     // revq: error: no such file
    package static func render(_ diagnostic: Diagnostic, at place: String, for target: DiagnosticTarget = .plain)
        -> String
    {
        var output = heading(diagnostic, at: VisibleText.escaped(place), for: target)
        if let hint = diagnostic.hint { output += "\n" + hintLines(hint, indent: "  ", for: target) }
        return output
    }

    /// Several diagnostics, one after another.
    package static func render(
        _ diagnostics: [Diagnostic], in text: String, origin: InputOrigin,
        for target: DiagnosticTarget = .plain
    ) -> String {
        diagnostics.map { render($0, in: text, origin: origin, for: target) }.joined(separator: "\n")
    }

    /// `place: error: message`, the message wrapped at the target's width (continuing at
    /// the margin) and the `error:` label coloured for it.
    private static func heading(_ diagnostic: Diagnostic, at place: String, for target: DiagnosticTarget) -> String {
        let lead = place + ": "
        let label = diagnostic.severity.rawValue + ":"
        let text = wrapped(lead + label + " " + visible(message: diagnostic.message), indent: 0, for: target)
        guard target.color, diagnostic.severity == .error, text.hasPrefix(lead + label) else { return text }
        return lead + ANSIStyle(isEnabled: true).error(label) + text.dropFirst(lead.count + label.count)
    }

    /// `= hint: text` under the gutter, continuing under the hint's text.
    private static func hintLines(_ hint: String, indent: String, for target: DiagnosticTarget) -> String {
        let head = indent + "= hint: "
        return wrapped(head + visible(message: hint), indent: head.count, for: target)
    }

    /// `text`'s first line broken at the target's width, continuing at `indent`; a later
    /// line (a message that lists choices a line each) as prose of its own.
    private static func wrapped(_ text: String, indent: Int, for target: DiagnosticTarget) -> String {
        guard let width = target.width else { return text }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let first = Prose.wrapLine(lines.removeFirst(), width: width, indent: indent)
        return ([first] + lines.map { Prose.wrap($0, width: width) }).joined(separator: "\n")
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
        let lead = first > 0 ? "..." : ""
        let tail = last < characters.count ? "..." : ""
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

    /// A message or hint: the argument parser's messages list choices a line each, so
    /// line breaks stay.
    private static func visible(message: String) -> String {
        VisibleText.escaped(message, keepingLineBreaks: true)
    }

    /// The quoted line, a piece per character: a tab as one space, a hidden character as
    /// its code point (`\u{202E}`), so the caret can be placed by the pieces' widths.
    private static func visible(_ line: Substring) -> [String] {
        line.map { $0 == "\t" ? " " : VisibleText.escaped(String($0)) }
    }

    private static func caret(under range: SourceRange, in line: Substring) -> String {
        let pieces = visible(line)
        let startIndex = min(max(range.start.column - 1, 0), pieces.count)
        let lead = DisplayWidth.of(pieces[..<startIndex].joined())
        let sameLine = range.end.line == range.start.line
        let endIndex = sameLine ? min(max(range.end.column - 1, startIndex + 1), pieces.count) : pieces.count
        let span = max(1, DisplayWidth.of(pieces[startIndex..<max(startIndex, endIndex)].joined()))
        return String(repeating: " ", count: lead) + "^" + String(repeating: "~", count: span - 1)
    }
}
