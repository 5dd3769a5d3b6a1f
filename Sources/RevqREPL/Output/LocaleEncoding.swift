/// Whether the user's locale writes UTF-8, read as the C library reads it: the first
/// non-empty of LC_ALL, LC_CTYPE and LANG. Grids and charts fall back to ASCII otherwise,
/// so a C-locale terminal or log never shows mojibake.
enum LocaleEncoding {
    static func isUTF8(_ environment: [String: String]) -> Bool {
        let locale = ["LC_ALL", "LC_CTYPE", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty } ?? ""
        let lowered = Array(locale.lowercased().utf8)
        return contains(lowered, "utf-8") || contains(lowered, "utf8")
    }

    /// A plain byte search: `String.contains(_:)` brings in the string-processing library's
    /// searcher, whose generic types every start then instantiated.
    private static func contains(_ bytes: [UInt8], _ word: StaticString) -> Bool {
        let word = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
        guard bytes.count >= word.count else { return false }
        return (0...(bytes.count - word.count)).contains { start in
            bytes[start..<start + word.count].elementsEqual(word)
        }
    }
}
