import RevqCore

/// The output formats a user can choose with `.mode` or `--format`.
package enum OutputMode: String, CaseIterable, Sendable {
    case table, card, csv, tsv, json, jsonl, markdown, svg

    /// One line for `.help mode` and `--help`.
    package var summary: String {
        switch self {
        case .table: return "a boxed table fitted to the terminal; cells cut with … when too wide"
        case .card: return "one record at a time, one field per line"
        case .csv: return "comma-separated values (RFC 4180)"
        case .tsv: return "tab-separated values, tabs and line breaks escaped"
        case .json: return "one JSON array of objects"
        case .jsonl: return "one JSON object per line"
        case .markdown: return "a Markdown pipe table for a report"
        case .svg: return "a chart or grid as one SVG picture (tables: use another mode)"
        }
    }

    /// Machine formats hold data only: a result's notes go to stderr, not into the output.
    /// An SVG is a file too: it holds its picture (with the notes drawn in) and nothing else.
    package var isMachineFormat: Bool {
        switch self {
        case .csv, .tsv, .json, .jsonl, .svg: return true
        case .table, .card, .markdown: return false
        }
    }

    /// The modes that show a table, for a message that refuses one in `svg`.
    package static var tableModes: [OutputMode] { allCases.filter { $0 != .svg } }
}

/// Everything a renderer needs to know besides the result: a value, handed to one renderer.
///
///     OutputSpec(mode: .table, width: 80, color: true)
package struct OutputSpec: Sendable, Equatable {
    package var mode: OutputMode
    /// Column names as a first row: table, csv and tsv only (a card always names its
    /// fields; a Markdown table cannot exist without its header; JSON keys are names).
    package var headers: Bool
    /// The terminal's width in columns (tables fit and wrap to it).
    package var width: Int
    /// ANSI colours: only on a terminal and never with NO_COLOR.
    package var color: Bool
    /// How table, card and Markdown show a null (sqlite's `.nullvalue`); csv and tsv
    /// leave the field empty and JSON writes `null`.
    package var nullText: String
    /// False when the locale is not UTF-8: grids and charts then draw in ASCII.
    package var unicode = true
    /// `.crlf on`: csv records end with CRLF (RFC 4180) instead of LF.
    package var crlf = false

    package init(
        mode: OutputMode = .table, headers: Bool = true, width: Int = 100, color: Bool = false,
        nullText: String = ""
    ) {
        self.mode = mode
        self.headers = headers
        self.width = width
        self.color = color
        self.nullText = nullText
    }
}
