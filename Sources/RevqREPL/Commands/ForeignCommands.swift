/// The words of other tools (sqlite3's dot-commands, psql's backslash commands, SQL) that
/// people type out of habit: each gets an error whose hint names revq's form, instead of
/// "unknown command" or "unexpected character".
///
///     ForeignCommands.hint(forStatement: "\\d findings")   // "in revq: describe findings"
///     ForeignCommands.hint(forCommand: ".tables")           // "in revq: the statement 'sources' ..."
enum ForeignCommands {
    /// sqlite3's dot-commands that revq spells otherwise.
    static let dotCommands: [String: String] = [
        "tables": "the statement 'sources' lists the sources (revq's tables)",
        "schema": "the statement 'describe NAME' shows a source's fields ('sources' lists the sources)",
        "databases": "revq serves one review: 'sources' lists its sources, revq --version names its folder",
        "exit": ".quit (or Ctrl-D on an empty line) leaves revq",
        "import": "revq reads one dataset: revq --dataset DIR",
    ]

    /// psql's backslash commands; `NAME` stands for the word after the command.
    static let backslashCommands: [String: String] = [
        "q": ".quit (or Ctrl-D on an empty line) leaves revq",
        "d": "the statement 'describe NAME' shows a source's fields; 'sources' lists the sources",
        "dt": "the statement 'sources' lists the sources (revq's tables)",
        "d+": "the statement 'describe NAME' shows a source's fields; 'sources' lists the sources",
        "l": "revq serves one review: 'sources' lists its sources",
        "?": ".help lists the commands and topics",
        "h": ".help TOPIC explains a part of the language",
        "i": ".read FILE runs the statements in FILE",
        "o": ".output FILE sends results to FILE",
        "x": ".mode card shows one record at a time",
    ]

    /// The hint for a dot-command revq does not have but another tool does.
    static func hint(forCommand word: String) -> String? {
        let name = word.hasPrefix(".") ? String(word.dropFirst()).lowercased() : word.lowercased()
        return dotCommands[name].map { "in revq: " + $0 }
    }

    /// The hint for a statement that begins as psql's commands or SQL's queries do.
    static func hint(forStatement text: String) -> String? {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == ";" })
        guard let first = words.first else { return nil }
        if first.hasPrefix("\\"), let hint = backslashCommands[String(first.dropFirst())] {
            guard let name = words.dropFirst().first, hint.contains("NAME") else { return "in revq: " + hint }
            return "in revq: describe " + name
        }
        if ["select", "with", "pragma"].contains(first.lowercased()) {
            return
                "revq is not SQL: a query names its source first, as in 'findings where theme = kommunikasjon show number, text' (.help); '.export sqlite FILE' writes a SQLite database for SQL"
        }
        return nil
    }
}
