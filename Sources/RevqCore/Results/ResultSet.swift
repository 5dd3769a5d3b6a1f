/// One value of a result, typed only as far as the renderers need.
public enum Cell: Hashable, Sendable {
    case null
    case text(String)
    case integer(Int)
    case number(Double)
    case list([String])

    /// The cell as plain text: lists joined by "; ", null as empty.
    public var text: String {
        switch self {
        case .null: return ""
        case .text(let text): return text
        case .integer(let number): return String(number)
        case .number(let number): return NumberFormatting.shortest(number)
        case .list(let values): return values.joined(separator: "; ")
        }
    }

    public var isNumeric: Bool {
        switch self {
        case .integer, .number: return true
        default: return false
        }
    }
}

/// What a statement returns: named columns and rows of cells, ready to render.
///
///     ResultSet(columns: [.init(name: "number"), .init(name: "theme")],
///               rows: [[.integer(4), .text("Kommunikasjon")]])
public struct ResultSet: Sendable, Equatable {
    public struct Column: Sendable, Equatable {
        public let name: String
        /// Long free text that a table may wrap or shorten (a finding's text, not its number).
        public let isLongText: Bool

        public init(name: String, isLongText: Bool = false) {
            self.name = name
            self.isLongText = isLongText
        }
    }

    public var columns: [Column]
    public var rows: [[Cell]]
    /// True when the last row holds totals (a count or crosstab), drawn apart by tables.
    public var hasTotalsRow: Bool
    /// What a reader should know about this answer and that is not data: a near miss when
    /// nothing matched, groups that overlap, a figure the report states differently.
    /// Display modes print them under the result; machine formats send them to stderr,
    /// never into the data.
    public var notes: [String]
    /// Set by `grid` and `chart`: display modes draw the result so (issue 10).
    public var drawing: Drawing? = nil

    public init(columns: [Column], rows: [[Cell]], hasTotalsRow: Bool = false, notes: [String] = []) {
        self.columns = columns
        self.rows = rows
        self.hasTotalsRow = hasTotalsRow
        self.notes = notes
    }
}
