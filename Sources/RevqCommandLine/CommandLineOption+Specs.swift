import RevqRender

extension CommandLineOption {
    /// The option's names, value, help and manual entry, in the order revq(1) lists them:
    /// the switch has no default, so an option cannot be added without them.
    var declaration: CommandLineOptionSpec {
        switch self {
        case .command:
            return CommandLineOptionSpec(
                names: ["-c", "--command"], valueName: "STATEMENT", repeats: true,
                help: "Run STATEMENT (repeatable; in order with -f).",
                manual: """
                    Run _STATEMENT_; may be given several times. Statements of *-c* and files of *-f* run in the order given.
                    """)
        case .file:
            return CommandLineOptionSpec(
                names: ["-f", "--file"], valueName: "FILE", repeats: true,
                help: "Run the statements in FILE (repeatable).",
                manual: """
                    Run the statements in _FILE_ (one per line; a line ending in a backslash continues), or replay a \
                    session saved by *.save*. May be given several times.
                    """)
        case .format:
            return CommandLineOptionSpec(
                names: ["--format"], valueName: "FORMAT",
                help: "Output format: \(commaList(OutputMode.allCases.map { $0.rawValue })).",
                manual: """
                    Print results as *table* (the default; boxes fitted to the terminal's width), *card* (one record at a \
                    time, every field), *csv*, *tsv*, *json* (one array), *jsonl* (one object per line), *markdown* or \
                    *svg* (each chart or grid as one SVG picture, titled by its statement; a table is an error).
                    """)
        case .formatShorthand:
            return CommandLineOptionSpec(
                names: FormatShorthand.allCases.map { "--" + $0.rawValue }, help: nil,
                manual: """
                    The same as *--format* with that format, as in *sqlite3*(1). Two different formats are a usage error.
                    """)
        case .noHeader:
            return CommandLineOptionSpec(
                names: ["--no-header"], help: "Leave out the header row of csv, tsv and table (as .headers off).",
                manual: "Leave out the header row of csv, tsv and table, as *.headers off*.")
        case .output:
            return CommandLineOptionSpec(
                names: ["-o", "--output"], valueName: "FILE",
                help: "Write all output to FILE (as .output FILE).",
                manual: """
                    Write all output to _FILE_, as *.output* _FILE_ does; revq fails with status 1 before running \
                    anything if _FILE_ cannot be written.
                    """)
        case .echo:
            return CommandLineOptionSpec(
                names: ["-e", "--echo"], help: "Print each statement before its result (as .echo on).",
                manual: "Print each statement and dot-command before its result, as *.echo on*.")
        case .rc:
            return CommandLineOptionSpec(
                names: ["--rc", "--no-rc"],
                help: """
                    Read (--rc) or skip (--no-rc) $XDG_CONFIG_HOME/revq/revqrc; by default it is read at a terminal only.
                    """,
                manual: """
                    Read, or skip, the rc file _$XDG_CONFIG_HOME/revq/revqrc_ (see *FILES*). By default a terminal \
                    session reads it and a script does not.
                    """)
        case .color:
            return CommandLineOptionSpec(
                names: ["--color"], valueName: "WHEN",
                help: "Colours: auto (on a terminal, unless NO_COLOR or TERM=dumb), always, never.",
                manual: """
                    Colours: *auto* (the default: on a terminal, unless *NO_COLOR* is set or *TERM=dumb*), *always* or *never*.
                    """)
        case .dataset:
            return CommandLineOptionSpec(
                names: ["--dataset"], valueName: "DIR",
                help: "The dataset folder (default: the bundled review, installed or in the checkout).",
                manual: """
                    Query the dataset in _DIR_ (a folder with _schema/_ and _data/_) instead of the bundled review. See \
                    *FILES* for where the bundled review is looked for.
                    """)
        case .bail:
            return CommandLineOptionSpec(
                names: ["--bail"], help: "Stop at the first statement that fails.",
                manual: "Stop at the first statement that fails.")
        case .noHistory:
            return CommandLineOptionSpec(
                names: ["--no-history"], help: "Neither read nor write the history file.",
                manual: "Neither read nor write the history file.")
        case .noJournal:
            return CommandLineOptionSpec(
                names: ["--no-journal"],
                help:
                    "Keep no journal of a terminal session (as .journal off): a crash then loses what .save did not keep.",
                manual: """
                    Keep no journal of a terminal session, as *.journal off* from the start: a crash then loses what *.save* \
                    did not keep.
                    """)
        case .resume:
            return CommandLineOptionSpec(
                names: ["--resume"],
                help: "Restore the most recent unsaved session (left by a crash or a quit without .save).",
                manual: """
                    Restore the most recent unsaved session: the statements of a session that crashed or was left without *.save*.
                    """)
        case .allowWrites:
            return CommandLineOptionSpec(
                names: ["--allow-writes"], help: "Let session files opened or replayed write files (.output, .once).",
                manual: """
                    Let session files opened with *.open* or replayed with *-f* write files (*.output*, *.once*, \
                    *.export*); without it, they may not.
                    """)
        case .version:
            return CommandLineOptionSpec(
                names: ["--version"],
                help: "Show the version, and the dataset revq loads: its folder and content hash.",
                manual: """
                    Print the version, the dataset *revq* loads (the bundled review, or the one *--dataset* names), where \
                    it is and which rule found it, and the dataset's content hash: the first 12 hex digits of the SHA-256 \
                    of what *sha256sum*(1) prints for the files of its _schema/_ and _data/_ folders, in byte order of \
                    their paths. The shell computes the same:

                        cd DIR && find -L schema data -type f | LC_ALL=C sort |
                          xargs sha256sum | sha256sum | cut -c1-12

                    Write it next to a saved session or a reported figure to name the exact data it came from.
                    """)
        case .generateCompletionScript:
            return CommandLineOptionSpec(
                names: ["--generate-completion-script"], valueName: "SHELL", help: nil,
                manual: """
                    Print the completion script for *bash*, *zsh* or *fish*. An installed *revq* has them in place \
                    already (see *FILES*).
                    """)
        case .help:
            return CommandLineOptionSpec(
                names: ["-h", "--help"], help: nil,
                manual: "Show a short summary of the options (so does *revq help*).")
        }
    }
}

/// `words` joined by ", ". A loop, not `joined(separator:)`: the table is built at every
/// start for the quick path, and the stdlib's unspecialised `joined` first looks protocol
/// conformances up at run time, which costs more than everything else the table does.
private func commaList(_ words: [String]) -> String {
    var list = ""
    for word in words { list += list.isEmpty ? word : ", " + word }
    return list
}
