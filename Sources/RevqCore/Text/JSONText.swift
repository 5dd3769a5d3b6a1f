/// JSON spellings of cells: strings as `Quoting.JSON` escapes them (RFC 8259, non-ASCII kept as UTF-8).
/// Shared by the json and jsonl renderers.
///
///     JSONText.value(.text("Øye"))   // "\"Øye\""
package enum JSONText {
    package static func value(_ cell: Cell) -> String {
        switch cell {
        case .null: return "null"
        case .text(let text): return Quoting.JSON.escape(text)
        case .integer(let number): return String(number)
        case .number(let number): return number.isFinite ? NumberFormatting.shortest(number) : "null"
        case .list(let values): return "[" + values.map(value).joined(separator: ", ") + "]"
        }
    }
}
