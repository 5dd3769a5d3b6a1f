import RevqCore

/// Comma-separated values per RFC 4180: CRLF after every record, a field holding a
/// comma, quote, CR or LF enclosed in quotes with its quotes doubled, null as an empty
/// field and a list as its values joined by `; `.
///
///     number,text
///     3,"Noen foresatte og skoleansatte påpekte at ""gode rutiner"", ..."
enum CSVFormat: DelimitedFormat {
    static let separator = ","
    static let recordEnd = "\r\n"

    static func field(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }) else {
            return text
        }
        return "\"" + text.replacingEvery("\"", with: "\"\"") + "\""
    }
}
