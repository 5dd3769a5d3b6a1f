import RevqCore

/// A box-drawn table: bold header, numbers right-aligned, long text wrapped inside its
/// cell, the totals row below a double rule, and a row count line.
///
///     ┌────────┬─────────────────────┐
///     │ number │ theme               │
///     ╞════════╪═════════════════════╡
///     │      3 │ Fraværsregistrering │
///     └────────┴─────────────────────┘
///     (1 row)
struct TableRenderer: ResultRenderer {
    let layout: TableLayout
    let spec: OutputSpec
    private var style: ANSIStyle { ANSIStyle(isEnabled: spec.color) }

    func render(_ result: ResultSet, to output: inout some TextOutputStream) {
        guard !result.columns.isEmpty, spec.headers || !result.rows.isEmpty else {
            return write(style.dim(result.rowCountLine), to: &output)
        }
        let rows = result.rows.map { row in
            result.columns.indices.map { TextWrapper.wrap(result.cell(row, $0), width: layout.widths[$0], nullText: spec.nullText) }
        }
        let separateRows = rows.contains { $0.contains { $0.count > 1 } }
        write(rule("┌", "─", "┬", "┐"), to: &output)
        if spec.headers { writeHeader(result, to: &output) }
        for (index, lines) in rows.enumerated() {
            if result.isTotalsRow(index) {
                write(rule("╞", "═", "╪", "╡"), to: &output)
            } else if index > 0 && separateRows {
                write(rule("├", "─", "┼", "┤"), to: &output)
            }
            writeRow(lines, bold: result.isTotalsRow(index), to: &output)
        }
        write(rule("└", "─", "┴", "┘"), to: &output)
        write(style.dim(result.rowCountLine), to: &output)
    }

    private func writeHeader(_ result: ResultSet, to output: inout some TextOutputStream) {
        let names = result.columns.indices.map { TextWrapper.wrap(TerminalText.clean(result.columns[$0].name), width: layout.widths[$0]) }
        writeRow(names, bold: true, to: &output)
        write(rule("╞", "═", "╪", "╡"), to: &output)
    }

    /// One table row, as many lines high as its tallest cell.
    private func writeRow(_ cells: [[String]], bold: Bool, to output: inout some TextOutputStream) {
        let height = cells.map(\.count).max() ?? 1
        for line in 0..<height {
            let texts = cells.indices.map { column in
                let text = line < cells[column].count ? cells[column][line] : ""
                let padded = TerminalText.pad(text, to: layout.widths[column], right: layout.isNumeric[column])
                return bold ? style.bold(padded) : padded
            }
            let bar = style.dim("│")
            write(bar + " " + texts.joined(separator: " " + bar + " ") + " " + bar, to: &output)
        }
    }

    private func rule(_ left: String, _ line: String, _ cross: String, _ right: String) -> String {
        let segments = layout.widths.map { String(repeating: line, count: $0 + 2) }
        return style.dim(left + segments.joined(separator: cross) + right)
    }

    private func write(_ line: String, to output: inout some TextOutputStream) {
        output.write(line)
        output.write("\n")
    }
}
