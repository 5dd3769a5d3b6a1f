import RevqCore

/// The lines of a table's cells, made a row at a time as the box draws it.
extension TableRenderer {
    /// Appends the lines of row `index`'s cells to `cells`, one cell after another (the
    /// header's names when `index` is -1): wrapped to its column, or cut to one line
    /// ending in "…" in a column too narrow to wrap readably.
    func wrapRow(_ index: Int, of result: ResultSet, _ measured: TerminalCells, into cells: inout TextLines) {
        for column in result.columns.indices {
            if index < 0 {
                TextWrapper.wrap(
                    TerminalText.clean(result.columns[column].name), width: layout.widths[column], into: &cells)
            } else {
                wrapCell(index, column, of: result, measured, into: &cells)
            }
            cells.endCell()
        }
    }

    private func wrapCell(
        _ index: Int, _ column: Int, of result: ResultSet, _ measured: TerminalCells, into cells: inout TextLines
    ) {
        let width = layout.widths[column]
        if layout.isCut[column] {
            let text = measured[index, column].text.replacingEvery("\n", with: " ")
            TextWrapper.append([TextWrapper.cut(text, width: width)], to: &cells)
        } else if case .list = result.cell(result.rows[index], column) {
            // A list breaks between its elements, not as its text would.
            TextWrapper.append(
                TextWrapper.wrap(result.cell(result.rows[index], column), width: width, nullText: spec.nullText),
                to: &cells)
        } else {
            TextWrapper.wrap(measured[index, column], width: width, into: &cells)
        }
    }

    /// True when some row below the header is more than one line high, so that a rule
    /// sets each row apart: known before the first row is drawn. A cell that is one line
    /// no wider than its column is not wrapped to learn it; the first cell found taller
    /// ends the search.
    func rowsAreSeparated(_ result: ResultSet, _ measured: TerminalCells) -> Bool {
        var lines = TextLines()
        for index in result.rows.indices {
            for column in result.columns.indices where !isOneLine(index, column, of: result, measured) {
                lines.removeAll()
                wrapCell(index, column, of: result, measured, into: &lines)
                if lines.lines.count > 1 { return true }
            }
        }
        return false
    }

    /// True when the cell is surely one line: cut, or text without a line break no wider
    /// than its column. False when only wrapping it tells.
    private func isOneLine(_ index: Int, _ column: Int, of result: ResultSet, _ measured: TerminalCells) -> Bool {
        if layout.isCut[column] { return true }
        if case .list = result.cell(result.rows[index], column) { return false }
        let cell = measured[index, column]
        guard cell.widestLine <= layout.widths[column] else { return false }
        return cell.isOneLine || (!cell.isSimple && !cell.text.utf8.contains(0x0A))
    }
}
