import Foundation
import RevqTestSupport
import Testing

/// Transcripts: `> line` typed into revq's stdin, then what it answers on stdout and
/// stderr together. Paths under the test's private HOME read `$HOME`.
struct TranscriptTests {
    static let folder = RepositoryPaths.root + "/Tests/RevqCLITests/Transcripts"

    static var names: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".txt") }.sorted()
    }

    @Test(arguments: names)
    func transcript(name: String) throws {
        let text = try String(contentsOfFile: Self.folder + "/" + name, encoding: .utf8)
        var input: [String] = []
        var expected: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) where !line.hasPrefix("#") {
            if line.hasPrefix("> ") {
                input.append(String(line.dropFirst(2)))
            } else if !line.isEmpty {
                expected.append(String(line))
            }
        }
        let home = try TemporaryHome()
        let run = try RevqProcess.runMerged([], stdin: input.joined(separator: "\n") + "\n", home: home)
        let actual = run.replacingOccurrences(of: home.path, with: "$HOME").split(separator: "\n").map(String.init)
        #expect(actual == expected)
    }
}
