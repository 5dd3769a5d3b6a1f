import RevqCore

/// Tab-separated values, one record per line: a tab, line break or backslash inside a
/// value is written `\t`, `\n`, `\r` or `\\`, so every line is one record and every tab
/// a field boundary (the escapes of PostgreSQL's text format).
///
///     number	theme
///     3	Fraværsregistrering
struct TSVRenderer: ResultRenderer {
    let spec: OutputSpec

    func render(_ result: ResultSet, to output: inout some TextOutputStream) {
        if spec.headers { writeRecord(result.columns.map(\.name), to: &output) }
        for row in result.rows {
            writeRecord(result.columns.indices.map { result.cell(row, $0).text }, to: &output)
        }
    }

    static func field(_ text: String) -> String {
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

    private func writeRecord(_ fields: [String], to output: inout some TextOutputStream) {
        output.write(fields.map(Self.field).joined(separator: "\t"))
        output.write("\n")
    }
}
