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
do {
    let command = try Revq.parse(arguments)
    if command.version { print(VersionText.describe(datasetOption: command.dataset)); exit(0) }
    exit(Launcher.run(command.options(arguments: arguments)))
} catch {
    // Help, --version and completion scripts exit 0 through the parser; usage errors exit 2.
    if Revq.exitCode(for: error) == .success { Revq.exit(withError: error) }
    let message = Array((Revq.usageProblem(for: error) + "\n").utf8)
    _ = message.withUnsafeBytes { write(STDERR_FILENO, $0.baseAddress, $0.count) }
    exit(2)
}
