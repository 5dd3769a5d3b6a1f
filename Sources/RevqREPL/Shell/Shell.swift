import RevqCore
import RevqEngine
import RevqRender
import RevqReview

/// Runs statements and meta-commands against one store; what they give goes through
/// `output`: results to stdout (or the `.output` file), errors to stderr.
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

    /// Runs the statements, and owns the review: the store is read through it (`store`),
    /// never kept here, so a source it computes (`audit`) is seen everywhere once built.
    /// Cheap to make: it indexes a source only when a statement first needs it.
    let interpreter: Interpreter
    let configuration: Configuration
    var settings = ShellSettings()
    /// Where results, messages and diagnostics go.
    let output: OutputRouter
    /// `.record FILE`: the panel's record being written (issue 10).
    var panelRecord: PanelRecord?
    /// The record could not be written after the statement now finishing: it fails.
    private var recordFailed = false
    /// Checking a session before restoring it: nothing is written or recorded.
    var dryRun = false
    /// The session's entries, its journal, and its files.
    let sessions: SessionKeeper
    /// What a person typed, in memory and in the history file.
    let history: HistoryKeeper
    var quitRequested = false
    /// The statement being gathered by the innermost run of lines.
    var pendingAssembler: StatementAssembler?
    /// What the innermost run of lines reads: typed lines, a file, a session.
    var currentInput: InputPolicy?
    /// The lines of a statement still being typed, so completion on a continuation line
    /// sees the whole statement (joined only when asked: joining on every line would
    /// make long statements quadratic).
    var pendingStatement: String {
        guard let pendingAssembler, pendingAssembler.isPending else { return "" }
        return pendingAssembler.text + "\n"
    }
    /// The last result shown, for `.last`.
    var lastResult: ResultSet?
    /// How many `.read` files are running, one inside another.
    var readDepth = 0

    init(
        store: Store, configuration: Configuration, stdout: OutputSink = .standardOutput(),
        stderr: OutputSink = .standardError()
    ) {
        self.interpreter = Interpreter(store: store, review: Reviewer())
        self.configuration = configuration
        self.output = OutputRouter(
            facts: configuration.facts, noticesOnTerminal: configuration.journals, stdout: stdout, stderr: stderr)
        self.sessions = SessionKeeper(
            paths: configuration.paths, datasetName: configuration.datasetName,
            journals: configuration.journals, output: output)
        self.history = HistoryKeeper(
            file: configuration.keepsHistoryFile ? HistoryFile(path: configuration.paths.historyFile) : nil,
            output: output)
    }

    /// A shell over the same store (with what it computed so far) and a fresh interpreter,
    /// for checking a session file without touching this one.
    func scratch() -> Shell {
        var scratchConfiguration = configuration
        scratchConfiguration.journals = false
        scratchConfiguration.keepsHistoryFile = false
        let shell = Shell(
            store: store, configuration: scratchConfiguration, stdout: .discarding(), stderr: output.stderr)
        shell.output.quiet = true
        shell.dryRun = true
        return shell
    }

    // MARK: Statements

    /// Runs a statement prepared once by the interpreter (`Interpreter.prepare`); `text`
    /// is what was typed, echoed and reported against even when it is not a statement.
    func execute(_ preparation: Preparation, text: String, origin: InputOrigin) -> StepResult {
        // `.echo on`: a statement still open is echoed once, when it is whole.
        if settings.echo, case .incomplete = preparation {} else { echo(text) }
        switch preparation {
        case .incomplete:
            return .incomplete
        case .failure(let diagnostics):
            reportFailure(diagnostics, in: text, origin: origin)
            return .failed
        case .ready(let prepared):
            return execute(prepared, origin: origin)
        }
    }

    /// Runs a statement and shows what it gave. At a terminal, a statement that changes
    /// nothing in the session (all but `let`) is evaluated here and its result shown by a
    /// child process, which Ctrl-C kills at once: rendering cannot be cancelled from inside
    /// (a table lays out every row before its first line), and a large result is where the
    /// seconds go. Evaluating here keeps what the session builds (indexes, the audit, the
    /// last result for `.last`); a Ctrl-C during evaluation is seen as soon as it ends, and
    /// nothing is shown.
    private func execute(_ prepared: PreparedStatement, origin: InputOrigin) -> StepResult {
        // The printer remembers which sinks already hold a machine-format result (for the
        // blank line between results), which a child would forget: those run here.
        let inChild =
            configuration.journals && !output.quiet && !dryRun && !settings.mode.isMachineFormat
            && !prepared.changesSession
        let started = ContinuousClock.now
        let outcome = interpreter.run(prepared)
        if inChild && Interruption.isRequested {
            _ = finishResult()
            return .failed
        }
        switch outcome {
        case .incomplete:
            return .incomplete
        case .failure(let diagnostics):
            reportFailure(diagnostics, in: prepared.text, origin: origin)
            return .failed
        case .rows(let result):
            if refusesPicture(of: result, prepared, origin: origin) { return .failed }
            if inChild {
                if let stopped = showInChild(result, of: prepared) { return stopped }
            } else {
                if !output.quiet { show(result) }
                addToRecord(prepared, result: result, message: nil)
            }
        case .message(let message):
            say(message)
            addToRecord(prepared, result: nil, message: message)
        }
        reportTime(since: started)
        record(prepared.text)
        return finishResult() ? .succeeded : .failed
    }

    /// Adds a statement's result to the record and shows it through a child process; nil
    /// when shown, `.failed` when Ctrl-C or the child's crash stopped it.
    private func showInChild(_ result: ResultSet, of prepared: PreparedStatement) -> StepResult? {
        lastResult = result
        addToRecord(prepared, result: result, message: nil)
        switch output.showInChild(result, settings: settings) {
        case .shown:
            return nil
        case .interrupted:
            Interruption.request()
        case .crashed:
            // `.last` would show it here, in the session's own process.
            lastResult = nil
        }
        _ = finishResult()
        return .failed
    }

    /// A `let`'s confirmation; a script's machine-format output holds results only.
    private func say(_ message: String) {
        if !output.quiet && settings.mode.isMachineFormat && output.redirect == nil {
            output.notify(message)
        } else if !output.quiet {
            output.write(message + "\n")
        }
    }

    /// svg draws charts and grids: a table in svg is an error at the statement that names
    /// the modes that show it, and nothing is written.
    private func refusesPicture(of result: ResultSet, _ prepared: PreparedStatement, origin: InputOrigin) -> Bool {
        guard output.mode(settings) == .svg, result.drawing == nil else { return false }
        output.report(
            [
                Diagnostic(
                    .error, SVGRenderer.refusal, at: prepared.range,
                    hint: .drawOrChangeMode)
            ], in: prepared.text, origin: origin)
        return true
    }

    /// Shows a result; on a terminal `.rowlimit` may cut it, unless `whole` (`.last`).
    func show(_ result: ResultSet, whole: Bool = false) {
        lastResult = result
        output.show(result, settings: settings, whole: whole)
    }

    /// A statement's errors; the first one's hint names revq's form when the statement
    /// is another tool's (`SELECT ...`, `\dt`).
    private func reportFailure(_ diagnostics: [Diagnostic], in text: String, origin: InputOrigin) {
        var shown = diagnostics
        if let hint = ForeignCommands.hint(forStatement: text), let first = shown.first {
            shown[0] = first.replacingHint(with: hint)
        }
        output.report(shown, in: text, origin: origin)
    }

    private func reportTime(since started: ContinuousClock.Instant) {
        if settings.timer { output.reportTime(since: started) }
    }

    /// Flushes the result and ends a `.once` redirection; false when the result was cut
    /// short by Ctrl-C or could not be written (said on stderr).
    private func finishResult() -> Bool {
        let finished = output.finishResult()
        let recorded = !recordFailed
        recordFailed = false
        return checkStandardOutput() && finished && recorded
    }

    /// A failed write to stdout ends the run: what follows would be lost too. Reported
    /// once; the exit status then says the output is incomplete.
    @discardableResult
    func checkStandardOutput() -> Bool {
        guard output.checkStandardOutput() else {
            quitRequested = true
            return false
        }
        return true
    }

    // MARK: Recording

    /// Adds an accepted statement or setting to the session (and its journal).
    func record(_ entry: String) {
        guard !dryRun else { return }
        // Typed lines exist nowhere else; a file's (the rc file, .read, a session) are in it.
        sessions.record(entry, onlyCopy: currentInput?.isTyped ?? true)
    }

    /// Adds a statement that ran to the record, if one is being written. A record that
    /// cannot be written (a full disk) is closed, and fails the statement.
    func addToRecord(_ statement: PreparedStatement, result: ResultSet?, message: String?) {
        guard let record = panelRecord, !dryRun else { return }
        let sources = result.map { PanelRecord.sources(of: $0, sourceName: statement.sourceName, store: store) } ?? []
        let text = statement.text.trimmingSpacesAndNewlines()
        do { try record.add(.init(statement: text, result: result, message: message, sources: sources)) } catch {
            output.fail("the record cannot be written (\(error)); it is closed")
            panelRecord = nil
            recordFailed = true
        }
    }
}
