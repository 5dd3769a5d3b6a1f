import ArgumentParser
import RevqCore
import RevqREPL
import RevqRender

extension OutputMode: ExpressibleByArgument {}
extension ColorChoice: ExpressibleByArgument {}

/// `--csv`, `--tsv`, `--json`, `--jsonl`, `--markdown`: `--format X` as sqlite3 and
/// DuckDB spell it.
package enum FormatShorthand: String, EnumerableFlag {
    case csv, tsv, json, jsonl, markdown

    package var mode: OutputMode { OutputMode(rawValue: rawValue)! }

    package static func help(for value: FormatShorthand) -> ArgumentHelp? {
        "As --format \(value.rawValue); two different formats are a usage error."
    }
}

/// The command line, and its help: the one definition of what revq accepts.
/// `QuickArguments` reads the common invocations without it, and a test holds the two to
/// the same answers.
package struct Revq: ParsableCommand {
    package static let configuration = CommandConfiguration(
        commandName: "revq",
        abstract: "Query the FHI 2025 review on school-home collaboration and school absenteeism.",
        discussion: """
        Without -c or -f, revq reads statements from a terminal (with line editing and \
        completion) or from stdin. Exit status: 0 when every statement succeeded, 1 when \
        any failed or output could not be written, 2 for a usage error, 130 when a batch \
        is interrupted (Ctrl-C).

        Examples:
          revq -c 'findings where confidence >= moderat and theme = kommunikasjon'
          revq --format csv -c 'count findings by theme'
          printf 'sources\\n' | revq
        """)

    @Option(name: [.customShort("c"), .customLong("command")], help: ArgumentHelp("Run STATEMENT (repeatable; in order with -f).", valueName: "STATEMENT"))
    package var commands: [String] = []

    @Option(name: [.customShort("f"), .customLong("file")], help: ArgumentHelp("Run the statements in FILE (repeatable).", valueName: "FILE"),
            completion: .file())
    package var files: [String] = []

    @Option(help: ArgumentHelp("Output format: \(OutputMode.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "FORMAT"))
    package var format: OutputMode?

    @Flag(help: nil)
    package var formatShorthands: [FormatShorthand] = []

    @Flag(help: "Leave out the header row of csv, tsv and table (as .headers off).")
    package var noHeader = false

    @Option(name: [.customShort("o"), .customLong("output")],
            help: ArgumentHelp("Write all output to FILE (as .output FILE).", valueName: "FILE"), completion: .file())
    package var output: String?

    @Flag(name: [.customShort("e"), .customLong("echo")], help: "Print each statement before its result (as .echo on).")
    package var echo = false

    @Option(help: ArgumentHelp("Colours: auto (on a terminal, unless NO_COLOR or TERM=dumb), always, never.", valueName: "WHEN"))
    package var color: ColorChoice = .auto

    @Option(help: ArgumentHelp("The dataset folder (default: the bundled review, installed or in the checkout).", valueName: "DIR"),
            completion: .directory)
    package var dataset: String?

    @Flag(help: "Stop at the first statement that fails.")
    package var bail = false

    @Flag(help: "Neither read nor write the history file.")
    package var noHistory = false

    @Flag(help: "Keep no journal of a terminal session (as .journal off): a crash then loses what .save did not keep.")
    package var noJournal = false

    @Flag(help: "Restore the most recent unsaved session (left by a crash or a quit without .save).")
    package var resume = false

    @Flag(help: "Let session files opened or replayed write files (.output, .once).")
    package var allowWrites = false

    @Flag(inversion: .prefixedNo, exclusivity: .exclusive,
          help: "Read (--rc) or skip (--no-rc) $XDG_CONFIG_HOME/revq/revqrc; by default it is read at a terminal only.")
    package var rc: Bool?

    @Flag(help: "Show the version, and the dataset revq loads: its folder and content hash.")
    package var version = false

    package init() {}

    /// `--format X` and its shorthands name one format, however often.
    package mutating func validate() throws {
        let named = Set(formatShorthands.map(\.mode) + (format.map { [$0] } ?? []))
        guard named.count <= 1 else {
            throw ValidationError("two output formats given: " + named.map(\.rawValue).sorted().joined(separator: " and ") + "; give one")
        }
    }

    /// The format asked for, by `--format` or a shorthand.
    var chosenFormat: OutputMode? { format ?? formatShorthands.first?.mode }

    /// -c and -f in the order they were given: the parser keeps each list in order, the
    /// raw arguments tell how the two interleave.
    func inputs(arguments: [String]) -> [LaunchOptions.Input] {
        var commands = self.commands[...]
        var files = self.files[...]
        var ordered: [LaunchOptions.Input] = []
        for argument in arguments {
            let name = argument.split(separator: "=", maxSplits: 1).first.map(String.init) ?? argument
            if ["-c", "--command"].contains(name) || (argument.hasPrefix("-c") && !argument.hasPrefix("--")), let next = commands.popFirst() {
                ordered.append(.command(next))
            } else if ["-f", "--file"].contains(name) || (argument.hasPrefix("-f") && !argument.hasPrefix("--")), let next = files.popFirst() {
                ordered.append(.file(next))
            }
        }
        return ordered + commands.map { .command($0) } + files.map { .file($0) }
    }

    package func options(arguments: [String]) -> LaunchOptions {
        var options = LaunchOptions(inputs: inputs(arguments: arguments), format: chosenFormat, color: color, dataset: dataset,
                                    bail: bail, noHistory: noHistory, resume: resume, allowWrites: allowWrites)
        (options.headers, options.output, options.echo, options.rc) = (!noHeader, output, echo, rc)
        options.noJournal = noJournal
        return options
    }
}

extension Revq {
    /// A usage error as every other error of revq reads, through `DiagnosticFormatter`:
    /// the parser's message, then the usage line as a hint.
    ///
    ///     revq: error: unknown option '--bogus'
    ///       = hint: usage: revq [--command <STATEMENT> ...] ...; 'revq --help' says more
    package static func usageProblem(for error: Error) -> String {
        var message = Revq.message(for: error)
        if let first = message.first, first.isUppercase, message.dropFirst().first?.isLowercase == true {
            message = first.lowercased() + message.dropFirst()
        }
        let hint = "usage: " + usageString() + "; 'revq --help' says more"
        return DiagnosticFormatter.render(Diagnostic(.error, message, at: nil, hint: hint), at: "revq")
    }
}
