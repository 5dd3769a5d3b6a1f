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

/// The command line as swift-argument-parser reads it, and its help, with the names and
/// help of `CommandLineOption`. `QuickArguments` reads the common invocations without it,
/// and a test holds the two to the same answers.
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

    // Names and help come from `CommandLineOption`'s table; the property's type says how the
    // value parses, and `completion` what the shells offer for it.
    @Option(name: .table(.command), help: .table(.command))
    package var commands: [String] = []

    @Option(name: .table(.file), help: .table(.file), completion: .file())
    package var files: [String] = []

    @Option(name: .table(.format), help: .table(.format))
    package var format: OutputMode?

    @Flag(help: nil)
    package var formatShorthands: [FormatShorthand] = []

    @Flag(name: .table(.noHeader), help: .table(.noHeader))
    package var noHeader = false

    @Option(name: .table(.output), help: .table(.output), completion: .file())
    package var output: String?

    @Flag(name: .table(.echo), help: .table(.echo))
    package var echo = false

    @Option(name: .table(.color), help: .table(.color))
    package var color: ColorChoice = .auto

    @Option(name: .table(.dataset), help: .table(.dataset), completion: .directory)
    package var dataset: String?

    @Flag(name: .table(.bail), help: .table(.bail))
    package var bail = false

    @Flag(name: .table(.noHistory), help: .table(.noHistory))
    package var noHistory = false

    @Flag(name: .table(.noJournal), help: .table(.noJournal))
    package var noJournal = false

    @Flag(name: .table(.resume), help: .table(.resume))
    package var resume = false

    @Flag(name: .table(.allowWrites), help: .table(.allowWrites))
    package var allowWrites = false

    // `--no-rc`, the table's second name, is the inversion the parser makes of the first.
    @Flag(name: .table(.rc, count: 1), inversion: .prefixedNo, exclusivity: .exclusive, help: .table(.rc))
    package var rc: Bool?

    @Flag(name: .table(.version), help: .table(.version))
    package var version = false

    package init() {}

    /// `--format X` and its shorthands name one format, however often.
    package mutating func validate() throws {
        let named = Set(formatShorthands.map(\.mode) + (format.map { [$0] } ?? []))
        guard named.count <= 1 else {
            throw ValidationError(
                "two output formats given: " + named.map(\.rawValue).sorted().joined(separator: " and ") + "; give one")
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
        let (commandNames, fileNames) = (CommandLineOption.command.spec.names, CommandLineOption.file.spec.names)
        for argument in arguments {
            let name = argument.split(separator: "=", maxSplits: 1).first.map(String.init) ?? argument
            if commandNames.contains(name) || (argument.hasPrefix("-c") && !argument.hasPrefix("--")),
                let next = commands.popFirst()
            {
                ordered.append(.command(next))
            } else if fileNames.contains(name) || (argument.hasPrefix("-f") && !argument.hasPrefix("--")),
                let next = files.popFirst()
            {
                ordered.append(.file(next))
            }
        }
        return ordered + commands.map { .command($0) } + files.map { .file($0) }
    }

    package func options(arguments: [String]) -> LaunchOptions {
        var options = LaunchOptions(
            inputs: inputs(arguments: arguments), format: chosenFormat, color: color, dataset: dataset,
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
        return DiagnosticFormatter.render(
            Diagnostic(.error, message, at: nil, hint: .revqUsage(usageString())), at: "revq")
    }
}

extension NameSpecification {
    /// The names the table gives `option` (only its first `count`, if given), as the parser
    /// spells them.
    static func table(_ option: CommandLineOption, count: Int = .max) -> NameSpecification {
        NameSpecification(
            option.spec.names.prefix(count).map { name in
                name.hasPrefix("--") ? .customLong(String(name.dropFirst(2))) : .customShort(name.last!)
            })
    }
}

extension ArgumentHelp {
    /// The help line and value name the table gives `option`.
    static func table(_ option: CommandLineOption) -> ArgumentHelp {
        ArgumentHelp(option.spec.help ?? "", valueName: option.spec.valueName)
    }
}
