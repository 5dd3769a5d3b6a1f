import Foundation
import RevqCore
import RevqEngine
import RevqLanguage
import RevqRender

/// Runs statements and meta-commands against one store, and writes what they give:
/// results to stdout (or the `.output` file), errors to stderr.
///
///     let shell = Shell(store: store, configuration: configuration)
///     shell.runScript("findings where confidence >= moderat", name: "<command line>")
final class Shell {
    struct Configuration {
        var paths: RevqPaths
        var facts: TerminalFacts
        var datasetName: String
        var allowWrites = false
        var keepsHistoryFile = true
        var journals = false
    }

    struct Redirect {
        let sink: OutputSink
        /// `.once`: back to the terminal after the next result.
        let once: Bool
    }

    let store: Store
    /// Built on first use: building the indexes is the costly part of starting, and a
    /// script of meta-commands (or a session file of settings) needs none.
    private(set) lazy var interpreter = Interpreter(store: store)
    let configuration: Configuration
    var settings = ShellSettings()
    let stdout: OutputSink
    let stderr: OutputSink
    var redirect: Redirect?
    /// `.record FILE`: the panel's record being written (issue 10).
    var panelRecord: PanelRecord?
    /// Restoring a session: statements run, results are not shown.
    var quiet = false
    /// Checking a session before restoring it: nothing is written or recorded.
    var dryRun = false
    let recorder: SessionRecorder
    var history: HistoryList
    /// Told about every history change, so line editing recalls what `.open` restored.
    var onHistoryChange: ((HistoryList) -> Void)?
    var quitRequested = false
    /// The statement being gathered by the innermost run of lines.
    var pendingAssembler: StatementAssembler?
    /// The lines of a statement still being typed, so completion on a continuation line
    /// sees the whole statement (joined only when asked: joining on every line would
    /// make long statements quadratic).
    var pendingStatement: String {
        guard let pendingAssembler, pendingAssembler.isPending else { return "" }
        return pendingAssembler.text + "\n"
    }
    /// A child rendering a result could not write to stdout (it said why).
    private var standardOutputBroken = false
    /// A child rendering a result could not write to the `.output` file (it said why).
    private var redirectFailed = false
    /// Set after the first failed write of the history file, so it is reported once.
    private var historyFailed = false
    let printer = ResultPrinter()
    /// Whether the locale writes UTF-8 (grids and charts draw ASCII otherwise), read from
    /// the environment once: copying the environment for each result cost a third of a
    /// millisecond a statement.
    private lazy var localeIsUTF8 = LocaleEncoding.isUTF8(ProcessInfo.processInfo.environment)
    /// The last result shown, for `.last`.
    var lastResult: ResultSet?

    init(store: Store, configuration: Configuration, stdout: OutputSink = .standardOutput(), stderr: OutputSink = .standardError()) {
        self.store = store
        self.configuration = configuration
        self.stdout = stdout
        self.stderr = stderr
        self.recorder = SessionRecorder(journalDirectory: configuration.journals ? configuration.paths.journalsDirectory : nil)
        self.history = configuration.keepsHistoryFile ? HistoryFile(path: configuration.paths.historyFile).load() : HistoryList()
    }

    /// A shell over the same store with a fresh interpreter, for checking a session file
    /// without touching this one.
    func scratch() -> Shell {
        var scratchConfiguration = configuration
        scratchConfiguration.journals = false
        scratchConfiguration.keepsHistoryFile = false
        let shell = Shell(store: store, configuration: scratchConfiguration, stdout: .discarding(), stderr: stderr)
        shell.quiet = true
        shell.dryRun = true
        return shell
    }

    // MARK: Statements

