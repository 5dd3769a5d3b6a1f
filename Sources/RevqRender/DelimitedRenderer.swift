import RevqCore

/// The record loop that CSV and TSV share: a header when asked for, then one record per
/// row; each format supplies only how a field is escaped and how records end.
protocol DelimitedFormat {
    static var separator: String { get }
    static func recordEnd(_ spec: OutputSpec) -> String
    static func field(_ text: String) -> String
    /// A cell as written; by default its text (a list's values joined by `; `).
    static func field(_ cell: Cell) -> String
    /// The record's fields joined, for what only the first field of a line needs.
    static func record(_ fields: [String]) -> String
}

extension DelimitedFormat {
    static func field(_ cell: Cell) -> String { field(cell.text) }
    static func record(_ fields: [String]) -> String { fields.joined(separator: separator) }
}

struct DelimitedRenderer<Format: DelimitedFormat>: ResultRenderer {
    let spec: OutputSpec

    func render(_ result: ResultSet, to output: inout some TextOutputStream) {
        if spec.headers { writeRecord(result.columns.map { Format.field($0.name) }, to: &output) }
        for row in result.rows {
            writeRecord(result.columns.indices.map { Format.field(result.cell(row, $0)) }, to: &output)
        }
    }

    private func writeRecord(_ fields: [String], to output: inout some TextOutputStream) {
        // A record of one empty field would be an empty line, which readers skip and
        // which separates results: CSV writes it as "" instead.
        if fields == [""], Format.separator == "," { return output.write("\"\"" + Format.recordEnd(spec)) }
        output.write(Format.record(fields))
        output.write(Format.recordEnd(spec))
    }
}
