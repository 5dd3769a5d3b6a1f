/// An option of revq's command line. `declaration` is the one place each is described:
/// the argument parser (`Revq`) and the quick path (`QuickArguments`) read their names
/// from it, `--help` its help, and scripts/generate writes revq(1)'s OPTIONS from it.
///
///     CommandLineOption.named("--command")   // .command
///     CommandLineOption.command.spec.names   // ["-c", "--command"]
package enum CommandLineOption: Int, CaseIterable, Sendable {
    case command, file, format, formatShorthand, noHeader, output, echo, rc, color, dataset
    case bail, noHistory, noJournal, resume, allowWrites, version, generateCompletionScript, help

    /// The option spelled `name`; nil for any other word.
    package static func named(_ name: String) -> CommandLineOption? {
        specs.firstIndex { $0.names.contains(name) }.map { allCases[$0] }
    }

    /// Its names, value, help and manual entry, as `declaration` gives them.
    package var spec: CommandLineOptionSpec { Self.specs[rawValue] }

    /// Every option's spec, built once: the quick path reads it at every start. A plain
    /// array, as an array of tuples needs its type's metadata looked up at run time.
    private static let specs = allCases.map { $0.declaration }
}

/// What one option is called, what value it takes and what it does, in the words of
/// `--help` and of revq(1).
package struct CommandLineOptionSpec: Sendable {
    /// Every spelling, the short one first: `-c`, `--command`.
    package let names: [String]
    /// The name of its value (`STATEMENT`); nil for a flag.
    package var valueName: String?
    /// May be given more than once, each adding to the list (`-c`, `-f`).
    package var repeats = false
    /// Its line in `--help`; nil where the parser writes its own (`-h`, the format
    /// shorthands' one line each).
    package let help: String?
    /// Its entry in revq(1)'s OPTIONS, in the markup of `RoffText`: `*typed*`, `_replaced_`.
    package let manual: String
}
