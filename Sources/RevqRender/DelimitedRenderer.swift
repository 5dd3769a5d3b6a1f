import RevqCore

/// The record loop that CSV and TSV share: a header when asked for, then one record per
/// row; each format supplies only how a field is escaped and how records end.
protocol DelimitedFormat {
    static var separator: String { get }
    static var recordEnd: String { get }
    static func field(_ text: String) -> String
}

struct DelimitedRenderer<Format: DelimitedFormat>: ResultRenderer {
    let spec: OutputSpec

    func render(_ result: ResultSet, to output: inout some TextOutputStream) {
        if spec.headers { writeRecord(result.columns.map(\.name), to: &output) }
        for row in result.rows {
            writeRecord(result.columns.indices.map { result.cell(row, $0).text }, to: &output)
        }
    }

    private func writeRecord(_ fields: [String], to output: inout some TextOutputStream) {
        // A record of one empty field would be an empty line, which readers skip and
        // which separates results: CSV writes it as "" instead.
        if fields == [""], Format.separator == "," { return output.write("\"\"" + Format.recordEnd) }
        output.write(fields.map(Format.field).joined(separator: Format.separator))
        output.write(Format.recordEnd)
    }
}
