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
struct TableRenderer {
    let layout: TableLayout
    let spec: OutputSpec
    /// Columns left out at the right because even squeezed they do not fit.
    var hiddenColumns: [String] = []
    /// What else the line under the table says (a crosstab listed by pairs).
    var remark: String?
    /// The cells of the result rendered, cleaned and measured (when the caller has them).
    var measured: TerminalCells?
    /// How many bytes of the box are gathered before they are written (`TableBox`).
    var bandBytes = 1 << 16
    private var style: ANSIStyle { ANSIStyle(isEnabled: spec.color) }

    /// `result` as a table at `spec.width`: squeezed (see `TableLayout`), and when even
    /// that is too wide, without its last columns, as DuckDB's shell does; the line
    /// under the table names what is cut or left out and how to see it.
    static func fitted(_ result: ResultSet, spec: OutputSpec, to output: inout some UTF8OutputStream) {
        var shown = result.displayed()
        var cells = TerminalCells(shown, nullText: spec.nullText)
        var layout = TableLayout(fitting: shown, cells: cells, spec: spec)
        var remark: String?
        // A crosstab too wide for the terminal, or whose row labels would be cut, is listed
        // one row per pair: still a table, and every label whole.
        if result.isCrosstab, layout.overflows(spec) || layout.isCut.first == true {
            shown = result.displayed(pivot: false)
            cells = TerminalCells(shown, nullText: spec.nullText)
            layout = TableLayout(fitting: shown, cells: cells, spec: spec)
            remark = "the crosstab is wider than the terminal, so it is listed one row per pair"
            if case .count(let count) = result.presentation, !count.emptyGroups.isEmpty {
                remark! += " (\(CountView.leftOut(count.emptyGroups.count)))"
            }
        }
        var hidden: [String] = []
        if layout.overflows(spec), shown.columns.count > 1 {
            let measures = TableLayout.measures(of: shown, cells: cells, spec: spec)
            let kept = fittingColumns(measures, spec: spec)
            layout = TableLayout(measures: Array(measures.prefix(kept)), spec: spec)
            hidden = shown.columns[kept...].map(\.name)
            shown.columns.removeLast(shown.columns.count - kept)
            shown.rows = shown.rows.map { Array($0.prefix(kept)) }
        }
        TableRenderer(layout: layout, spec: spec, hiddenColumns: hidden, remark: remark, measured: cells).render(
            shown, to: &output)
    }

    /// How many leading columns fit the width squeezed, at least one. A table of fewer
    /// columns squeezes each to the same narrowest width, so fitting falls as columns are
    /// added: bisection finds the last that fits, laying out log(n) tables instead of n.
    private static func fittingColumns(_ measures: [TableLayout.ColumnMeasure], spec: OutputSpec) -> Int {
        var low = 1
        var high = measures.count
        while low < high {
            let middle = (low + high + 1) / 2
            if TableLayout(measures: Array(measures.prefix(middle)), spec: spec).overflows(spec) {
                high = middle - 1
            } else {
                low = middle
            }
        }
        return low
    }

    /// Draws `result` a band of rows at a time (`TableBox`), then the lines under it.
    func render(_ result: ResultSet, to output: inout some UTF8OutputStream) {
        guard !result.columns.isEmpty, spec.headers || !result.rows.isEmpty else {
            return write(style.dim(result.rowCountLine), to: &output)
        }
        let measured = measured ?? TerminalCells(result, nullText: spec.nullText)
        let box = TableBox(
            layout: layout, style: style, separateRows: rowsAreSeparated(result, measured), bandBytes: bandBytes)
        box.draw(
            result, headers: spec.headers, wrap: { wrapRow($0, of: result, measured, into: &$1) }, to: &output)
        write(style.dim(result.rowCountLine), to: &output)
        if let advice = squeezeAdvice(result, measured) { write(style.dim(advice), to: &output) }
    }

    /// What to do when the table had to cut cells or is wider than the terminal: the
    /// table stays a table, and the user learns how to see everything.
    private func squeezeAdvice(_ result: ResultSet, _ measured: TerminalCells) -> String? {
        let cutColumns = result.columns.indices.filter { column in
            layout.isCut[column]
                && result.rows.indices.contains { row in
                    DisplayWidth.of(measured[row, column].text) > layout.widths[column]
                }
        }
        var what: [String] = remark.map { [$0] } ?? []
        if !cutColumns.isEmpty {
            what.append(
                "cells ending in … are cut short (" + cutColumns.map { result.columns[$0].name }.joined(separator: ", ")
                    + ")")
        }
        if !hiddenColumns.isEmpty {
            let count = hiddenColumns.count
            what.append(
                "\(count) \(count == 1 ? "column" : "columns") not shown (" + hiddenColumns.joined(separator: ", ")
                    + ")")
        }
        if what.isEmpty && layout.overflows(spec) { what.append("the table is wider than the terminal") }
        guard !what.isEmpty else { return nil }
        let advice =
            "note: " + what.joined(separator: "; ")
            + (remark != nil && what.count == 1
                ? ""
                : ": .mode card shows every value whole, or 'show' fewer columns"
                    + Self.showExample(result, hidden: hiddenColumns))
        return Prose.wrap(advice, width: spec.width)
    }

    /// A `show` that fits, for a table that left columns out: the columns shown, less the
    /// last, and the first one left out (` (… show number, finding, confidence)`).
    static func showExample(_ result: ResultSet, hidden: [String]) -> String {
        guard let first = hidden.first else { return "" }
        let shown = result.columns.map(\.name).filter { !hidden.contains($0) }
        let names = Array(shown.prefix(max(1, min(shown.count - 1, 3)))) + [first]
        return " (… show " + names.joined(separator: ", ") + ")"
    }

    private func write(_ line: String, to output: inout some TextOutputStream) {
        output.write(line)
        output.write("\n")
    }
}
