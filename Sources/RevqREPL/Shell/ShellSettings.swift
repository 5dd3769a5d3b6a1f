import RevqRender

/// The settings a session keeps and `.save` writes: each one a meta-command line.
package struct ShellSettings: Equatable, Sendable {
    package var mode: OutputMode
    package var headers: Bool
    package var timer: Bool
    /// `.pager`: long results on a terminal go through `$PAGER`.
    package var pager: PagerSetting
    /// `.rowlimit`: a terminal shows at most this many rows of a result; 0 shows all.
    package var rowLimit = 0
    /// `.crlf on`: csv ends its records with CRLF (RFC 4180) rather than LF.
    package var crlf = false
    /// `.echo on`: each statement and command is printed before it runs (sqlite3's `.echo`).
    package var echo = false

    package init(mode: OutputMode = .table, headers: Bool = true, timer: Bool = false, pager: PagerSetting = .auto) {
        self.mode = mode
        self.headers = headers
        self.timer = timer
        self.pager = pager
    }
}

/// Where a run of lines comes from and what it may do.
struct InputPolicy {
    /// `FILE`, `<stdin>`, `<command line>` or `<repl>`, as errors name it.
    let name: String
    /// Stop at the first failed statement (`--bail`).
    var bail = false
    /// A session file: only statements and settings run, `.output`/`.once` only with
    /// `--allow-writes`.
    var isSession = false
    /// Lines go to the line-editing history (a person typed them).
    var isTyped = false
}

/// What one statement or meta-command did.
enum StepResult: Equatable {
    case succeeded
    case failed
    /// The statement is unfinished: read another line.
    case incomplete
}

/// What running a whole input did.
struct RunOutcome {
    var failures = 0
    /// `.quit` was given, or `--bail` stopped at a failure.
    var stopped = false
}
