// revq-generate: writes the parts of repository files that come from revq's own tables
// (the fuzz dictionary's words, revq(1)'s OPTIONS and DOT-COMMANDS). scripts/generate runs it.
//
//     revq-generate ROOT           rewrite the files that are not current
//     revq-generate --check ROOT   name them and exit 1, writing nothing
import FoundationEssentials
import Glibc
import RevqArtifacts
import RevqCore
import RevqData

func fail(_ message: String, status: Int32) -> Never {
    let bytes = Array(("revq-generate: " + message + "\n").utf8)
    _ = bytes.withUnsafeBytes { write(STDERR_FILENO, $0.baseAddress, $0.count) }
    exit(status)
}

var arguments = Array(CommandLine.arguments.dropFirst())
let checking = arguments.first == "--check"
if checking { arguments.removeFirst() }
guard arguments.count == 1, let root = arguments.first else { fail("usage: revq-generate [--check] ROOT", status: 2) }

let schema: Schema
do {
    schema = try DatasetLoader.load(directory: root + "/Datasets/review").schema
} catch {
    fail("the bundled review does not load:\n\(error)", status: 1)
}

var stale: [String] = []
for file in GeneratedFile.all(schema: schema) {
    do {
        let path = root + "/" + file.path
        let current = try String(contentsOfFile: path, encoding: .utf8)
        let written = try file.rewrite(current)
        guard written != current else { continue }
        stale.append(file.path)
        if !checking {
            try written.write(toFile: path, atomically: true, encoding: .utf8)
            print("wrote \(file.path)")
        }
    } catch {
        fail("\(file.path): \(error)", status: 1)
    }
}
if checking && !stale.isEmpty {
    fail("not current, run scripts/generate: " + stale.joined(separator: ", "), status: 1)
}
