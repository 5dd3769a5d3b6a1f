import ArgumentParser
import RevqCommandLine
import RevqTestSupport
import Testing

/// `--version` on the quick path: for every vector it takes, the parser also asks for the
/// version, of the same dataset; the rest it leaves to the parser.
struct QuickVersionTests {
    /// What the parser makes of `arguments` when it asks for the version; nil otherwise.
    static func parsed(_ arguments: [String]) -> QuickArguments.VersionRequest? {
        guard let command = try? Revq.parse(arguments), command.version else { return nil }
        return QuickArguments.VersionRequest(dataset: command.dataset)
    }

    @Test(
        arguments: [
            (["--version"], nil),
            (["--version", "--dataset", "/tmp/d"], "/tmp/d"),
            (["--dataset", "review copy", "--version"], "review copy"),
        ] as [([String], String?)])
    func versionTakesTheQuickPath(arguments: [String], dataset: String?) {
        #expect(QuickArguments.version(arguments) == QuickArguments.VersionRequest(dataset: dataset))
        #expect(Self.parsed(arguments) == QuickArguments.version(arguments))
    }

    @Test(arguments: [
        [], ["--dataset", "d"], ["--version", "--version"], ["--version", "--dataset"],
        ["--version", "--dataset", "-c"],
        ["--version", "--dataset", ""], ["--dataset=d", "--version"],
        ["--version", "--dataset", "a", "--dataset", "b"],
        ["--version", "-c", "sources"], ["--version", "--help"], ["-h", "--version"], ["--version", "x"],
        ["--version", "--"],
    ])
    func otherVectorsAreLeftToTheParser(arguments: [String]) {
        #expect(QuickArguments.version(arguments) == nil)
    }

    /// Vectors drawn from the words of the command line: the quick path never takes one the
    /// parser reads otherwise or refuses.
    @Test func generatedVectorsAgreeWithTheParser() {
        let words = [
            "--version", "--dataset", "d", "", "-", "--", "-c", "sources", "--help", "-h", "--dataset=d", "--Version",
            "-v",
        ]
        var generator = SeededGenerator(seed: 24)
        var taken = 0
        for _ in 0..<6000 {
            let length = Int(generator.next() % 5)
            let arguments = (0..<length).map { _ in words[Int(generator.next() % UInt64(words.count))] }
            guard let quick = QuickArguments.version(arguments) else { continue }
            taken += 1
            #expect(Self.parsed(arguments) == quick, "\(arguments)")
        }
        #expect(taken > 60)
    }
}
