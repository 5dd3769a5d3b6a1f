import Foundation
import RevqCore
import RevqEngine
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
    /// The lines of a statement still being typed, so completion on a continuation line
    /// sees the whole statement.
    var pendingStatement = ""
    /// Set after the first failed write of the history file, so it is reported once.
    private var historyFailed = false

    init(store: Store, configuration: Configuration, stdout: OutputSink = .standardOutput(), stderr: OutputSink = .standardError()) {
        self.store = store
        self.configuration = configuration
        self.stdout = stdout
        self.stderr = stderr
        self.recorder = SessionRecorder(journalDirectory: configuration.journals ? configuration.paths.journalsDirectory : nil)
        self.history = configuration.keepsHistoryFile ? HistoryList.load(from: configuration.paths.historyFile) : HistoryList()
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
            if !quiet { write(message + "\n") }
            addToRecord(text, result: nil, message: message)
        }
        reportTime(since: started)
        record(text)
        finishResult()
        return .succeeded
    }

    private func show(_ result: ResultSet) {
        let target = redirect?.sink ?? stdout
        var spec = OutputSpec(mode: settings.mode, headers: settings.headers, width: configuration.facts.width,
                              color: redirect == nil && configuration.facts.colorOnStdout)
        spec.unicode = LocaleEncoding.isUTF8(ProcessInfo.processInfo.environment)
        ResultPrinter.print(result, spec: spec, to: target, notes: stderr)
    }

    private func reportTime(since started: DispatchTime) {
        guard settings.timer, !quiet else { return }
        let milliseconds = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1_000_000
        stderr.write("time: \(String(format: "%.3f", milliseconds)) ms\n")
        stderr.flush()
    }

    /// Flushes the result and ends a `.once` redirection.
    private func finishResult() {
        if let redirect {
            redirect.sink.flush()
            if let failure = redirect.sink.failure { fail(failure.description) }
            if redirect.once { endRedirect() }
        }
        stdout.flush()
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
        guard configuration.keepsHistoryFile, !historyFailed else { return }
        do { try history.save(to: configuration.paths.historyFile) } catch {
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
        stdout.flush()
        stderr.write(Paint.diagnostic(rendered, enabled: configuration.facts.colorOnStderr) + "\n")
        stderr.flush()
    }

    func fail(_ message: String) {
        stdout.flush()
        stderr.write("revq: \(Paint.error("error:", enabled: configuration.facts.colorOnStderr)) \(message)\n")
        stderr.flush()
    }

    func warn(_ message: String) {
        stderr.write("revq: warning: \(message)\n")
        stderr.flush()
    }
}
