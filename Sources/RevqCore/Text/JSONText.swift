/// JSON spellings of cells: strings as `Quoting.JSON` escapes them (RFC 8259, non-ASCII kept as UTF-8).
/// Shared by the json and jsonl renderers and the export's Datasette metadata.
///
///     JSONText.string("Øye \"2018\"")   // "Øye \"2018\"" with its quotes
package enum JSONText {
    package static func value(_ cell: Cell) -> String {
        switch cell {
        case .null: return "null"
        case .text(let text): return string(text)
        case .integer(let number): return String(number)
        case .number(let number): return number.isFinite ? NumberFormatting.shortest(number) : "null"
        case .list(let values): return "[" + values.map(value).joined(separator: ", ") + "]"
        }
    }

    /// `text` as a JSON string, quotes included (`Quoting.JSON`, the one JSON escaper).
    package static func string(_ text: String) -> String {
        Quoting.JSON.escape(text)
    }
}
