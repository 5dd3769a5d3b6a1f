import Testing

@testable import RevqREPL

/// Grids and charts draw with box characters only where the locale writes UTF-8, read as
/// the C library reads it: the first non-empty of LC_ALL, LC_CTYPE and LANG.
struct LocaleEncodingTests {
    @Test(arguments: [
        (["LANG": "nb_NO.UTF-8"], true),
        (["LANG": "nb_NO.utf8"], true),
        (["LC_ALL": "C.UTF-8"], true),
        (["LANG": "C"], false),
        ([:], false),
        (["LANG": "nb_NO.ISO-8859-1"], false),
        (["LANG": "utf"], false),
        (["LANG": "UTF8"], true),
        // The first non-empty one decides: an empty LC_ALL is passed over, a set LC_CTYPE wins over LANG.
        (["LC_ALL": "", "LC_CTYPE": "C", "LANG": "en_US.UTF-8"], false),
        (["LC_ALL": "", "LC_CTYPE": "", "LANG": "en_US.UTF-8"], true),
    ])
    func utf8IsReadFromTheFirstLocaleVariableSet(environment: [String: String], isUTF8: Bool) {
        #expect(LocaleEncoding.isUTF8(environment) == isUTF8)
    }
}