    func execute(statement text: String, origin: InputOrigin) -> StepResult {
        // The printer remembers which sinks already hold a machine-format result (for the
        // blank line between results), which a child would forget: those run here.
        if configuration.journals && !quiet && !dryRun && !settings.mode.isMachineFormat,
           case .statement(let statement) = Parser.parse(text) {
            if case .define = statement {} else { return executeInChild(text, origin: origin) }
        }
        let started = DispatchTime.now()
        let outcome = interpreter.run(text)
        switch outcome {
        case .incomplete:
            return .incomplete
        case .failure(let diagnostics):
            report(diagnostics, in: text, origin: origin)
            return .failed
        case .rows(let result):
            if !quiet { show(result) }
            addToRecord(text, result: result, message: nil)
        case .message(let message):
            // A script's machine-format output holds results only.
            if !quiet && settings.mode.isMachineFormat && redirect == nil { notify(message) } else if !quiet { write(message + "\n") }
            addToRecord(text, result: nil, message: message)
        }
        reportTime(since: started)
        record(text)
        return finishResult() ? .succeeded : .failed
    }

    /// Shows a result; on a terminal `.rowlimit` may cut it, unless `whole` (`.last`).
    func show(_ result: ResultSet, whole: Bool = false) {
        lastResult = result
        let target = redirect?.sink ?? stdout
        var spec = OutputSpec(mode: settings.mode, headers: settings.headers, width: configuration.facts.width,
                              color: redirect == nil && configuration.facts.colorOnStdout)
        spec.unicode = localeIsUTF8
        let onTerminal = redirect == nil && configuration.facts.stdoutIsTerminal
        printer.print(result, spec: spec, to: target, notes: stderr, pager: pagerChoice,
                      rowLimit: onTerminal && !whole ? settings.rowLimit : nil)
    }

    /// The pager for a result shown on the terminal; nil for files, pipes and `.pager off`.
    private var pagerChoice: PagerChoice? {
        let facts = configuration.facts
        guard redirect == nil, facts.stdoutIsTerminal, settings.pager != .off, !facts.pagerCommand.isEmpty else { return nil }
        return PagerChoice(command: facts.pagerCommand, setting: settings.pager, height: facts.height)
    }

    /// At a terminal, a statement that changes nothing in the session (all but `let`) is
    /// evaluated here and its result shown by a child process, which Ctrl-C kills at once:
    /// rendering cannot be cancelled from inside (a table lays out every row before its
    /// first line), and a large result is where the seconds go. Evaluating here keeps what
    /// the session builds (indexes, the audit, the last result for `.last`); a Ctrl-C
    /// during evaluation is seen as soon as it ends, and nothing is shown. The child
    /// reports its own write errors; its status says what happened: 0 shown, 1 the
    /// `.output` file failed, 2 stdout failed.
    private func executeInChild(_ text: String, origin: InputOrigin) -> StepResult {
        let started = DispatchTime.now()
        let outcome = interpreter.run(text)
        guard !Interruption.isRequested else {
            _ = finishResult()
            return .failed
        }
        switch outcome {
        case .incomplete: return .incomplete
        case .failure(let diagnostics):
            report(diagnostics, in: text, origin: origin)
            return .failed
        case .message(let message):
            write(message + "\n")
            addToRecord(text, result: nil, message: message)
        case .rows(let result):
            lastResult = result
            addToRecord(text, result: result, message: nil)
            redirect?.sink.flush()
            stdout.flush()
            stderr.flush()
            let shown = InterruptibleRendering.run { () -> Int32 in
                show(result)
                let redirectStatus: Int32 = finishRedirect() ? 0 : 1
                stdout.flush()
                if let failure = stdout.takeFailure() { fail(failure.description); return 2 }
                return redirectStatus
            }
            switch shown {
            case .finished(0): break
            case .finished(2): standardOutputBroken = true
            case .finished: redirectFailed = true
            case .interrupted:
                Interruption.request()
                _ = finishResult()
                return .failed
            }
        }
        reportTime(since: started)
        record(text)
        return finishResult() ? .succeeded : .failed
    }

    private func reportTime(since started: DispatchTime) {
        guard settings.timer, !quiet else { return }
        let milliseconds = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1_000_000
        stderr.write("time: \(String(format: "%.3f", milliseconds)) ms\n")
        stderr.flush()
    }

    /// Flushes the result and ends a `.once` redirection; false when the result was cut
    /// short by Ctrl-C or could not be written (said on stderr).
    private func finishResult() -> Bool {
        let interrupted = Interruption.isRequested
        let written = finishRedirect() && !redirectFailed
        redirectFailed = false
        if redirect?.once == true { endRedirect() }
        stdout.flush()
        if interrupted { fail("interrupted: the output of the statement is incomplete") }
        return checkStandardOutput() && written && !interrupted
    }

