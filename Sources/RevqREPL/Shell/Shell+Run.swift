import Glibc
import RevqCore
import RevqEngine

extension Shell {
    static let prompt = "revq> "
    static let continuationPrompt = "   ...> "

    /// Runs every line `reader` gives: statements (over one or more lines) and
    /// meta-commands, until the input ends, `.quit`, or a failure under `--bail`.
    func run(_ reader: LineReader, policy: InputPolicy) -> RunOutcome {
        let assembler = StatementAssembler()
        let (outer, outerInput) = (pendingAssembler, currentInput)
        (pendingAssembler, currentInput) = (assembler, policy)
        defer { (pendingAssembler, currentInput) = (outer, outerInput) }
        var outcome = RunOutcome()
        var number = 0
        while !quitRequested {
            let prompt = assembler.isPending ? Self.continuationPrompt : Self.prompt
            let line: String
            switch reader.readLine(prompt: prompt) {
            case .interrupted:
                assembler.reset()
                continue
            case .endOfInput:
                if assembler.isHeld {
                    // Its own error, not "unfinished": the error is what the user must fix.
                    let text = assembler.text
                    _ = execute(
                        interpreter.prepare(text), text: text,
                        origin: InputOrigin(name: policy.name, firstLine: policy.isTyped ? 1 : assembler.firstLine))
                    outcome.failures += 1
                } else if assembler.isPending {
                    reportUnfinished(assembler, policy: policy)
                    countFailure(&outcome)
                }
                return outcome
            case .overlong(let bytes):
                reportOverlong(line: number + 1, bytes: bytes, policy: policy)
                countFailure(&outcome)
                return outcome
            case .unreadable(let code):
                output.fail(
                    "cannot read \(policy.name): \(String(cString: strerror(code))); revq stops reading it here")
                countFailure(&outcome)
                return outcome
            case .skipped(let bytes):
                // As the assembler skips a statement too long: the statement it is part
                // of is dropped, and reading goes on at the next line.
                number += 1
                let first = assembler.isPending ? assembler.firstLine : number
                assembler.reset()
                output.complain(
                    Diagnostic(
                        .error, "the statement starting here is longer than \(Self.mebibytes(bytes)); it is skipped",
                        at: nil),
                    at: "\(policy.name):\(first)")
                outcome.failures += 1
                if policy.bail {
                    outcome.stopped = true
                    return outcome
                }
                continue
            case .line(let text):
                line = number == 0 ? text.droppingByteOrderMark : text
            }
            number += 1
            guard let (entry, result) = step(assembler, line: line, number: number, policy: policy) else { continue }
            // Spelt for history only when typed: a script's statements are not remembered.
            if policy.isTyped { history.remember(typed: Self.historyLine(of: entry)) }
            if result == .failed {
                countFailure(&outcome)
                if policy.bail {
                    outcome.stopped = true
                    return outcome
                }
            }
        }
        outcome.stopped = true
        return outcome
    }

    /// A statement of a batch failed: the exit status says so even when stdout's reader
    /// closes the pipe later (`revq -c nosuch -c sections | head -1`). A terminal session
    /// exits 0 whatever failed, and a session checked on a scratch shell fails as a whole.
    private func countFailure(_ outcome: inout RunOutcome) {
        outcome.failures += 1
        if !configuration.journals && !dryRun { OutputSink.noteFailure() }
    }

