import Glibc
import RevqCore
import RevqData
import RevqRender
import RevqReview

package let revqVersion = "0.1.0"

/// What the command line asked for, parsed by `revq`'s main.
package struct LaunchOptions: Sendable, Equatable {
    /// `-c STATEMENT` and `-f FILE`, in the order given.
    package enum Input: Sendable, Equatable {
        case command(String)
        case file(String)
    }

    package var inputs: [Input]
    package var format: OutputMode?
    package var color: ColorChoice
    package var dataset: String?
    package var bail: Bool
    package var noHistory: Bool
    package var resume: Bool
    package var allowWrites: Bool
    /// `--no-header`: as `.headers off`.
    package var headers = true
    /// `-o FILE`: all output to FILE, as `.output FILE`.
    package var output: String?
    /// `-e`: as `.echo on`.
    package var echo = false
    /// `--rc` (true) or `--no-rc` (false); nil: the rc file is read at a terminal only.
    package var rc: Bool?
    /// `--no-journal`: as `.journal off` from the start.
    package var noJournal = false

    package init(
        inputs: [Input] = [], format: OutputMode? = nil, color: ColorChoice = .auto, dataset: String? = nil,
        bail: Bool = false, noHistory: Bool = false, resume: Bool = false, allowWrites: Bool = false
    ) {
        (self.inputs, self.format, self.color, self.dataset) = (inputs, format, color, dataset)
        (self.bail, self.noHistory, self.resume, self.allowWrites) = (bail, noHistory, resume, allowWrites)
    }
}

