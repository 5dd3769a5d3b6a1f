/// JSON spellings of cells: strings escaped per RFC 8259 with non-ASCII kept as UTF-8.
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

    package static func string(_ text: String) -> String {
        var escaped = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": escaped += #"\""#
            case "\\": escaped += #"\\"#
            case "\n": escaped += #"\n"#
            case "\r": escaped += #"\r"#
            case "\t": escaped += #"\t"#
            case "\u{08}": escaped += #"\b"#
            case "\u{0C}": escaped += #"\f"#
            case _ where scalar.value < 0x20: escaped += unicodeEscape(scalar.value)
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped + "\""
    }

    private static func unicodeEscape(_ value: UInt32) -> String {
        let hex = String(value, radix: 16)
        return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
    }
}
