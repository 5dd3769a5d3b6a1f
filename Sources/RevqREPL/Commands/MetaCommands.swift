import RevqCore
import RevqRender

/// The meta-commands, sqlite3-style. `.help` is generated from this table.
enum MetaCommands {
    /// Never mutated; `nonisolated(unsafe)` only because the actions (closures over
    /// method references) are not Sendable.
    nonisolated(unsafe) static let all: [MetaCommand] = [
        MetaCommand(
            name: "help", usage: ".help [TOPIC]", summary: "Show this list, or help on a command or topic",
            details:
                "  .help mode           help on one command\n  .help count          a topic of the language\n  .help fields findings   the fields of a source\n  .help R304           one problem, by the id the README lists",
            manual: """
                List the dot-commands and the topics, or show one: *language*, *statements*, *where*, *search*, \
                *relations*, *count*, *sort*, *let*, *explain*, *sessions*, *fields* _SOURCE_, *cerqual* (what each \
                GRADE-CERQual component and confidence level means, in the report's words, from the dataset) and \
                *views* (the workshop views); or one problem of the catalogue by its id \
                (*.help R304*), as the README lists them.
                """,
            kind: .other, argument: .choices(HelpTopics.names), action: { $0.help }),
        MetaCommand(
            name: "mode", usage: ".mode [MODE]",
            summary: "Show results as " + OutputMode.allCases.map(\.rawValue).joined(separator: ", "),
            details:
                "  .mode csv            comma-separated values (RFC 4180)\n  .mode card           one record at a time, every field\n  .mode svg            each chart or grid as one SVG picture (.once chart.svg writes one in any mode)\n  .mode                shows the current mode",
            manual: """
                Show results as *table*, *card*, *csv*, *tsv*, *json*, *jsonl*, *markdown* or *svg* (charts and \
                grids only); without _MODE_, show the current one.
                """,
            kind: .setting, argument: .choices(OutputMode.allCases.map(\.rawValue)), action: { $0.mode }),
        MetaCommand(
            name: "headers", usage: ".headers on|off", summary: "Show or hide column headers",
            details: "  .headers off         rows only (csv, tsv, table)",
            manual: "Show or hide column headers.",
            kind: .setting, argument: .choices(["on", "off"]), action: { $0.headers }),
        MetaCommand(
            name: "crlf", usage: ".crlf on|off", summary: "End csv records with CRLF (RFC 4180) instead of LF",
            details:
                "  .crlf on             csv lines end with CR LF, as RFC 4180 and Excel on Windows want\n  .crlf off            csv lines end with LF, as sqlite3 and DuckDB write them (the default)",
            manual:
                "End csv records with CR LF, as RFC 4180 writes them, instead of LF (the default, as *sqlite3*(1) writes them).",
            kind: .setting, argument: .choices(["on", "off"]), action: { $0.crlf }),
        MetaCommand(
            name: "output", usage: ".output [FILE]",
            summary: "Send results to FILE; without FILE, back to the terminal",
            details:
                "  .output komm.csv     results go to komm.csv until .output\n  .output              results go to the terminal again",
            manual: "Send results to _FILE_; without _FILE_, back to the terminal.",
            kind: .write, argument: .files, action: { $0.output }),
        MetaCommand(
            name: "once", usage: ".once FILE", summary: "Send the next result only to FILE",
            details:
                "  .once high.json      the next result goes to high.json\n  .once chart.svg      the next chart or grid as an SVG picture, whatever the mode",
            manual: """
                Send the next result only to _FILE_; a _FILE_ ending in *.svg* gets the chart or grid as an SVG \
                picture whatever the mode (so does *.output*).
                """,
            kind: .write, argument: .files, action: { $0.once }),
        MetaCommand(
            name: "export", usage: ".export sqlite FILE",
            summary: "Write the whole dataset to FILE as a SQLite database",
            details:
                "  .export sqlite review.db   a table per source, link tables, scales with their order, views\n  revq -c '.export sqlite review.db'   the same from a script",
            manual: """
                Write the whole dataset to _FILE_ as a SQLite database: a table per source with typed columns, link \
                tables for to-many relations and sets, each vocabulary as *vocabulary_*_NAME_ with its order in \
                *level*, and views _SOURCE_*_levels* and _SOURCE_*_*_FIELD_*_labels*. The file is written whole and \
                renamed over _FILE_; what is not a regular file is never replaced. From a script: *revq -c '.export \
                sqlite review.db'*.
                """,
            kind: .write, argument: .choices(["sqlite"]), action: { $0.export }),
        MetaCommand(
            name: "pager", usage: ".pager [on|off|auto]",
            summary: "Show long results through $PAGER (default less -FRX)",
            details:
                "  .pager auto          results taller than the terminal go through the pager (the default)\n  .pager on            every result on the terminal goes through it\n  .pager off           never; pipes, files and csv/tsv/json never use it",
            manual: """
                Show results through *$PAGER* (default *less -FRX*): always, never, or (the default) when a result \
                is taller than the screen. Never for pipes, files or machine formats.
                """,
            kind: .setting, argument: .choices(PagerSetting.allCases.map(\.rawValue)), action: { $0.pager }),
        MetaCommand(
            name: "rowlimit", usage: ".rowlimit [N]",
            summary: "Show at most N rows of a result on the terminal (0: all)",
            details:
                "  .rowlimit 40         the first 40 rows, and a line saying how many there are\n  .rowlimit 0          every row (the default); pipes and files always get every row\n  .last                shows the last result whole",
            manual:
                "Show at most _N_ rows of a result on the terminal, with a line saying how many there are; *0* shows all.",
            kind: .setting, argument: .none, action: { $0.rowLimit }),
        MetaCommand(
            name: "last", usage: ".last", summary: "Show the last result again, every row",
            details: "  .last                after a result cut by .rowlimit",
            manual: "Show the last result again, every row.",
            kind: .other, argument: .none, action: { $0.showLast }),
        MetaCommand(
            name: "record", usage: ".record [FILE]",
            summary: "Write each statement, its result and its sources to FILE (.md or .html)",
            details:
                "  .record panel.md     a Markdown record of what follows, rewritten after each statement\n  .record panel.html   the same as one HTML page that prints well\n  .record              stop recording",
            manual: """
                Write a record of the session to _FILE_, rewritten after each statement: every statement that runs, \
                its result and the places in the review its rows come from, as Markdown, or as one HTML page that \
                prints well when _FILE_ ends in *.html* (charts and grids drawn in it as SVG, tables as the terminal \
                showed them); without _FILE_, stop recording. A session file may start a record only with \
                *--allow-writes*.
                """,
            kind: .write, argument: .files, action: { $0.recordCommand }),
        MetaCommand(
            name: "echo", usage: ".echo on|off", summary: "Print each statement before its result",
            details:
                "  .echo on             each statement and command is written out before it runs (revq -e does the same)",
            manual: "Print each statement and dot-command before it runs, as *sqlite3*(1) does.",
            kind: .setting, argument: .choices(["on", "off"]), action: { $0.echo }),
        MetaCommand(
            name: "read", usage: ".read FILE", summary: "Run the statements and commands in FILE",
            details: "  .read setup.revq     runs setup.revq here; its errors name setup.revq and its lines",
            manual:
                "Run the statements and dot-commands in _FILE_; its errors name _FILE_ and its own line and column.",
            kind: .other, argument: .files, action: { $0.read }),
        MetaCommand(
            name: "timer", usage: ".timer on|off", summary: "Show how long each statement took",
            details: "  .timer on            prints 'time: 0.123 ms' on stderr after each statement",
            manual: "Show how long each statement took.",
            kind: .setting, argument: .choices(["on", "off"]), action: { $0.timer }),
        MetaCommand(
            name: "history", usage: ".history", summary: "List the statements typed so far",
            details: "  .history             numbered, oldest first; Up and Ctrl-R recall them",
            manual: "List the statements typed so far; Up and Ctrl-R recall them.",
            kind: .other, argument: .none, action: { $0.listHistory }),
        MetaCommand(
            name: "save", usage: ".save NAME|PATH", summary: "Save this session (statements, named queries, settings)",
            details:
                "  .save komm           writes $XDG_DATA_HOME/revq/sessions/komm.revq\n  .save ./komm.revq    writes a file of your choice",
            manual:
                "Save this session: its statements, named queries and settings. A bare _NAME_ goes to the sessions folder (see *FILES*).",
            kind: .other, argument: .sessionsAndFiles, action: { $0.save }),
        MetaCommand(
            name: "open", usage: ".open NAME|PATH",
            summary: "Restore a saved session's named queries, settings and history",
            details: "  .open komm           restores what .save komm saved; nothing is shown or written",
            manual: "Restore a saved session's named queries, settings and history; nothing is shown or written.",
            kind: .other, argument: .sessionsAndFiles, action: { $0.open }),
        MetaCommand(
            name: "sessions", usage: ".sessions",
            summary: "List saved sessions with their date and number of statements",
            details: "  .sessions",
            manual: "List saved sessions with their date and number of statements.",
            kind: .other, argument: .none, action: { $0.listSessions }),
        MetaCommand(
            name: "journal", usage: ".journal [on|off]",
            summary: "Write this session to disk as it runs, so a crash loses nothing (on by default)",
            details:
                "  .journal off         no journal from now on, and this session's is removed (revq --no-journal: none at all)\n  .journal on          a journal again, holding every statement so far\n  .journal             says whether the journal is on, and where",
            manual: """
                Whether this session is written to disk as it runs (on by default at a terminal). *.journal off* writes \
                no more and removes this session's journal; *.journal on* writes a new one holding every statement so \
                far; alone, it says whether the journal is on and where.
                """,
            kind: .other, argument: .choices(["on", "off"]), action: { $0.journal }),
        MetaCommand(
            name: "quit", usage: ".quit", summary: "Leave revq (Ctrl-D on an empty line does too)",
            details: "  .quit",
            manual: """
                Leave *revq*; Ctrl-D on an empty line does too. Leaving this way removes the session's journal, and says \
                nothing, unless the session defined named queries (*let*) since its last *.save* that no file holds: then \
                the journal is kept for *revq --resume* and one line says so.
                """,
            kind: .other, argument: .none, action: { $0.quit }),
    ]

    enum Resolution {
        case found(MetaCommand)
        case ambiguous([String])
        case unknown
    }

    /// The command `word` names: exactly, or as a unique prefix (`.he` is `.help`).
    static func resolve(_ word: String) -> Resolution {
        let name = word.hasPrefix(".") ? String(word.dropFirst()).lowercased() : word.lowercased()
        if let exact = all.first(where: { $0.name == name }) { return .found(exact) }
        let matches = all.filter { !name.isEmpty && $0.name.hasPrefix(name) }
        if matches.count == 1 { return .found(matches[0]) }
        return matches.isEmpty ? .unknown : .ambiguous(matches.map { "." + $0.name })
    }

    /// The list `.help` shows, one line per command, usages aligned.
    static var summary: String {
        let width = all.map { DisplayWidth.of($0.usage) }.max() ?? 0
        return all.map { "  " + DisplayWidth.padded($0.usage, to: width + 2) + $0.summary }
            .joined(separator: "\n")
    }
}
