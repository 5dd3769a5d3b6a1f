import RevqCore

/// The column widths of a table fitted to a terminal. A table stays a table however wide
/// the result: it is never turned into cards behind the user's back.
///
/// A column starts at its natural width (its widest line). When the table is too wide,
/// width is taken from the widest column of each group in turn: long-text columns down
/// to two fifths of the width, then the other columns down to their minimum, then long
/// text down to its minimum. Numbers never wrap; other text keeps 10 columns, its
/// header and its longest word (up to 20); long text keeps 24. The two fifths keep a
/// finding's text readable beside a wide list of studies, which would otherwise keep
/// its width while the text shrank to a ribbon.
///
/// Number columns wrap their headers at spaces before any text gives width (labels first:
/// a crosstab's long headers must not starve its row labels). When even the minimums do
/// not fit, long text wraps further (down to 12 columns), then the other text columns are
/// narrowed below their minimum (down to 4) and their cells cut to one line ending in "…"
/// (`isCut`); the renderer says how to see every value whole.
struct TableLayout: Equatable {
    /// The width of each column's content, without padding and borders.
    let widths: [Int]
    /// Columns whose cells are all numbers (or null): right-aligned.
    let isNumeric: [Bool]
    /// Columns narrowed below a readable width: their cells are cut, not wrapped.
    let isCut: [Bool]

    static let minimumText = 10
    static let longestUnbrokenWord = 20
    static let minimumLongText = 24
    /// How far a squeezed table narrows long text, then other text.
    static let squeezedLongText = 12
    static let squeezedText = 4

    init(fitting result: ResultSet, spec: OutputSpec) {
        self.init(fitting: result, cells: TerminalCells(result, nullText: spec.nullText), spec: spec)
    }

    /// The layout of `result`, whose cells `cells` has cleaned and measured. A table whose
    /// columns fit at their natural widths keeps them: no column is squeezed, so what
    /// squeezing would need of each column is not measured.
    init(fitting result: ResultSet, cells: TerminalCells, spec: OutputSpec) {
        let natural = result.columns.indices.map { Self.naturalWidth(of: $0, in: result, cells: cells, spec: spec) }
        guard natural.reduce(0, +) + Self.borderWidth(columns: natural.count) <= spec.width else {
            self.init(measures: Self.measures(of: result, cells: cells, spec: spec), spec: spec)
            return
        }
        self.init(
            widths: natural, isNumeric: result.columns.indices.map { Self.isNumericColumn($0, in: result) },
            isCut: Array(repeating: false, count: natural.count))
    }

    private init(widths: [Int], isNumeric: [Bool], isCut: [Bool]) {
        self.widths = widths
        self.isNumeric = isNumeric
        self.isCut = isCut
    }

    /// What the layout needs of one column, read from its cells once: a table too wide
    /// for the terminal is laid out again for fewer columns from these alone.
    struct ColumnMeasure: Equatable {
        let natural: Int
        let minimum: Int
        let isNumeric: Bool
        let isLongText: Bool
        /// A number column's narrowest with its header wrapped at spaces; 0 for text.
        let numberFloor: Int
        /// A number column's widest number: narrower than its header's longest word only
        /// when a label column would otherwise be cut; 0 for text.
        var widestNumber = 0
    }

    static func measures(of result: ResultSet, cells: TerminalCells, spec: OutputSpec) -> [ColumnMeasure] {
        result.columns.indices.map { column in
            let isNumeric = isNumericColumn(column, in: result)
            let natural = naturalWidth(of: column, in: result, cells: cells, spec: spec)
            return ColumnMeasure(
                natural: natural,
                minimum: minimumWidth(
                    of: column, natural: natural, isNumeric: isNumeric, in: result, cells: cells, spec: spec),
                isNumeric: isNumeric, isLongText: result.columns[column].isLongText,
                numberFloor: isNumeric ? numberFloor(of: column, in: result, cells: cells, spec: spec) : 0,
                widestNumber: isNumeric ? result.rows.indices.map { cells[$0, column].widestLine }.max() ?? 1 : 0)
        }
    }

    /// The layout of the columns `measures` describes, in their order.
    init(measures: [ColumnMeasure], spec: OutputSpec) {
        let columns = Array(measures.indices)
        let natural = measures.map(\.natural)
        let minimum = measures.map(\.minimum)
        let isNumeric = measures.map(\.isNumeric)
        let available = spec.width - Self.borderWidth(columns: columns.count)
        let prose = columns.filter { measures[$0].isLongText }
        let others = columns.filter { !measures[$0].isLongText }
        let proseShare = prose.isEmpty ? 0 : available * 2 / 5 / prose.count
        var widths = natural
        Self.shrink(&widths, columns: prose, to: available, floors: minimum.map { max($0, proseShare) })
        // Numbers never wrap, but a number column's header may, at its spaces: a crosstab's
        // long headers give their width before its labels lose theirs.
        let numbers = columns.filter { isNumeric[$0] }
        Self.shrink(&widths, columns: numbers, to: available, floors: measures.map(\.numberFloor))
        Self.shrink(&widths, columns: others, to: available, floors: minimum)
        Self.shrink(&widths, columns: prose, to: available, floors: minimum)
        Self.shrink(&widths, columns: prose, to: available, floors: natural.map { min($0, Self.squeezedLongText) })
        // A header's word breaks before a label is cut (keeping four columns, which a broken
        // word needs to read).
        Self.shrink(
            &widths, columns: numbers, to: available,
            floors: measures.map { max($0.widestNumber, min($0.numberFloor, 4), 1) })
        let text = others.filter { !isNumeric[$0] }
        Self.shrink(&widths, columns: text, to: available, floors: natural.map { min($0, Self.squeezedText) })
        self.init(
            widths: widths, isNumeric: isNumeric,
            isCut: columns.map { !measures[$0].isLongText && !isNumeric[$0] && widths[$0] < minimum[$0] })
    }

