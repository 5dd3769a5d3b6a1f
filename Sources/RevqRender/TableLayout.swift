import RevqCore

/// The column widths of a table that fits a terminal, or no layout when the columns
/// cannot all keep a readable width (the table is then shown as cards).
///
/// A column starts at its natural width (its widest line); when the table is too wide,
/// long-text columns give up width first, then the widest of the others, each down to
/// its minimum: numbers never wrap, other text keeps 10 columns or its header's width,
/// long text keeps 24.
struct TableLayout: Equatable {
    /// The width of each column's content, without padding and borders.
    let widths: [Int]
    /// Columns whose cells are all numbers (or null): right-aligned.
    let isNumeric: [Bool]

    static let minimumText = 10
    static let minimumLongText = 24

    init?(fitting result: ResultSet, spec: OutputSpec) {
        let columns = result.columns.indices
        let natural = columns.map { Self.naturalWidth(of: $0, in: result, spec: spec) }
        isNumeric = columns.map { Self.isNumericColumn($0, in: result) }
        let minimum = columns.map { Self.minimumWidth(of: $0, natural: natural[$0], in: result, spec: spec) }
        let available = spec.width - Self.borderWidth(columns: result.columns.count)
        guard minimum.reduce(0, +) <= available else { return nil }
        widths = Self.shrink(natural, to: available, minimum: minimum,
                             preferred: result.columns.map(\.isLongText))
    }

    /// Columns taken by borders and padding: `│ a │ b │` around n columns is 3n + 1.
    static func borderWidth(columns: Int) -> Int { 3 * columns + 1 }

    private static func naturalWidth(of column: Int, in result: ResultSet, spec: OutputSpec) -> Int {
        var width = spec.headers ? TerminalText.widestLine(result.columns[column].name) : 0
        for row in result.rows {
            let text = TerminalText.text(of: result.cell(row, column), nullText: spec.nullText)
            width = max(width, TerminalText.widestLine(text))
        }
        return max(width, 1)
    }

    private static func minimumWidth(of column: Int, natural: Int, in result: ResultSet, spec: OutputSpec) -> Int {
        if isNumericColumn(column, in: result) { return natural }
        let header = spec.headers ? DisplayWidth.of(result.columns[column].name) : 0
        let floor = result.columns[column].isLongText ? minimumLongText : minimumText
        return min(natural, max(floor, header))
    }

    static func isNumericColumn(_ column: Int, in result: ResultSet) -> Bool {
        var sawNumber = false
        for (index, row) in result.rows.enumerated() {
            let cell = result.cell(row, column)
            if cell.isNumeric { sawNumber = true; continue }
            if case .null = cell { continue }
            if !result.isTotalsRow(index) { return false }  // a "Total" label in a number column
        }
        return sawNumber
    }

    /// Takes one column at a time from the widest shrinkable column, preferred ones first.
    private static func shrink(_ natural: [Int], to available: Int, minimum: [Int], preferred: [Bool]) -> [Int] {
        var widths = natural
        var excess = widths.reduce(0, +) - available
        while excess > 0 {
            let shrinkable = widths.indices.filter { widths[$0] > minimum[$0] }
            let candidates = shrinkable.contains(where: { preferred[$0] }) ? shrinkable.filter { preferred[$0] } : shrinkable
            guard let widest = candidates.max(by: { widths[$0] < widths[$1] }) else { break }
            widths[widest] -= 1
            excess -= 1
        }
        return widths
    }
}
