import RevqREPL
import RevqRender

/// The argument vectors scripts use, read without swift-argument-parser: its reflection
/// and protocol-conformance lookups cost some 11 million instructions at every start of the
/// static binary, several times what the whole statement costs.
///
/// It either declines (nil) or gives exactly what `Revq.parse` gives; anything it is not
/// sure of (help, `--version`, `--`, `=` forms, combined or unknown flags, a repeated
/// flag or single option, a value that is empty or begins with `-`) it declines, and the
/// parser, which stays the one definition of the command line, answers.
///
///     QuickArguments.parse(["--format", "csv", "-c", "sources"])?.format   // .csv
///     QuickArguments.parse(["--help"])                                     // nil
package enum QuickArguments {
    package static func parse(_ arguments: [String]) -> LaunchOptions? {
        var options = LaunchOptions()
        var seen: Set<String> = []
        var position = 0
        while position < arguments.count {
            let name = arguments[position]
            position += 1
            if let flag = Flag(name) {
                // A flag given twice, or a second format, is the parser's to judge.
                guard seen.insert(flag.canonicalName).inserted else { return nil }
                flag.apply(to: &options)
                continue
            }
            guard let option = Option(name), position < arguments.count, isPlainValue(arguments[position]) else { return nil }
            let value = arguments[position]
            position += 1
            guard option.repeats || seen.insert(option.canonicalName).inserted,
                  option.apply(value, to: &options) else { return nil }
        }
        return options
    }

    /// A value the parser reads as a value: not empty, not option-like.
    static func isPlainValue(_ argument: String) -> Bool {
        guard let first = argument.utf8.first else { return false }
        return first != UInt8(ascii: "-")
    }

    enum Flag {
        case bail, noHistory, noJournal, resume, allowWrites, noHeader, echo, rc, noRC
        case format(OutputMode)

        init?(_ name: String) {
            switch name {
            case "--bail": self = .bail
            case "--no-history": self = .noHistory
            case "--no-journal": self = .noJournal
            case "--resume": self = .resume
            case "--allow-writes": self = .allowWrites
            case "--no-header": self = .noHeader
            case "-e", "--echo": self = .echo
            case "--rc": self = .rc
            case "--no-rc": self = .noRC
            case "--csv", "--tsv", "--json", "--jsonl", "--markdown": self = .format(OutputMode(rawValue: String(name.dropFirst(2)))!)
            default: return nil
            }
        }

        /// Shared with `--format`, so that a second format declines; `--rc` with `--no-rc`
        /// likewise.
        var canonicalName: String {
            switch self {
            case .format: return "format"
            case .rc, .noRC: return "rc"
            default: return "\(self)"
            }
        }

        func apply(to options: inout LaunchOptions) {
            switch self {
            case .bail: options.bail = true
            case .noHistory: options.noHistory = true
            case .noJournal: options.noJournal = true
            case .resume: options.resume = true
            case .allowWrites: options.allowWrites = true
            case .noHeader: options.headers = false
            case .echo: options.echo = true
            case .rc: options.rc = true
            case .noRC: options.rc = false
            case .format(let mode): options.format = mode
            }
        }
    }

    enum Option {
        case command, file, format, color, dataset, output

        init?(_ name: String) {
            switch name {
            case "-c", "--command": self = .command
            case "-f", "--file": self = .file
            case "--format": self = .format
            case "--color": self = .color
            case "--dataset": self = .dataset
            case "-o", "--output": self = .output
            default: return nil
            }
        }

        var repeats: Bool { self == .command || self == .file }
        var canonicalName: String { "\(self)" }

        /// False for a value the option does not take (an unknown format or colour).
        func apply(_ value: String, to options: inout LaunchOptions) -> Bool {
            switch self {
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
            }
            return true
        }
    }
}
