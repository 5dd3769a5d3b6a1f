import RevqCore

/// A GitHub-flavoured pipe table for pasting into a report: `|` in values escaped as
/// `\|`, line breaks written `<br>`, number columns aligned right, the columns padded
/// so that the source lines up too (up to 40 columns: prose is not padded to its
/// longest cell). The header is always written: a pipe table has one.
/// Backslashes, `*`, backticks and `<` are escaped too, so that the review's `**` and
/// `<` show as written instead of turning into emphasis, code or HTML.
///
///     | number | theme               |
///     | -----: | ------------------- |
///     |      3 | Fraværsregistrering |
struct MarkdownRenderer: ResultRenderer {
    let spec: OutputSpec

    func render(_ result: ResultSet, to output: inout some TextOutputStream) {
        guard !result.columns.isEmpty else { return }
        let header = result.columns.map { Self.escape($0.name) }
        let rows = result.rows.map { row in result.columns.indices.map { text(of: result.cell(row, $0)) } }
        let numeric = result.columns.indices.map { TableLayout.isNumericColumn($0, in: result) }
        let widths = result.columns.indices.map { column in
            let widest = ([header[column]] + rows.map { $0[column] }).map(DisplayWidth.of).max() ?? 0
            return min(max(widest, 3), Self.widestPadding)
        }
        writeLine(header, widths: widths, numeric: numeric, to: &output)
        writeLine(
            widths.indices.map { delimiter(widths[$0], numeric[$0]) }, widths: widths, numeric: numeric, to: &output)
        for row in rows { writeLine(row, widths: widths, numeric: numeric, to: &output) }
    }

    static let widestPadding = 40

    /// Terminal controls made visible first (as a table shows them), then `Quoting.Markdown`.
    static func escape(_ text: String) -> String {
        Quoting.Markdown.escape(TerminalText.clean(text))
    }

    private func text(of cell: Cell) -> String {
        if case .null = cell { return Self.escape(spec.nullText) }
        return Self.escape(cell.text)
    }

    private func delimiter(_ width: Int, _ numeric: Bool) -> String {
        String(repeating: "-", count: numeric ? width - 1 : width) + (numeric ? ":" : "")
    }

    private func writeLine(_ cells: [String], widths: [Int], numeric: [Bool], to output: inout some TextOutputStream) {
        let padded = cells.indices.map { DisplayWidth.padded(cells[$0], to: widths[$0], right: numeric[$0]) }
        output.write("| " + padded.joined(separator: " | ") + " |\n")
    }
}
