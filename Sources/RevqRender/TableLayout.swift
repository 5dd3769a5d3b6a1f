import RevqCore

/// The column widths of a table that fits a terminal, or no layout when the columns
/// cannot all keep a readable width (the table is then shown as cards).
///
/// A column starts at its natural width (its widest line). When the table is too wide,
/// width is taken from the widest column of each group in turn: long-text columns down
/// to two fifths of the width, then the other columns down to their minimum, then long
/// text down to its minimum. Numbers never wrap; other text keeps 10 columns, its
/// header and its longest word (up to 20); long text keeps 24. The two fifths keep a
/// finding's text readable beside a wide list of studies, which would otherwise keep
/// its width while the text shrank to a ribbon.
struct TableLayout: Equatable {
    /// The width of each column's content, without padding and borders.
    let widths: [Int]
    /// Columns whose cells are all numbers (or null): right-aligned.
    let isNumeric: [Bool]

    static let minimumText = 10
    static let longestUnbrokenWord = 20
    static let minimumLongText = 24

    init?(fitting result: ResultSet, spec: OutputSpec) {
        let columns = Array(result.columns.indices)
        let natural = columns.map { Self.naturalWidth(of: $0, in: result, spec: spec) }
        let minimum = columns.map { Self.minimumWidth(of: $0, natural: natural[$0], in: result, spec: spec) }
        let available = spec.width - Self.borderWidth(columns: columns.count)
        guard minimum.reduce(0, +) <= available else { return nil }
        let prose = columns.filter { result.columns[$0].isLongText }
        let others = columns.filter { !result.columns[$0].isLongText }
        let proseShare = prose.isEmpty ? 0 : available * 2 / 5 / prose.count
        var widths = natural
        Self.shrink(&widths, columns: prose, to: available, floors: minimum.map { max($0, proseShare) })
        Self.shrink(&widths, columns: others, to: available, floors: minimum)
        Self.shrink(&widths, columns: prose, to: available, floors: minimum)
        self.widths = widths
        isNumeric = columns.map { Self.isNumericColumn($0, in: result) }
    }

    /// Columns taken by borders and padding: `│ a │ b │` around n columns is 3n + 1.
    static func borderWidth(columns: Int) -> Int { 3 * columns + 1 }

    /// True when the column's cells are numbers or null (a totals row may hold a label).
    static func isNumericColumn(_ column: Int, in result: ResultSet) -> Bool {
        var sawNumber = false
        for (index, row) in result.rows.enumerated() {
            let cell = result.cell(row, column)
            if cell.isNumeric { sawNumber = true; continue }
            if case .null = cell { continue }
            if !result.isTotalsRow(index) { return false }
        }
        return sawNumber
    }

    private static func naturalWidth(of column: Int, in result: ResultSet, spec: OutputSpec) -> Int {
        var width = spec.headers ? TerminalText.widestLine(result.columns[column].name) : 0
        for row in result.rows {
            width = max(width, TerminalText.widestLine(TerminalText.text(of: result.cell(row, column), nullText: spec.nullText)))
        }
        return max(width, 1)
    }

    private static func minimumWidth(of column: Int, natural: Int, in result: ResultSet, spec: OutputSpec) -> Int {
        if isNumericColumn(column, in: result) { return natural }
        if result.columns[column].isLongText { return min(natural, minimumLongText) }
        let header = spec.headers ? DisplayWidth.of(result.columns[column].name) : 0
        let word = min(longestWord(in: column, of: result), longestUnbrokenWord)
        return min(natural, max(minimumText, header, word))
    }

    private static func longestWord(in column: Int, of result: ResultSet) -> Int {
        result.rows.map { row in
            TerminalText.clean(result.cell(row, column).text)
                .split(whereSeparator: { $0 == " " || $0 == "\n" }).map { DisplayWidth.of(String($0)) }.max() ?? 0
        }.max() ?? 0
    }

    /// Takes width from the widest of `columns` still above its floor, down to the next
    /// widest (one column at a time among equals), until the widths fit `available` or
    /// none of them can give more.
    private static func shrink(_ widths: inout [Int], columns: [Int], to available: Int, floors: [Int]) {
        var excess = widths.reduce(0, +) - available
        while excess > 0 {
            let shrinkable = columns.filter { widths[$0] > floors[$0] }
            guard let widest = shrinkable.max(by: { widths[$0] < widths[$1] }) else { return }
            let next = shrinkable.filter { $0 != widest }.map { widths[$0] }.max() ?? 0
            let step = max(1, min(excess, widths[widest] - max(floors[widest], next)))
            widths[widest] -= step
            excess -= step
        }
    }
}
