import RevqCore

/// The output formats a user can choose with `.mode` or `--format`.
public enum OutputMode: String, CaseIterable, Sendable {
    case table, card, csv, tsv, json, jsonl, markdown
}

/// Everything a renderer needs to know besides the result: a value, handed to one renderer.
///
///     OutputSpec(mode: .table, width: 80, color: true)
public struct OutputSpec: Sendable, Equatable {
    public var mode: OutputMode
    /// Column names as a first row: table, csv and tsv only (a card always names its
    /// fields; a Markdown table cannot exist without its header; JSON keys are names).
    public var headers: Bool
    /// The terminal's width in columns (tables fit and wrap to it).
    public var width: Int
    /// ANSI colours: only on a terminal and never with NO_COLOR.
    public var color: Bool
    /// How table, card and Markdown show a null (sqlite's `.nullvalue`); csv and tsv
    /// leave the field empty and JSON writes `null`.
    public var nullText: String

    public init(mode: OutputMode = .table, headers: Bool = true, width: Int = 100, color: Bool = false,
                nullText: String = "") {
        self.mode = mode
        self.headers = headers
        self.width = width
        self.color = color
        self.nullText = nullText
    }
}
