import RevqCore

/// Tab-separated values, one record per line: a tab, line break or backslash inside a
/// value is written `\t`, `\n`, `\r` or `\\`, so every line is one record and every tab
/// a field boundary (the escapes of PostgreSQL's text format).
///
///     number	theme
///     3	Fraværsregistrering
enum TSVFormat: DelimitedFormat {
    static let separator = "\t"
    static let recordEnd = "\n"

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
