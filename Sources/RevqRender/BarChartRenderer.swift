import RevqCore

/// Draws a `Drawing.bars` result: horizontal bars in eighth blocks with the exact number
/// after each, scaled so the longest fits the width. One numeric column: one bar per
/// row. Several (a crosstab): a group per row, one bar per column, named as the legend
/// above says. The totals row and a crosstab's margin are not drawn: they would dwarf the
/// bars (`ChartData` knows them by their roles).
/// Stacked (`chart stacked count ... by A, B`): one bar per row whose segments are the
/// columns, each in its own fill (see `StackedBars`).
struct BarChartRenderer: ResultRenderer {
    let spec: OutputSpec
    var stacked = false

    private static let eighths = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]

    func render(_ result: ResultSet, to output: inout some TextOutputStream) {
        let data = ChartData(result, nullText: spec.nullText)
        let (rows, series, names, rowLabels) = (data.rows, data.series, data.names, data.labels)
        let maximum = data.maximum(in: result)
        let numberWidth = rows.flatMap { row in series.map { DisplayWidth.of(result.cell(row, $0).text) } }.max() ?? 1
        if stacked, !names.isEmpty {
            let values = rows.map { row in series.map { result.cell(row, $0) } }
            StackedBars(spec: spec, names: names, field: data.field).render(
                labels: rowLabels, values: values, to: &output)
            return output.write(result.rowCountLine + "\n")
        }
        let labelWidth = min(
            max(rowLabels.map(DisplayWidth.of).max() ?? 0, names.map { DisplayWidth.of($0) + 2 }.max() ?? 0),
            spec.width / 3)
        let barWidth = max(1, spec.width - labelWidth - numberWidth - 3)
        if !names.isEmpty {
            output.write(
                "bars: " + names.indices.map { StackedBars.paint(names[$0], $0, spec: spec) }.joined(separator: ", ")
                    + "\n")
        }
        // One aggregate other than a count is named, so the bars say what they measure.
        if let measure = data.measure(in: result) { output.write("bars: \(measure)\n") }
        for (row, label) in zip(rows, rowLabels) {
            if names.isEmpty {
                output.write(
                    bar(label, series.first.map { result.cell(row, $0) } ?? .null, maximum, labelWidth, barWidth))
                continue
            }
            output.write(fitted(label, labelWidth) + "\n")
            for (index, (column, name)) in zip(series, names).enumerated() {
                output.write(bar("  " + name, result.cell(row, column), maximum, labelWidth, barWidth, series: index))
            }
        }
        output.write(result.rowCountLine + "\n")
    }

    /// "label  ████▌ 7": the bar's length in eighths of a cell is the value's share of the maximum.
    /// A bar of a grouped chart (`series` set) is in its series' colour where colour is allowed.
    private func bar(
        _ label: String, _ cell: Cell, _ maximum: Double, _ labelWidth: Int, _ barWidth: Int, series: Int? = nil
    ) -> String {
        let eighths = Self.length(value(cell), of: maximum, in: barWidth * 8)
        let drawn =
            spec.unicode
            ? String(repeating: "█", count: eighths / 8) + Self.eighths[eighths % 8]
            : String(repeating: "#", count: eighths / 8) + (eighths % 8 >= 4 ? "+" : "")
        let painted = series.map { StackedBars.paint(drawn, $0, spec: spec) } ?? drawn
        return DisplayWidth.padded(fitted(label, labelWidth), to: labelWidth) + " " + painted
            + (drawn.isEmpty ? "" : " ") + cell.text + "\n"
    }

    /// `value`'s share of `maximum` in whole units of `units`: 0 for a value that has no
    /// length (negative, not finite, or a maximum that is none), so no conversion traps.
    static func length(_ value: Double, of maximum: Double, in units: Int) -> Int {
        guard maximum.isFinite, maximum > 0, value.isFinite, value > 0 else { return 0 }
        return Int((min(value, maximum) / maximum * Double(units)).rounded())
    }

    static func value(_ cell: Cell) -> Double {
        switch cell {
        case .integer(let number): return Double(number)
        case .number(let number): return number
        default: return 0
        }
    }

    private func value(_ cell: Cell) -> Double { Self.value(cell) }

    private func fitted(_ label: String, _ width: Int) -> String { Self.fitted(label, width, unicode: spec.unicode) }

    /// `label` cut to `width` columns with an ellipsis when longer.
    static func fitted(_ label: String, _ width: Int, unicode: Bool) -> String {
        guard DisplayWidth.of(label) > width else { return label }
        var text = ""
        for character in label where DisplayWidth.of(text) + DisplayWidth.of(character) < width {
            text.append(character)
        }
        return text + (unicode ? "…" : ".")
    }
}
