/// Whether the user's locale writes UTF-8, read as the C library reads it: the first
/// non-empty of LC_ALL, LC_CTYPE and LANG. Grids and charts fall back to ASCII otherwise,
/// so a C-locale terminal or log never shows mojibake.
enum LocaleEncoding {
    static func isUTF8(_ environment: [String: String]) -> Bool {
        let locale = ["LC_ALL", "LC_CTYPE", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty } ?? ""
        let lowered = locale.lowercased()
        return lowered.contains("utf-8") || lowered.contains("utf8")
    }
}
