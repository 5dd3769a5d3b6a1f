/// The cells that test the TSV dialect, as values, and the dataset folder that holds them
/// written out (Tests/Fixtures/tsv-dialect: source `cells`, fields id, text, items). Every
/// reader and writer of the dialect must turn the one into the other and back: the loader,
/// `--format tsv`, TSVSheet, and the extractors' common.py.
package enum TrickyCells {
    package struct Case: Sendable, Codable, Equatable {
        package let id: String
        /// A text cell; empty is unknown.
        package let text: String
        /// A set cell's elements; none is unknown.
        package let items: [String]
    }

    package static let directory = RepositoryPaths.root + "/Tests/Fixtures/tsv-dialect"
    package static let dataFile = directory + "/data/cells.tsv"

    package static let cases: [Case] = [
        Case(id: "tab", text: "before\tafter", items: ["a\tb", "c"]),
        Case(id: "newline", text: "line one\nline two\n", items: ["first\nsecond"]),
        Case(id: "carriage-return", text: "carriage\rreturn", items: ["\r"]),
        Case(id: "crlf", text: "windows\r\nline", items: ["x\r\ny"]),
        Case(id: "backslash", text: "C:\\temp\\", items: ["ends\\", "\\starts"]),
        Case(id: "backslash-t", text: "a backslash and t: \\t, \\n, \\r, \\\\", items: ["\\t", "\\|"]),
        Case(id: "pipe-in-text", text: "either|or||", items: []),
        Case(id: "pipe-in-item", text: "", items: ["a|b", "|", "c"]),
        Case(id: "empty", text: "", items: []),
        Case(id: "norwegian", text: "Skole-hjem-samarbeid: æøå ÆØÅ", items: ["Øye 2018", "Ålesund"]),
        Case(
            id: "combining", text: "e\u{301} (e and a combining acute), \\\u{301} after a backslash",
            items: ["o\u{308}", "|\u{301}", "\\\u{301}"]),
        // A combining mark right after a separator: "|" and the mark are one Character.
        Case(
            id: "combining-first", text: "\u{301} begins with a combining accent", items: ["a", "\u{301}b", "\u{308}"]),
        Case(id: "emoji", text: "👩‍👩‍👧 🇳🇴 ✔︎", items: ["👍🏽", "🇳🇴|🇸🇪"]),
        Case(id: "spaces", text: "  leading and trailing   ", items: [" a ", "b  "]),
        Case(id: "hash", text: "# not a comment", items: ["#", "# too"]),
    ]

    /// Some columns of the fixture's file as `--format tsv` writes them: header, then each
    /// record's cells exactly as the file writes them.
    package static func writtenColumns(_ fields: [String]) throws -> String {
        let sheet = try TSVSheet(path: dataFile)
        let lines =
            [fields.joined(separator: "\t")]
            + sheet.records.map { record in
                fields.map { record.written[$0] ?? "" }.joined(separator: "\t")
            }
        return lines.map { $0 + "\n" }.joined()
    }
}