    /// True when the table is wider than the terminal even squeezed (too many columns).
    func overflows(_ spec: OutputSpec) -> Bool {
        widths.reduce(0, +) + Self.borderWidth(columns: widths.count) > spec.width
    }

    /// Columns taken by borders and padding: `│ a │ b │` around n columns is 3n + 1.
    static func borderWidth(columns: Int) -> Int { 3 * columns + 1 }

    /// True when the column's cells are numbers or null (a totals row may hold a label).
    static func isNumericColumn(_ column: Int, in result: ResultSet) -> Bool {
        var sawNumber = false
        for (index, row) in result.rows.enumerated() {
            let cell = result.cell(row, column)
            if cell.isNumeric {
                sawNumber = true
                continue
            }
            if case .null = cell { continue }
            if !result.isTotalsRow(index) { return false }
        }
        return sawNumber
    }

    static func naturalWidth(of column: Int, in result: ResultSet, cells: TerminalCells, spec: OutputSpec)
        -> Int
    {
        var width = spec.headers ? TerminalText.widestLine(result.columns[column].name) : 0
        for row in result.rows.indices {
            width = max(width, cells[row, column].widestLine)
        }
        return max(width, 1)
    }

    private static func minimumWidth(
        of column: Int, natural: Int, isNumeric: Bool, in result: ResultSet, cells: TerminalCells,
        spec: OutputSpec
    ) -> Int {
        if isNumeric { return natural }
        if result.columns[column].isLongText { return min(natural, minimumLongText) }
        let header = spec.headers ? DisplayWidth.of(result.columns[column].name) : 0
        let word = min(
            result.rows.indices.map { longestWord(of: cells[$0, column].text) }.max() ?? 0, longestUnbrokenWord)
        return min(natural, max(minimumText, header, word))
    }

    /// A number column's narrowest: its widest cell, and its header's longest word.
    private static func numberFloor(
        of column: Int, in result: ResultSet, cells measured: TerminalCells, spec: OutputSpec
    ) -> Int {
        // A number is one line: its widest line is its width.
        let cells = result.rows.indices.map { measured[$0, column].widestLine }.max() ?? 1
        let header =
            spec.headers
            ? result.columns[column].name.split(separator: " ").map { DisplayWidth.of(String($0)) }.max() ?? 0 : 0
        return max(cells, header, 1)
    }

    /// A cell's widest word: from its bytes when it is simple text (`SimpleText`), else
    /// by its characters.
    static func longestWord(of text: String) -> Int {
        if let width = SimpleText.longestWord(text) { return width }
        return TerminalText.clean(text)
            .split(whereSeparator: { $0 == " " || $0 == "\n" }).map { DisplayWidth.of(String($0)) }.max() ?? 0
    }

    /// Takes width from the widest of `columns` still above its floor, down to the next
    /// widest (one column at a time among equals, the first first), until the widths fit
    /// `available` or none of them can give more.
    ///
    /// As a water level, not step by step: the lowest level whose lowering gives no more
    /// than the excess is found by bisection, then the rest comes one column each from the
    /// first columns at that level. A step at a time was quadratic in the columns of a
    /// wide table (`show *, *, *, ...`), each step giving one column of one column.
    static func shrink(_ widths: inout [Int], columns: [Int], to available: Int, floors: [Int]) {
        let excess = widths.reduce(0, +) - available
        let shrinkable = columns.filter { widths[$0] > floors[$0] }
        guard excess > 0, !shrinkable.isEmpty else { return }
        let current = widths
        func given(_ level: Int) -> Int {
            shrinkable.reduce(0) { $0 + max(0, current[$1] - max(level, floors[$1])) }
        }
        var low = shrinkable.map { floors[$0] }.min()!
        var high = shrinkable.map { current[$0] }.max()!
        while low < high {
            let middle = (low + high) / 2
            if given(middle) <= excess { high = middle } else { low = middle + 1 }
        }
        for column in shrinkable { widths[column] = min(current[column], max(low, floors[column])) }
        var rest = excess - given(low)
        for column in shrinkable where rest > 0 && widths[column] == low && floors[column] < low {
            widths[column] -= 1
            rest -= 1
        }
    }
}
