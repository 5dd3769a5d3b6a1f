/// One value of a result, typed as JSON needs it: numbers stay numbers, the values of a
/// set or relation stay a list of typed values, unknown is null.
package enum Cell: Hashable, Sendable {
    case null
    case text(String)
    case integer(Int)
    case number(Double)
    /// The values of a set or a to-many relation; empty when it holds none.
    case list([Cell])

    /// The cell as plain text: lists joined by "; ", null as empty.
    package var text: String {
        switch self {
        case .null: return ""
        case .text(let text): return text
        case .integer(let number): return String(number)
        case .number(let number): return NumberFormatting.shortest(number)
        case .list(let values): return values.map(\.text).joined(separator: "; ")
        }
    }

    package var isNumeric: Bool {
        switch self {
        case .integer, .number: return true
        default: return false
        }
    }

    package var isNull: Bool { self == .null }
}

/// A string literal is a text cell, so lists of labels read as written: `.list(["Øye 2018"])`.
extension Cell: ExpressibleByStringLiteral {
    package init(stringLiteral value: String) {
        self = .text(value)
    }
}

/// What a statement returns: named columns and rows of cells, ready to render.
///
/// The rows are the data, the same for every output mode. How a person reads them
/// (a totals row, "(none)" for an unknown group, a crosstab) is `presentation`, applied
/// only by the display modes (table, card, markdown).
///
///     ResultSet(columns: [.init(name: "number"), .init(name: "theme")],
///               rows: [[.integer(4), .text("Kommunikasjon")]])
package struct ResultSet: Sendable, Equatable {
    package struct Column: Sendable, Equatable {
        package let name: String
        /// Long free text that a table may wrap or shorten (a finding's text, not its number).
        package let isLongText: Bool
        /// What the column is to a renderer (a group, an aggregate, a margin): never read
        /// from its name.
        package var role: ColumnRole

        package init(name: String, isLongText: Bool = false, role: ColumnRole = .data) {
            self.name = name
            self.isLongText = isLongText
            self.role = role
        }
    }

    package var columns: [Column]
    package var rows: [[Cell]]
    /// True when the last row holds totals, drawn apart by tables. Only a display view
    /// has one (see `CountPresentation`): data never holds a totals row.
    package var hasTotalsRow: Bool
    /// What a reader should know about this answer and that is not data: a near miss when
    /// nothing matched, groups that overlap, a figure the report states differently.
    /// Display modes print them under the result; machine formats send them to stderr,
    /// never into the data.
    package var notes: [String]
    /// How the display modes show the rows; machine formats ignore it.
    package var presentation: Presentation
    /// Set by `grid` and `chart`: display modes draw the result so (issue 10).
    package var drawing: Drawing? = nil
    /// Lines above the result in the display modes (the SoQF table's title, objective and
    /// perspective); machine formats never carry them, as they are no rows of the data.
    package var heading: [HeadingLine] = []
    /// What a drawing is titled by where it leaves the terminal (an SVG, the HTML record):
    /// the statement that made it, as the language prints it.
    package var title: String? = nil

    package init(
        columns: [Column], rows: [[Cell]], hasTotalsRow: Bool = false, notes: [String] = [],
        presentation: Presentation = .rows
    ) {
        self.columns = columns
        self.rows = rows
        self.hasTotalsRow = hasTotalsRow
        self.notes = notes
        self.presentation = presentation
    }
}

/// How display modes show a result: as its rows, as its rows over a totals row, or as a
/// count with totals.
package enum Presentation: Sendable, Equatable {
    case rows
    /// The rows, then (in display modes only) `totals` as a row of its own: `grid`'s
    /// count of each column's top value.
    case totalled([Cell])
    case count(CountPresentation)
}

/// Display information of a tidy count (one row per group: the `by` columns, then one
/// column per aggregate). The data holds none of it.
///
///     count findings by theme, confidence
///     // data: theme, confidence, count (one row per pair, zeros included)
///     // shown: a crosstab `theme \ confidence` with totals
package struct CountPresentation: Sendable, Equatable {
    /// The leading columns that are `by` paths; the others are aggregates.
    package var groupColumns: Int
    /// The totals row's aggregate cells, each record counted once; nil when none is shown.
    package var totals: [Cell]?
    /// Shown as a crosstab: two `by` columns and one aggregate.
    package var crosstab: Crosstab?
    /// The rows of groups that hold no record (a combination of two fields that no record
    /// has): a listing of pairs leaves them out and says how many.
    package var emptyGroups: Set<Int>

    package init(groupColumns: Int, totals: [Cell]?, crosstab: Crosstab? = nil, emptyGroups: Set<Int> = []) {
        self.groupColumns = groupColumns
        self.totals = totals
        self.crosstab = crosstab
        self.emptyGroups = emptyGroups
    }
}

/// The margins of a crosstab: the aggregate over each value of the first `by` column
/// (its rows) and of the second (its columns), in the order the values first occur in
/// the data. They are not sums when a record has several values of a field.
package struct Crosstab: Sendable, Equatable {
    package var rowTotals: [Cell]
    package var columnTotals: [Cell]

    package init(rowTotals: [Cell], columnTotals: [Cell]) {
        self.rowTotals = rowTotals
        self.columnTotals = columnTotals
    }
}
