import RevqCore

/// The output formats a user can choose with `.mode` or `--format`.
public enum OutputMode: String, CaseIterable, Sendable {
    case table, card, csv, tsv, json, jsonl, markdown
}

/// Everything a renderer needs to know besides the result: a value, handed to one renderer.
public struct OutputSpec: Sendable, Equatable {
    public var mode: OutputMode
    public var headers: Bool
    /// The terminal's width in columns (tables fit and wrap to it).
    public var width: Int
    /// ANSI colours: only on a terminal and never with NO_COLOR.
    public var color: Bool

    public init(mode: OutputMode = .table, headers: Bool = true, width: Int = 100, color: Bool = false) {
        self.mode = mode
        self.headers = headers
        self.width = width
        self.color = color
    }
}
