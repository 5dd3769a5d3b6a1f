import RevqCore

/// Tab-separated values in the dataset's own dialect (Datasets/README.md), so that every
/// reader of the dataset reads back what revq writes: a tab, line break or backslash
/// inside a value is written `\t`, `\n`, `\r` or `\\`, so every line is one record and
/// every tab a field boundary; a list's values are joined by `|`, a `|` inside one
/// written `\|`; a line's first `#` is written `\#`, which no reader takes for a comment.
///
///     number	theme	study
///     3	Fraværsregistrering	Bergman og Chan 2019|Øye 2018
enum TSVFormat: DelimitedFormat {
    static let separator = "\t"
    /// The dataset's dialect knows LF only: a CR in a cell is written `\r`.
    static func recordEnd(_ spec: OutputSpec) -> String { "\n" }

    static func field(_ cell: Cell) -> String {
        guard case .list(let values) = cell else { return field(cell.text) }
        return Quoting.TSV.escapeList(values.map(\.text))
    }

    static func record(_ fields: [String]) -> String {
        let line = fields.joined(separator: separator)
        return line.utf8.first == UInt8(ascii: "#") ? "\\" + line : line
    }

    static func field(_ text: String) -> String { Quoting.TSV.escape(text) }
}
