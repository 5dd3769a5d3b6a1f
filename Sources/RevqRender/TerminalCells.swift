import RevqCore

/// A result's cells as a terminal shows them (`TerminalText.text(of:nullText:)`), each
/// cleaned and measured once: a table's layout and its wrapping read them from here
/// instead of cleaning and measuring every cell again (four passes over a finding's
/// text where one does).
///
///     let cells = TerminalCells(result, nullText: "")
///     cells[0, 2].widestLine   // the widest line of row 0's third cell
struct TerminalCells {
    struct Cell {
        /// The cell's text, cleaned for a terminal, null as the null text.
        let text: String
        /// True when `text` is simple (`SimpleText`): measured and wrapped byte by byte.
        let isSimple: Bool
        /// The widest line of `text`, in columns.
        let widestLine: Int
        /// True when `text` is simple and has no line break: `widestLine` is its width.
        var isOneLine = false
    }

    private let cells: [Cell]
    private let columnCount: Int

    init(_ result: ResultSet, nullText: String) {
        columnCount = result.columns.count
        var cells: [Cell] = []
        cells.reserveCapacity(result.rows.count * columnCount)
        for row in result.rows {
            for column in 0..<columnCount {
                let cell = result.cell(row, column)
                if case .null = cell {
                    cells.append(Self.measure(nullText))
                } else {
                    cells.append(Self.measure(cell.text))
                }
            }
        }
        self.cells = cells
    }

    subscript(row: Int, column: Int) -> Cell { cells[row * columnCount + column] }

    /// `text` cleaned (`TerminalText.clean`) and measured: simple text needs no cleaning,
    /// so it is looked at once.
    private static func measure(_ text: String) -> Cell {
        var text = text
        if let simple = text.withUTF8(SimpleText.measure(utf8:)) {
            return Cell(text: text, isSimple: true, widestLine: simple.widestLine, isOneLine: simple.isOneLine)
        }
        let cleaned = TerminalText.clean(text)
        return Cell(text: cleaned, isSimple: SimpleText.isSimple(cleaned), widestLine: TerminalText.widestLine(cleaned))
    }
}
