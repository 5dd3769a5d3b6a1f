import RevqCore

/// What a bar chart shows, read once from a displayed result for every drawing of it (the
/// terminal's bars and the SVG): the records, the numeric columns drawn as bars, and the
/// labels. The totals row and a crosstab's margin are left out, known by their roles and
/// not their names: they would dwarf the bars, while a value called "total" is a bar.
struct ChartData {
    /// The records, without the totals row.
    let rows: [[Cell]]
    /// The columns drawn as bars (one per row; several: a group of bars, or a stack).
    let series: [Int]
    /// The series' names when there are several (the legend's), else empty.
    let names: [String]
    /// Each row's label: its other columns joined by " · ".
    let labels: [String]
    /// The field the series are values of (a crosstab's second), which heads the legend.
    let field: String?

    /// A count's aggregates are drawn, even when no row has a number in them (a minimum
    /// over no records), and its groups label the rows. A result with no aggregate column
    /// draws the columns that hold a number.
    init(_ result: ResultSet, nullText: String) {
        rows = Array(result.rows.prefix(result.recordCount))
        let drawable = result.columns.indices.filter { result.columns[$0].role != .margin }
        let aggregates = drawable.filter { result.columns[$0].role.isAggregate }
        let series =
            !aggregates.isEmpty
            ? aggregates
            : drawable.filter { [rows] column in rows.contains { result.cell($0, column).isNumeric } }
        let labels = drawable.filter { !series.contains($0) }
        self.series = series
        field = series.first.flatMap { result.columns[$0].role.crossedField }
        names = series.count > 1 ? series.map { result.columns[$0].name } : []
        self.labels = rows.map { row in
            labels.map { TerminalText.text(of: result.cell(row, $0), nullText: nullText) }.joined(separator: " · ")
        }
    }

    /// The longest bar's value.
    func maximum(in result: ResultSet) -> Double {
        rows.flatMap { row in series.map { BarChartRenderer.value(result.cell(row, $0)) } }.max() ?? 0
    }

    /// What one series measures when it is not a count of records (`max(support)`), to name the bars.
    func measure(in result: ResultSet) -> String? {
        guard names.isEmpty, let only = series.first, !result.columns[only].role.countsRecords else { return nil }
        return result.columns[only].name
    }
}