/// Starts revq: loads the dataset, then runs the inputs, stdin, or a terminal session.
/// Returns the exit status: 0 when every statement succeeded, 1 when any failed.
package enum Launcher {
    package static func run(_ options: LaunchOptions) -> Int32 {
        signal(SIGPIPE, SIG_IGN)
        let environment = ProcessEnvironment.current
        let facts = TerminalFacts(environment: environment, color: options.color)
        let stderr = OutputSink.standardError()
        let store: Store
        let datasetPath: String
        let compiledClaims: DerivedCacheFile?
        switch loadDataset(options.dataset) {
        case .success(let loaded):
            (store, datasetPath, compiledClaims) = loaded
        case .failure(let problem):
            stderr.write(problem.rendered(for: DiagnosticTarget(color: facts.colorOnStderr)) + "\n")
            stderr.flush()
            return problem.status
        }
        let interactive = options.inputs.isEmpty && facts.isInteractive
        let configuration = Shell.Configuration(
            paths: RevqPaths(environment: environment), facts: facts,
            datasetName: datasetPath, allowWrites: options.allowWrites,
            keepsHistoryFile: interactive && !options.noHistory, journals: interactive)
        let shell = Shell(store: store, configuration: configuration, stderr: stderr)
        let reviewer = shell.interpreter.review as? Reviewer
        reviewer?.compiledClaimsStorage = compiledClaims
        if let words = compiledClaims?.sibling(named: "words") { shell.interpreter.keepWordIndexes(in: words) }
        // Claims kept with the store: checked where the store was compiled, never later one
        // source at a time (decoding the claims table again for each).
        if compiledClaims?.storeCompiledNow == true { reviewer?.storeEveryClaim(in: shell.interpreter.queryContext) }
        // The process exits as soon as this returns (main calls exit): freeing the store
        // object by object on the way out only costs time, so the shell is kept and the
        // memory left to exit.
        defer { _ = Unmanaged.passRetained(shell) }
        if let path = options.output, !shell.startOutput(to: path) { return 1 }
        applyCommandLine(options, to: shell)
        let rcFailures = (options.rc ?? interactive) ? readRC(shell, asked: options.rc == true) : 0
        // The command line has the last word over the rc file.
        applyCommandLine(options, to: shell)
        if interactive { return runInteractive(shell, options: options) }
        let status = runBatch(shell, options: options)
        return status == 0 && rcFailures > 0 ? 1 : status
    }

    /// The settings the command line gives (`--format`, `--no-header`, `-e`,
    /// `--no-journal`); those it does not give stay as they are.
    private static func applyCommandLine(_ options: LaunchOptions, to shell: Shell) {
        if let format = options.format { shell.settings.mode = format }
        if !options.headers { shell.settings.headers = false }
        if options.echo { shell.settings.echo = true }
        if options.noJournal { _ = shell.sessions.recorder.stopJournaling() }
    }

    /// `$XDG_CONFIG_HOME/revq/revqrc`, run as `.read` runs a file: its errors name the
    /// file and line, and none stops the start (nor does a `.quit` in it). A missing file
    /// is no error, unless `--rc` asked for it. The number of lines that failed.
    private static func readRC(_ shell: Shell, asked: Bool) -> Int {
        let path = shell.configuration.paths.rcFile
        var status = stat()
        guard stat(path, &status) == 0 else {
            if asked { shell.output.warn("--rc: there is no rc file at \(path)") }
            return 0
        }
        // A FIFO would hold the start until someone writes to it.
        guard status.st_mode & S_IFMT == S_IFREG else {
            shell.output.warn("the rc file \(path) is not a regular file; it is not read")
            return 1
        }
        let failures = shell.runFile(path, bail: false).failures
        shell.quitRequested = false
        return failures
    }

    private static func runInteractive(_ shell: Shell, options: LaunchOptions) -> Int32 {
        if options.resume { _ = shell.resume() } else { shell.sessions.noticeUnsaved() }
        EditLineReader.prepareLocale()
        let completer = Completer(shell: shell)
        let reader = EditLineReader(history: shell.history.list) { completer.complete(line: $0, cursor: $1) }
        shell.history.onChange = { [unowned reader] in reader.replaceHistory(with: $0) }
        shell.output.say("revq \(revqVersion): type .help for help, Ctrl-D to leave")
        _ = shell.run(reader, policy: InputPolicy(name: "<repl>", isTyped: true))
        shell.output.endRedirect()
        shell.output.stdout.flush()
        // Left by .quit or Ctrl-D with its output intact: the person chose to leave.
        let cleanly = shell.checkStandardOutput() && !shell.output.standardErrorFailed
        shell.sessions.finish(cleanly: cleanly)
        return cleanly ? 0 : 1
    }

    private static func runBatch(_ shell: Shell, options: LaunchOptions) -> Int32 {
        var failures = 0
        if options.resume && !shell.resume() {
            failures += 1
            OutputSink.noteFailure()
        }
        if options.inputs.isEmpty {
            failures +=
                shell.run(
                    BufferedLineReader(descriptor: STDIN_FILENO),
                    policy: InputPolicy(name: "<stdin>", bail: options.bail)
                ).failures
        }
        for input in options.inputs where !(options.bail && failures > 0) && !shell.quitRequested {
            let outcome: RunOutcome
            switch input {
            case .command(let text):
                outcome = shell.runScript(text, policy: InputPolicy(name: "<command line>", bail: options.bail))
            case .file(let path):
                outcome = shell.runFile(path, bail: options.bail)
            }
            failures += outcome.failures
            // A file that cannot be read fails without a statement (see Shell.countFailure).
            if failures > 0 { OutputSink.noteFailure() }
        }
        shell.output.endRedirect()
        shell.output.stdout.flush()
        return failures == 0 && shell.checkStandardOutput() && !shell.output.standardErrorFailed ? 0 : 1
    }

    /// Writes `text`, the whole of what revq was asked for (`--version`, `--help`), to
    /// stdout; the exit status: 0, or 1 after saying on stderr that it could not be
    /// written (`revq --help > /dev/full`).
    package static func printAnswer(_ text: String) -> Int32 {
        let stdout = OutputSink.standardOutput()
        stdout.write(text + "\n")
        stdout.flush()
        guard let failure = stdout.takeFailure() else { return 0 }
        let stderr = OutputSink.standardError()
        stderr.write(DiagnosticFormatter.render(Diagnostic(.error, failure.description, at: nil), at: "revq") + "\n")
        stderr.flush()
        return 1
    }
}
