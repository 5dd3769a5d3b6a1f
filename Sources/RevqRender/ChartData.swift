import RevqCore

/// What a bar chart shows, read once from a displayed result for every drawing of it (the
/// terminal's bars and the SVG): the records, the numeric columns drawn as bars, and the
/// labels. The totals row and a crosstab's margin (`total`, or `all` for an average) are
/// left out: they would dwarf the bars.
struct ChartData {
    /// The records, without the totals row.
    let rows: [[Cell]]
    /// The columns drawn as bars (one per row; several: a group of bars, or a stack).
    let series: [Int]
    /// The series' names when there are several (the legend's), else empty.
    let names: [String]
    /// Each row's label: its other columns joined by " · ".
    let labels: [String]

    /// `labelColumns`: how many leading columns name a row (a count's groups); the others
    /// are drawn, even when no row has a number in them (a minimum over no records). Nil:
    /// the columns with a number are drawn.
    init(_ result: ResultSet, hasMargin: Bool, labelColumns: Int? = nil, nullText: String) {
        rows = Array(result.rows.prefix(result.recordCount))
        let margin = hasMargin ? result.columns.count - 1 : nil
        let drawable = result.columns.indices.filter { $0 != margin && result.columns[$0].name != "total" }
        let series = labelColumns.map { first in drawable.filter { $0 >= first } }
            ?? drawable.filter { [rows] column in rows.contains { result.cell($0, column).isNumeric } }
        let labels = result.columns.indices.filter { !series.contains($0) && $0 != margin && result.columns[$0].name != "total" }
        self.series = series
        names = series.count > 1 ? series.map { result.columns[$0].name } : []
        self.labels = rows.map { row in labels.map { TerminalText.text(of: result.cell(row, $0), nullText: nullText) }.joined(separator: " · ") }
    }

    /// The longest bar's value.
    func maximum(in result: ResultSet) -> Double {
        rows.flatMap { row in series.map { BarChartRenderer.value(result.cell(row, $0)) } }.max() ?? 0
    }

    /// What one series measures when it is not a count (`max(support)`), to name the bars.
    func measure(in result: ResultSet) -> String? {
        guard names.isEmpty, let only = series.first, result.columns[only].name != "count" else { return nil }
        return result.columns[only].name
    }
}
