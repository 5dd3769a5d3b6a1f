import RevqCore

/// The display view of a count (table, card and Markdown only): "(none)" for a group
/// without a value, averages to two decimals, the totals row, and two `by` paths with one
/// aggregate pivoted into a crosstab whose corner names both fields (`theme \ confidence`).
/// Machine formats never see it: they write the tidy rows as they are.
extension ResultSet {
    /// The rows as a person reads them; a result that is not a count is itself. With
    /// `pivot` false a crosstab is listed one row per pair (when too wide to pivot).
    package func displayed(pivot: Bool = true) -> ResultSet {
        if case .totalled(let totals) = presentation { return withTotalsRow(totals) }
        guard case .count(let count) = presentation else { return self }
        if pivot, isCrosstab, let margins = count.crosstab { return pivoted(margins, totals: count.totals) }
        return listed(count)
    }

    /// The notes a display mode prints under the result: its own, and for a count listed by
    /// two or more fields how many empty combinations the listing leaves out.
    package var displayNotes: [String] {
        guard case .count(let count) = presentation, !isCrosstab, count.groupColumns >= 2, !count.emptyGroups.isEmpty
        else { return notes }
        return notes + [CountView.leftOut(count.emptyGroups.count)]
    }

    /// True when display modes show this count as a crosstab.
    var isCrosstab: Bool {
        guard case .count(let count) = presentation else { return false }
        return count.crosstab != nil && count.groupColumns == 2 && columns.count == 3
    }

    /// The rows, then `totals` drawn apart as the totals row.
    private func withTotalsRow(_ totals: [Cell]) -> ResultSet {
        var shown = self
        shown.rows.append(totals)
        shown.hasTotalsRow = true
        shown.presentation = .rows
        return shown
    }

    /// One row per group, then the totals row. A count by two or more fields lists only the
    /// combinations that some record has, and a note says how many empty ones it left out.
    /// The columns take their roles from the presentation, so a chart of the view knows
    /// its groups from its aggregates.
    private func listed(_ count: CountPresentation) -> ResultSet {
        let dropsEmpty = count.groupColumns >= 2 && !count.emptyGroups.isEmpty
        var shown = rows.indices.filter { !dropsEmpty || !count.emptyGroups.contains($0) }.map { index in
            rows[index].enumerated().map { $0 < count.groupColumns ? CountView.label($1) : CountView.rounded($1) }
        }

        if let totals = count.totals, count.groupColumns > 0 {
            shown.append(
                [.text("total")] + Array(repeating: .null, count: count.groupColumns - 1)
                    + totals.map(CountView.rounded))
        }
        var shownColumns = columns
        for index in shownColumns.indices {
            shownColumns[index].role =
                index < count.groupColumns ? .group : .aggregate(countsRecords: columns[index].role.countsRecords)
        }
        return ResultSet(
            columns: shownColumns, rows: shown, hasTotalsRow: count.totals != nil && count.groupColumns > 0,
            notes: notes)
    }

    /// A row per value of the first field, a column per value of the second, margins last.
    private func pivoted(_ margins: Crosstab, totals: [Cell]?) -> ResultSet {
        let down = CountView.distinct(rows.map { $0[0] })
        let across = CountView.distinct(rows.map { $0[1] })
        var cells: [Cell: [Cell: Cell]] = [:]
        for row in rows { cells[row[0], default: [:]][row[1]] = row[2] }
        var shown: [[Cell]] = down.enumerated().map { index, value in
            let inner = across.map { CountView.rounded(cells[value]?[$0] ?? .null) }
            let margin = index < margins.rowTotals.count ? CountView.rounded(margins.rowTotals[index]) : .null
            return [CountView.label(value)] + inner + [margin]
        }
        if let totals, margins.columnTotals.count == across.count {
            shown.append([.text("total")] + margins.columnTotals.map(CountView.rounded) + totals.map(CountView.rounded))
        }
        // An average's margin is the average over the row's records, not a total.
        let header =
            [Column(name: columns[0].name + " \\ " + columns[1].name, role: .group)]
            + across.map { Column(name: CountView.label($0).text, role: .crossValue(field: columns[1].name)) }
            + [Column(name: columns[2].role.countsRecords ? "total" : "all", role: .margin)]
        return ResultSet(columns: header, rows: shown, hasTotalsRow: totals != nil, notes: notes)
    }
}

enum CountView {
    /// What a listing of pairs says of the empty ones it leaves out.
    static func leftOut(_ empty: Int) -> String {
        "\(empty) empty \(empty == 1 ? "combination" : "combinations") (no record) left out; csv, tsv and json list every one"
    }

    /// How a group value reads: "(none)" where the records have no value.
    static func label(_ cell: Cell) -> Cell {
        switch cell {
        case .null, .list([]): return .text("(none)")
        default: return cell
        }
    }

    /// An average or median to two decimals: a projector shows 3.64, JSON keeps every digit.
    static func rounded(_ cell: Cell) -> Cell {
        // From 1e15 on a double has no hundredths, and times 100 it could overflow to inf.
        guard case .number(let number) = cell, number.isFinite, abs(number) < 1e15 else { return cell }
        return .number((number * 100).rounded() / 100)
    }

    /// The values in the order they first occur.
    static func distinct(_ cells: [Cell]) -> [Cell] {
        var seen = Set<Cell>()
        return cells.filter { seen.insert($0).inserted }
    }
}
