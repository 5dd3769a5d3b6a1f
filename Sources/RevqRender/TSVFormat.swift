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
        return values.map { listElement(field($0.text)) }.joined(separator: "|")
    }

    static func record(_ fields: [String]) -> String {
        let line = fields.joined(separator: separator)
        return line.utf8.first == UInt8(ascii: "#") ? "\\" + line : line
    }

    /// An element of a list, already escaped as a field, with its `|`s escaped too; by
    /// scalars, since a `|` before a combining mark is part of one Character.
    private static func listElement(_ escaped: String) -> String {
        guard escaped.utf8.contains(UInt8(ascii: "|")) else { return escaped }
        var result = String.UnicodeScalarView()
        for scalar in escaped.unicodeScalars {
            if scalar == "|" { result.append("\\") }
            result.append(scalar)
        }
        return String(result)
    }

    static func field(_ text: String) -> String {
        // Most values hold none of the four: as they are, not rebuilt a scalar at a time.
        guard text.utf8.contains(where: { $0 == 0x09 || $0 == 0x0A || $0 == 0x0D || $0 == 0x5C }) else { return text }
        var escaped = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\t": escaped.append(contentsOf: #"\t"#.unicodeScalars)
            case "\n": escaped.append(contentsOf: #"\n"#.unicodeScalars)
            case "\r": escaped.append(contentsOf: #"\r"#.unicodeScalars)
            case "\\": escaped.append(contentsOf: #"\\"#.unicodeScalars)
            default: escaped.append(scalar)
            }
        }
        return String(escaped)
    }
}
