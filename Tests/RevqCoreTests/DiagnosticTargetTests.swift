import RevqCore
import Testing

/// Issue 23, item 7: the formatter writes a diagnostic's final text for its target in one
/// pass: message and hint lines broken at the width, the quoted statement and its caret
/// whole, the `error:` label coloured when the target takes colour.
@Suite struct DiagnosticTargetTests {
    /// A range of `length` characters from `column` (1-based) on line 1.
    private func range(column: Int, length: Int) -> SourceRange {
        SourceRange(
            start: SourceLocation(offset: column - 1, line: 1, column: column),
            end: SourceLocation(offset: column - 1 + length, line: 1, column: column + length))
    }

    private let origin = InputOrigin(name: "<stdin>")

    /// At 32 columns the message breaks at the margin and the hint under its text; the
    /// statement (38 columns) and the caret stay whole, the caret under 'confidenc'.
    @Test func aNarrowTargetBreaksTheMessageAndTheHintOnly() {
        let statement = "findings where confidenc >= moderat"
        let diagnostic = Diagnostic(
            .error, "unknown field 'confidenc' in 'findings'", at: range(column: 16, length: 9),
            hint: "valid fields of findings: number, theme, text, confidence, support")
        let expected = """
            <stdin>:1:16: error: unknown
            field 'confidenc' in 'findings'
             1 | findings where confidenc >= moderat
               |                ^~~~~~~~~
               = hint: valid fields of
                       findings: number,
                       theme, text,
                       confidence, support
            """
        #expect(
            DiagnosticFormatter.render(diagnostic, in: statement, origin: origin, for: DiagnosticTarget(width: 32))
                == expected)
        // A pipe (no width) gets every line whole.
        let whole = DiagnosticFormatter.render(diagnostic, in: statement, origin: origin)
        #expect(whole.split(separator: "\n").count == 4)
        #expect(whole.hasSuffix("= hint: valid fields of findings: number, theme, text, confidence, support"))
    }

    /// The label is coloured, and only the label: the message, the quoted statement and a
    /// hint that say "error:" stay plain; the line breaks where the plain one does.
    @Test func colourMarksTheErrorLabelOnly() {
        let red = "\u{1B}[1;31merror:\u{1B}[0m"
        let colour = DiagnosticTarget(color: true)
        let place = DiagnosticFormatter.render(
            Diagnostic(.error, "cannot read x", at: nil, hint: "error: none"), at: "revq", for: colour)
        #expect(place == "revq: \(red) cannot read x\n  = hint: error: none")
        let statement = "findngs where text ~ \"error: x\""
        let rendered = DiagnosticFormatter.render(
            Diagnostic(.error, "unknown source 'findngs'", at: range(column: 1, length: 7)),
            in: statement, origin: origin, for: DiagnosticTarget(width: 24, color: true))
        #expect(
            rendered == """
                <stdin>:1:1: \(red)
                unknown source 'findngs'
                 1 | findngs where text ~ "error: x"
                   | ^~~~~~~
                """)
        #expect(
            DiagnosticFormatter.render(Diagnostic(.warning, "x", at: nil), at: "revq", for: colour)
                == "revq: warning: x")
    }

    /// The caret stands under its word by display width: after CJK and an emoji (two
    /// columns each), after Norwegian letters precomposed or with a combining ring
    /// (one column each); under a wide word it spans the word's columns.
    @Test(arguments: [
        ("findings where text ~ 研究 and confidenc = høy", 30, 9, String(repeating: " ", count: 31) + "^~~~~~~~~"),
        ("findings where text ~ 研究 and confidenc = høy", 23, 2, String(repeating: " ", count: 22) + "^~~~"),
        ("findings where text ~ 😀 and confidenc = høy", 29, 9, String(repeating: " ", count: 29) + "^~~~~~~~~"),
        ("findings where tema = blå and confidenc = høy", 31, 9, String(repeating: " ", count: 30) + "^~~~~~~~~"),
        (
            "findings where tema = bla\u{30A} and confidenc = høy", 31, 9,
            String(repeating: " ", count: 30) + "^~~~~~~~~"
        ),
        ("findings where tema = ærlig øl", 23, 5, String(repeating: " ", count: 22) + "^~~~~"),
    ])
    func theCaretStaysUnderItsWord(statement: String, column: Int, length: Int, caret: String) {
        let diagnostic = Diagnostic(
            .error, "a message long enough to be broken at a narrow width", at: range(column: column, length: length))
        let narrow = DiagnosticFormatter.render(
            diagnostic, in: statement, origin: origin, for: DiagnosticTarget(width: 24, color: true))
        let lines = narrow.split(separator: "\n").map(String.init)
        #expect(lines.suffix(2) == [" 1 | " + statement, "   | " + caret])
        #expect(lines.count > 3, "the message broke at 24 columns")
    }
}
