import RevqCore

/// A box-drawn table: bold header, numbers right-aligned, long text wrapped inside its
/// cell, the totals row below a double rule, and a row count line; cells of a squeezed
/// column cut with "…" and a line saying how to see them whole.
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
    /// Columns left out at the right because even squeezed they do not fit.
    var hiddenColumns: [String] = []
    /// What else the line under the table says (a crosstab listed by pairs).
    var remark: String?
    private var style: ANSIStyle { ANSIStyle(isEnabled: spec.color) }

    /// `result` as a table at `spec.width`: squeezed (see `TableLayout`), and when even
    /// that is too wide, without its last columns, as DuckDB's shell does; the line
    /// under the table names what is cut or left out and how to see it.
    static func fitted(_ result: ResultSet, spec: OutputSpec, to output: inout some TextOutputStream) {
        var shown = result.displayed()
        var layout = TableLayout(fitting: shown, spec: spec)
        var remark: String?
        // A crosstab too wide for the terminal is listed one row per pair: still a table.
        if result.isCrosstab, layout.overflows(spec) {
            shown = result.displayed(pivot: false)
            layout = TableLayout(fitting: shown, spec: spec)
            remark = "the crosstab is wider than the terminal, so it is listed one row per pair"
        }
        var hidden: [String] = []
        while layout.overflows(spec), shown.columns.count > 1 {
            hidden.insert(shown.columns.removeLast().name, at: 0)
            shown.rows = shown.rows.map { Array($0.prefix(shown.columns.count)) }
            layout = TableLayout(fitting: shown, spec: spec)
        }
        TableRenderer(layout: layout, spec: spec, hiddenColumns: hidden, remark: remark).render(shown, to: &output)
    }

    func render(_ result: ResultSet, to output: inout some TextOutputStream) {
        guard !result.columns.isEmpty, spec.headers || !result.rows.isEmpty else {
            return write(style.dim(result.rowCountLine), to: &output)
        }
        let rows = result.rows.map { row in result.columns.indices.map { lines(of: result.cell(row, $0), column: $0) } }
        let separateRows = rows.contains { $0.contains { $0.count > 1 } }
        let (doubleRule, rowRule) = (rule("╞", "═", "╪", "╡"), rule("├", "─", "┼", "┤"))
        write(rule("┌", "─", "┬", "┐"), to: &output)
        if spec.headers { writeHeader(result, to: &output) }
        for (index, lines) in rows.enumerated() {
            if result.isTotalsRow(index) {
                write(doubleRule, to: &output)
            } else if index > 0 && separateRows {
                write(rowRule, to: &output)
            }
            writeRow(lines, bold: result.isTotalsRow(index), to: &output)
        }
        write(rule("└", "─", "┴", "┘"), to: &output)
        write(style.dim(result.rowCountLine), to: &output)
        if let advice = squeezeAdvice(result) { write(style.dim(advice), to: &output) }
    }

    /// A cell's lines: wrapped to its column, or cut to one line ending in "…" in a
    /// column too narrow to wrap readably.
    private func lines(of cell: Cell, column: Int) -> [String] {
        let width = layout.widths[column]
        guard layout.isCut[column] else { return TextWrapper.wrap(cell, width: width, nullText: spec.nullText) }
        let text = TerminalText.text(of: cell, nullText: spec.nullText).replacingAll("\n", with: " ")
        return [TextWrapper.cut(text, width: width)]
    }

    /// What to do when the table had to cut cells or is wider than the terminal: the
    /// table stays a table, and the user learns how to see everything.
    private func squeezeAdvice(_ result: ResultSet) -> String? {
        let cutColumns = result.columns.indices.filter { column in
            layout.isCut[column] && result.rows.contains { row in
                DisplayWidth.of(TerminalText.text(of: result.cell(row, column), nullText: spec.nullText)) > layout.widths[column]
            }
        }
        var what: [String] = remark.map { [$0] } ?? []
        if !cutColumns.isEmpty {
            what.append("cells ending in … are cut short (" + cutColumns.map { result.columns[$0].name }.joined(separator: ", ") + ")")
        }
        if !hiddenColumns.isEmpty {
            let count = hiddenColumns.count
            what.append("\(count) \(count == 1 ? "column" : "columns") not shown (" + hiddenColumns.joined(separator: ", ") + ")")
        }
        if what.isEmpty && layout.overflows(spec) { what.append("the table is wider than the terminal") }
        guard !what.isEmpty else { return nil }
        let advice = "note: " + what.joined(separator: "; ")
            + (remark != nil && what.count == 1 ? "" : ": .mode card shows every value whole, or 'show' fewer columns")
        return Prose.wrap(advice, width: spec.width)
    }

    private func writeHeader(_ result: ResultSet, to output: inout some TextOutputStream) {
        let names = result.columns.indices.map { TextWrapper.wrap(TerminalText.clean(result.columns[$0].name), width: layout.widths[$0]) }
        writeRow(names, bold: true, to: &output)
        write(rule("╞", "═", "╪", "╡"), to: &output)
    }

    /// One table row, as many lines high as its tallest cell. Each line is put together
    /// as bytes: appending to a String checks every seam for a grapheme cluster, which
    /// cost more than the rest of the row.
    private func writeRow(_ cells: [[String]], bold: Bool, to output: inout some TextOutputStream) {
        let height = cells.map(\.count).max() ?? 1
        let bar = Array(style.dim("│").utf8)
        var bytes: [UInt8] = []
        for line in 0..<height {
            bytes.removeAll(keepingCapacity: true)
            bytes.append(contentsOf: bar)
            for column in cells.indices {
                let cell = line < cells[column].count ? cells[column][line] : ""
                let (width, right) = (layout.widths[column], layout.isNumeric[column])
                bytes.append(0x20)
                if bold {
                    bytes.append(contentsOf: style.bold(TerminalText.pad(cell, to: width, right: right)).utf8)
                } else {
                    let gap = repeatElement(UInt8(0x20), count: max(0, width - DisplayWidth.of(cell)))
                    if right { bytes.append(contentsOf: gap) }
                    bytes.append(contentsOf: cell.utf8)
                    if !right { bytes.append(contentsOf: gap) }
                }
                bytes.append(0x20)
                bytes.append(contentsOf: bar)
            }
            write(String(decoding: bytes, as: UTF8.self), to: &output)
        }
    }

    private func rule(_ left: String, _ line: String, _ cross: String, _ right: String) -> String {
        let segments = layout.widths.map { TerminalText.repeated(line, $0 + 2) }
        return style.dim(left + segments.joined(separator: cross) + right)
    }

    private func write(_ line: String, to output: inout some TextOutputStream) {
        output.write(line)
        output.write("\n")
    }
}
