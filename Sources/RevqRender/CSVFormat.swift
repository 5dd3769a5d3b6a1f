import RevqCore

/// Comma-separated values per RFC 4180: a field holding a comma, quote, CR or LF enclosed
/// in quotes with its quotes doubled, null as an empty field and a list as its values
/// joined by `; `. Records end with LF, as sqlite3 and DuckDB write them, so that
/// `$(revq --format csv ...)` is the value; CRLF, RFC 4180's, with `.crlf on`.
///
///     number,text
///     3,"Noen foresatte og skoleansatte påpekte at ""gode rutiner"", ..."
enum CSVFormat: DelimitedFormat {
    static let separator = ","
    static func recordEnd(_ spec: OutputSpec) -> String {
        spec.crlf ? "\r\n" : "\n"
    }

    static func field(_ text: String) -> String { Quoting.CSV.escape(text) }
}
