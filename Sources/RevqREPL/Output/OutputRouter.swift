import RevqCore
import RevqRender

/// Everything the shell prints, and where it goes: results to stdout (paged, cut by
/// `.rowlimit`) or to the `.output`/`.once` file; prose and notices to the person at the
/// terminal; diagnostics, rendered by the one formatter for stderr (its width and
/// colour), to stderr. A failed write is kept and said once. Every
/// message is shown through `VisibleText` (diagnostics in their formatter), so what a
/// file name or a statement holds cannot steer the terminal.
///
///     let output = OutputRouter(facts: facts, noticesOnTerminal: false)
///     output.fail("cannot read x")   // stderr: revq: error: cannot read x
final class OutputRouter {
    struct Redirect {
        let sink: OutputSink
        /// `.once`: back to the terminal after the next result.
        let once: Bool
        /// A file named `.svg` takes SVG whatever the mode: a picture, not a table's text.
        var mode: OutputMode? = nil
    }

    let stdout: OutputSink
    let stderr: OutputSink
    let facts: TerminalFacts
    /// In a terminal session notices go to the terminal; in a script to stderr, so that
    /// stdout holds only results.
    let noticesOnTerminal: Bool
    var redirect: Redirect?
    /// Restoring a session: statements run, results and notices are not shown.
    var quiet = false
    /// A child rendering a result could not write to stdout (it said why).
    private var standardOutputBroken = false
    /// A child rendering a result could not write to the `.output` file (it said why).
    private var redirectFailed = false
    private let printer = ResultPrinter()
    /// Whether the locale writes UTF-8 (grids and charts draw ASCII otherwise), read from
    /// the environment once: copying the environment for each result cost a third of a
    /// millisecond a statement.
    private lazy var localeIsUTF8 = LocaleEncoding.isUTF8(ProcessEnvironment.current)

    init(facts: TerminalFacts, noticesOnTerminal: Bool, stdout: OutputSink, stderr: OutputSink) {
        self.facts = facts
        self.noticesOnTerminal = noticesOnTerminal
        self.stdout = stdout
        self.stderr = stderr
    }

    // MARK: Results

    /// Shows a result; on a terminal `.rowlimit` may cut it, unless `whole` (`.last`).
    func show(_ result: ResultSet, settings: ShellSettings, whole: Bool = false) {
        let target = redirect?.sink ?? stdout
        var spec = OutputSpec(
            mode: mode(settings), headers: settings.headers, width: facts.width,
            color: redirect == nil && facts.colorOnStdout)
        spec.unicode = localeIsUTF8
        spec.crlf = settings.crlf
        let onTerminal = redirect == nil && facts.stdoutIsTerminal
        printer.print(
            result, spec: spec, to: target, notes: stderr, pager: pagerChoice(settings),
            rowLimit: onTerminal && !whole ? settings.rowLimit : nil)
    }

    /// The mode results are shown in now: the `.output`/`.once` file's own (svg), else the setting.
    func mode(_ settings: ShellSettings) -> OutputMode {
        redirect?.mode ?? settings.mode
    }

    /// The pager for a result shown on the terminal; nil for files, pipes and `.pager off`.
    private func pagerChoice(_ settings: ShellSettings) -> PagerChoice? {
        guard redirect == nil, facts.stdoutIsTerminal, settings.pager != .off, !facts.pagerCommand.isEmpty else {
            return nil
        }
        return PagerChoice(command: facts.pagerCommand, setting: settings.pager, height: facts.height)
    }

    /// Shows a result from a child process, which Ctrl-C kills at once (see
    /// `Shell.execute`); false when it was interrupted. The child reports its own
    /// write errors; its status says what happened: 0 shown, 1 the `.output` file
    /// failed, 2 stdout failed. A child that crashed is said on stderr as revq's fault.
    func showInChild(_ result: ResultSet, settings: ShellSettings) -> ShownInChild {
        redirect?.sink.flush()
        stdout.flush()
        stderr.flush()
        let shown = InterruptibleRendering.run { () -> Int32 in
            show(result, settings: settings)
            let redirectStatus: Int32 = finishRedirect() ? 0 : 1
            stdout.flush()
            if let failure = stdout.takeFailure() {
                fail(failure.description)
                return 2
            }
            return redirectStatus
        }
        switch shown {
        case .finished(0): return .shown
        case .finished(2): standardOutputBroken = true
        case .finished: redirectFailed = true
        case .interrupted: return .interrupted
        case .crashed(let signal):
            fail(
                "internal error: revq failed while showing the result (signal \(signal)); the session goes on. Please report the statement"
            )
            return .crashed
        }
        return .shown
    }

    enum ShownInChild {
        case shown, interrupted, crashed
    }