    /// Flushes the `.output` file; false (said on stderr) when it could not be written.
    private func finishRedirect() -> Bool {
        guard let redirect else { return true }
        redirect.sink.flush()
        guard let failure = redirect.sink.takeFailure() else { return true }
        fail(failure.description)
        return false
    }

    /// A failed write to stdout ends the run: what follows would be lost too. Reported
    /// once; the exit status then says the output is incomplete.
    @discardableResult
    func checkStandardOutput() -> Bool {
        if standardOutputBroken {
            quitRequested = true
            return false
        }
        guard stdout.failure != nil else { return true }
        if let untold = stdout.takeFailure() {
            fail(untold.description)
            quitRequested = true
        }
        return false
    }

    func endRedirect() {
        redirect?.sink.close()
        redirect = nil
    }

    // MARK: Recording

    /// Adds an accepted statement or setting to the session (and its journal).
    func record(_ entry: String) {
        guard !dryRun, let warning = recorder.record(entry) else { return }
        warn(warning)
    }

    func remember(typed line: String) {
        guard history.add(line) else { return }
        onHistoryChange?(history)
        saveHistory([line])
    }

    /// Merges entries into the history file, which other revqs may be writing too.
    func saveHistory(_ entries: [String]) {
        guard configuration.keepsHistoryFile, !historyFailed else { return }
        do { try HistoryFile(path: configuration.paths.historyFile, limit: history.limit).merge(entries) } catch {
            historyFailed = true
            warn("the history cannot be saved: \(error)")
        }
    }

    // MARK: Writing

    func write(_ text: String) {
        (redirect?.sink ?? stdout).write(text)
    }

    /// A message for the person at the terminal, never into an `.output` file.
    func say(_ text: String) {
        guard !quiet else { return }
        stdout.write(text + "\n")
        stdout.flush()
    }

    /// Prose for the person at the terminal (help): broken at spaces at its edge, never
    /// inside a word; as it is into a pipe.
    func sayProse(_ text: String) {
        say(configuration.facts.stdoutIsTerminal ? Prose.wrap(text, width: configuration.facts.width) : text)
    }

    /// A notice about what a command did (saved, opened, resumed): on the terminal in a
    /// session, on stderr in a script so that stdout holds only results.
    func notify(_ text: String) {
        guard !quiet else { return }
        guard configuration.journals else {
            stdout.flush()
            stderr.write(text + "\n")
            stderr.flush()
            return
        }
        say(text)
    }

    func report(_ diagnostics: [Diagnostic], in text: String, origin: InputOrigin) {
        let rendered = DiagnosticFormatter.render(diagnostics, in: text, origin: origin)
        emit(configuration.facts.stderrIsTerminal ? wrapProse(of: rendered) : rendered)
    }

    /// A problem at a place named in words ("revq", "<stdin>:3", a session file's
    /// line), rendered by the same formatter as a statement's diagnostics.
    func complain(_ diagnostic: Diagnostic, at place: String) {
        emit(DiagnosticFormatter.render(diagnostic, at: place))
    }

    /// Writes rendered diagnostics on stderr, after what stdout holds so far, with the
    /// `error:` labels coloured when stderr takes colour.
    private func emit(_ rendered: String) {
        stdout.flush()
        stderr.write(ANSIStyle(isEnabled: configuration.facts.colorOnStderr).diagnostic(rendered) + "\n")
        stderr.flush()
    }

    /// A diagnostic's message and hint lines wrapped at the terminal's edge; the quoted
    /// statement and its caret line stay whole, so the caret stays under its word.
    private func wrapProse(of diagnostic: String) -> String {
        diagnostic.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            let text = String(line)
            let isQuote = text.contains(" | ") || text.hasSuffix(" |")
            return isQuote ? text : Prose.wrap(text, width: configuration.facts.width)
        }.joined(separator: "\n")
    }

    func fail(_ message: String) {
        complain(Diagnostic(.error, message, at: nil), at: "revq")
    }

    func warn(_ message: String) {
        complain(Diagnostic(.warning, message, at: nil), at: "revq")
    }
}
