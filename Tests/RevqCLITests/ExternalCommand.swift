import Foundation
import RevqTestSupport

/// Runs a program other than revq (the install scripts, bash, man, dpkg-deb) through
/// `Subprocess`, with the outputs in files: a script may leave a child holding them open.
///
///     let man = try ExternalCommand.run(["man", "-l", page], home: home)
///     #expect(man.status == 0)
enum ExternalCommand {
    typealias Outcome = Subprocess.Outcome

    static func run(
        _ arguments: [String], home: TemporaryHome, environment: [String: String] = [:],
        currentDirectory: String? = nil
    ) throws -> Outcome {
        try Subprocess.run(
            "/usr/bin/env", arguments, stdin: .handle(FileHandle.nullDevice),
            environment: home.environment.merging(environment) { $1 }, currentDirectory: currentDirectory ?? home.path,
            outputs: .files)
    }
}