    /// Flushes the result and ends a `.once` redirection; false when the result was cut
    /// short by Ctrl-C or could not be written to the `.output` file (said on stderr).
    /// Stdout is checked apart (`checkStandardOutput`), as its failure ends the run.
    func finishResult() -> Bool {
        let interrupted = Interruption.isRequested
        let written = finishRedirect() && !redirectFailed
        redirectFailed = false
        if redirect?.once == true { endRedirect() }
        stdout.flush()
        if interrupted { fail("interrupted: the output of the statement is incomplete") }
        return written && !interrupted
    }

    /// Flushes the `.output` file; false (said on stderr) when it could not be written.
    private func finishRedirect() -> Bool {
        guard let redirect else { return true }
        redirect.sink.flush()
        guard let failure = redirect.sink.takeFailure() else { return true }
        fail(failure.description)
        return false
    }

    /// Whether a message could not be written to stderr: nothing can say so, but the exit
    /// status does.
    var standardErrorFailed: Bool { stderr.failure != nil }

    /// False once a write to stdout failed, said on stderr the first time.
    func checkStandardOutput() -> Bool {
        if standardOutputBroken { return false }
        guard stdout.failure != nil else { return true }
        if let untold = stdout.takeFailure() { fail(untold.description) }
        return false
    }

    /// `.output FILE` and `.once FILE`: results go to `sink` from now on.
    func startRedirect(to sink: OutputSink, once: Bool, mode: OutputMode? = nil) {
        endRedirect()
        redirect = Redirect(sink: sink, once: once, mode: mode)
    }

    func endRedirect() {
        redirect?.sink.close()
        redirect = nil
    }

    // MARK: Messages

    /// A message that is output (`let`'s answer): where results go.
    func write(_ text: String) {
        (redirect?.sink ?? stdout).write(VisibleText.escaped(text, keepingLineBreaks: true))
    }

    /// A message for the person at the terminal, never into an `.output` file.
    func say(_ text: String) {
        guard !quiet else { return }
        stdout.write(VisibleText.escaped(text, keepingLineBreaks: true) + "\n")
        stdout.flush()
    }

    /// Prose for the person at the terminal (help): broken at spaces at its edge, never
    /// inside a word; as it is into a pipe.
    func sayProse(_ text: String) {
        say(facts.stdoutIsTerminal ? Prose.wrap(text, width: facts.width) : text)
    }

    /// A notice about what a command did (saved, opened, resumed): on the terminal in a
    /// session, on stderr in a script so that stdout holds only results.
    func notify(_ text: String) {
        guard !quiet else { return }
        guard noticesOnTerminal else {
            stdout.flush()
            stderr.write(VisibleText.escaped(text, keepingLineBreaks: true) + "\n")
            stderr.flush()
            return
        }
        say(text)
    }

    /// `.timer on`: how long a statement took, on stderr.
    func reportTime(since started: ContinuousClock.Instant) {
        guard !quiet else { return }
        stderr.write("time: \(Self.milliseconds(started.duration(to: .now))) ms\n")
        stderr.flush()
    }

    /// A duration in milliseconds to three decimals, `12.345`.
    static func milliseconds(_ duration: Duration) -> String {
        let (seconds, attoseconds) = duration.components
        let microseconds = seconds * 1_000_000 + (attoseconds + 500_000_000_000) / 1_000_000_000_000
        let fraction = String(microseconds % 1000)
        return "\(microseconds / 1000)." + String(repeating: "0", count: 3 - fraction.count) + fraction
    }

    // MARK: Diagnostics

    /// A statement's diagnostics, with its line and a caret under the place; on a
    /// terminal their message and hint lines break at its edge.
    func report(_ diagnostics: [Diagnostic], in text: String, origin: InputOrigin) {
        let target = DiagnosticTarget(width: facts.stderrIsTerminal ? facts.width : nil, color: facts.colorOnStderr)
        emit(DiagnosticFormatter.render(diagnostics, in: text, origin: origin, for: target))
    }

    /// A problem at a place named in words ("revq", "<stdin>:3", a session file's
    /// line), rendered by the same formatter as a statement's diagnostics.
    func complain(_ diagnostic: Diagnostic, at place: String) {
        emit(DiagnosticFormatter.render(diagnostic, at: place, for: DiagnosticTarget(color: facts.colorOnStderr)))
    }

    func fail(_ message: String) {
        complain(Diagnostic(.error, message, at: nil), at: "revq")
    }

    func warn(_ message: String) {
        complain(Diagnostic(.warning, message, at: nil), at: "revq")
    }

    /// Writes diagnostics, rendered for stderr, after what stdout holds so far.
    private func emit(_ rendered: String) {
        stdout.flush()
        stderr.write(rendered + "\n")
        stderr.flush()
    }
}
