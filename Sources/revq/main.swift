import Glibc
import RevqCommandLine
import RevqREPL

// Swift reads each argument as UTF-8, a byte that is not becoming U+FFFD: a file name in
// another encoding would then name another file, so it is refused before anything runs.
if let problem = InvalidArgument.first(in: CommandLine.unsafeArgv, count: Int(CommandLine.argc)) {
    let message = Array("revq: error: \(problem)\n".utf8)
    _ = message.withUnsafeBytes { write(STDERR_FILENO, $0.baseAddress, $0.count) }
    exit(1)
}
let arguments = Array(CommandLine.arguments.dropFirst())
// The common invocations skip the argument parser's start-up cost (QuickArguments).
if let options = QuickArguments.parse(arguments) { exit(Launcher.run(options)) }
if let asked = QuickArguments.version(arguments) {
    exit(Launcher.printAnswer(VersionText.describe(datasetOption: asked.dataset)))
}
// The parser's completion scripts offer `help` (as for a command with subcommands), so
// revq takes it: `revq help` is `revq --help`.
if arguments == ["help"] { exit(Launcher.printAnswer(Revq.helpMessage())) }
do {
    let command = try Revq.parse(arguments)
    if command.version { exit(Launcher.printAnswer(VersionText.describe(datasetOption: command.dataset))) }
    exit(Launcher.run(command.options(arguments: arguments)))
} catch {
    // Help and completion scripts are a clean exit of the parser, printed here so that a
    // failed write shows in the status (the parser's own print ignores it); usage errors exit 2.
    if Revq.exitCode(for: error) == .success { exit(Launcher.printAnswer(Revq.fullMessage(for: error))) }
    let message = Array((Revq.usageProblem(for: error) + "\n").utf8)
    _ = message.withUnsafeBytes { write(STDERR_FILENO, $0.baseAddress, $0.count) }
    exit(2)
}