    /// Feeds one line; returns the finished entry (as typed) and its result, or nil while
    /// a statement is still being gathered.
    private func step(_ assembler: StatementAssembler, line: String, number: Int, policy: InputPolicy) -> (
        String, StepResult
    )? {
        switch assembler.feed(line, number: number) {
        case .skip, .more:
            return nil
        case .tooLong(let firstLine):
            output.complain(
                Diagnostic(
                    .error,
                    "the statement starting here is longer than \(Self.mebibytes(assembler.limit)); it is skipped",
                    at: nil),
                at: "\(policy.name):\(firstLine)")
            return ("", .failed)
        case .meta(let text):
            let origin = InputOrigin(name: policy.name, firstLine: policy.isTyped ? 1 : number)
            return (text, executeMeta(text, origin: origin, policy: policy))
        case .candidate(let text):
            // Prepared once: the same preparation says whether it is whole and runs it.
            let preparation = interpreter.prepare(text)
            // Still open: only whether it can go on matters. Wrong already, it is held
            // whole until it closes, so that its later lines never run as statements.
            if !assembler.ends {
                switch preparation {
                case .incomplete: return nil
                case .failure:
                    assembler.hold()
                    return nil
                case .ready: break
                }
            }
            let origin = InputOrigin(name: policy.name, firstLine: policy.isTyped ? 1 : assembler.firstLine)
            let result = execute(preparation, text: text, origin: origin)
            if result == .incomplete { return nil }
            assembler.reset()
            return (text, result)
        }
    }

    /// A statement as history keeps it: on one line, so Up recalls it whole; each of its
    /// lines without spaces at either end. A script's one-line statements, nearly all of
    /// them, skip the split and join.
    static func historyLine(of text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "\n")) else { return text.trimmingSpaces() }
        return text.split(separator: "\n").map { $0.trimmingSpaces() }.joined(separator: " ")
    }

    /// The input ended inside a statement: say where it started and that it is unfinished.
    private func reportUnfinished(_ assembler: StatementAssembler, policy: InputPolicy) {
        let text = assembler.text
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let end = SourceLocation(offset: text.count, line: lines.count, column: (lines.last?.count ?? 0) + 1)
        let diagnostic = Diagnostic(
            .error, "the input ends inside an unfinished statement",
            at: SourceRange(start: end, end: end),
            hint: .closeOpenStatement)
        output.report(
            [diagnostic], in: text,
            origin: InputOrigin(name: policy.name, firstLine: policy.isTyped ? 1 : assembler.firstLine))
    }

    /// A line with no end in sight (`revq < /dev/zero`): there is no next statement to
    /// find without reading without bound, so the input ends here.
    private func reportOverlong(line: Int, bytes: Int, policy: InputPolicy) {
        output.complain(
            Diagnostic(
                .error,
                "the line is longer than \(Self.mebibytes(bytes)) (no line end); revq stops reading \(policy.name) here",
                at: nil),
            at: "\(policy.name):\(line)")
    }

    static func mebibytes(_ bytes: Int) -> String {
        "\(bytes >> 20) MiB"
    }

    /// Runs a whole text as a script: `-c`, `-f`, and session files.
    func runScript(_ text: String, policy: InputPolicy) -> RunOutcome {
        run(StringLineReader(text), policy: policy)
    }
}

extension Shell {
    /// `-f FILE`: a script, or a session file (checked whole first, and kept from writing
    /// files unless `--allow-writes`).
    func runFile(_ path: String, bail: Bool) -> RunOutcome {
        let text: String
        switch ScriptFile.open(path) {
        case .failure(let problem):
            output.fail(problem.description)
            return RunOutcome(failures: 1, stopped: true)
        case .success(.stream(let descriptor)):
            // A pipe or device (`-f <(...)`, `-f /dev/stdin`) is read as it comes, with
            // the same line limit as stdin.
            defer { close(descriptor) }
            return run(BufferedLineReader(descriptor: descriptor), policy: InputPolicy(name: path, bail: bail))
        case .success(.text(let whole)):
            text = whole
        }
        guard SessionText.kind(of: text) != nil else {
            return runScript(text, policy: InputPolicy(name: path, bail: bail))
        }
        let policy = InputPolicy(name: path, bail: bail, isSession: true)
        guard let checked = sessions.read(at: path), scratch().runScript(checked, policy: policy).failures == 0 else {
            return RunOutcome(failures: 1, stopped: true)
        }
        return runScript(checked, policy: policy)
    }
}
