import RevqREPL
import RevqRender

/// The argument vectors scripts use, read without swift-argument-parser: its reflection
/// and protocol-conformance lookups cost every start of the static binary several times
/// what the whole statement costs (BENCHMARKS.md).
///
/// It reads the names from `CommandLineOption`, as the parser does, and either declines
/// (nil) or gives exactly what `Revq.parse` gives; anything it is not sure of (help,
/// `--version`, `--`, `=` forms, combined or unknown flags, a repeated flag or single
/// option, a value that is empty or begins with `-`) it declines, and the parser answers.
///
///     QuickArguments.parse(["--format", "csv", "-c", "sources"])?.format   // .csv
///     QuickArguments.parse(["--help"])                                     // nil
package enum QuickArguments {
    package static func parse(_ arguments: [String]) -> LaunchOptions? {
        var options = LaunchOptions()
        var seen: Set<CommandLineOption> = []
        var position = 0
        while position < arguments.count {
            let name = arguments[position]
            position += 1
            guard let option = CommandLineOption.named(name) else { return nil }
            let spec = option.spec
            // A flag or single option given twice, a second format, or --rc with --no-rc is
            // the parser's to judge.
            guard spec.repeats || seen.insert(option.sameChoice).inserted else { return nil }
            var value = ""
            if spec.valueName != nil {
                guard position < arguments.count, isPlainValue(arguments[position]) else { return nil }
                value = arguments[position]
                position += 1
            }
            guard apply(option, spelled: name, value: value, to: &options) else { return nil }
        }
        return options
    }

    /// A value the parser reads as a value: not empty, not option-like.
    static func isPlainValue(_ argument: String) -> Bool {
        guard let first = argument.utf8.first else { return false }
        return first != UInt8(ascii: "-")
    }

    /// Sets what `option`, spelled `name`, sets (with `value` if it takes one); false for
    /// a value it does not take (an unknown format or colour), and for what only the parser
    /// answers: help, the version, a completion script.
    static func apply(_ option: CommandLineOption, spelled name: String, value: String, to options: inout LaunchOptions)
        -> Bool
    {
        switch option {
        case .command: options.inputs.append(.command(value))
        case .file: options.inputs.append(.file(value))
        case .dataset: options.dataset = value
        case .output: options.output = value
        case .format:
            guard let mode = OutputMode(rawValue: value) else { return false }
            options.format = mode
        case .color:
            guard let choice = ColorChoice(rawValue: value) else { return false }
            options.color = choice
        case .formatShorthand:
            guard let shorthand = FormatShorthand(rawValue: String(name.dropFirst(2))) else { return false }
            options.format = shorthand.mode
        case .noHeader: options.headers = false
        case .echo: options.echo = true
        case .rc: options.rc = name == "--rc"
        case .bail: options.bail = true
        case .noHistory: options.noHistory = true
        case .noJournal: options.noJournal = true
        case .resume: options.resume = true
        case .allowWrites: options.allowWrites = true
        case .version, .generateCompletionScript, .help: return false
        }
        return true
    }
}

extension CommandLineOption {
    /// The format shorthands and `--format` name one choice: a second of them declines.
    fileprivate var sameChoice: CommandLineOption { self == .formatShorthand ? .format : self }
}
