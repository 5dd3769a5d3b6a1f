import ArgumentParser
import RevqCommandLine
import RevqREPL
import RevqRender
import RevqTestSupport
import Testing

/// The quick path and swift-argument-parser agree: for every vector the quick path takes,
/// the parser gives the same launch options; the rest it leaves to the parser.
struct QuickArgumentsTests {
    /// What the parser makes of `arguments`; nil for help, `--version` or a usage error.
    static func parsed(_ arguments: [String]) -> LaunchOptions? {
        guard let command = try? Revq.parse(arguments), !command.version else { return nil }
        return command.options(arguments: arguments)
    }

    static func options(
        _ inputs: [LaunchOptions.Input], format: OutputMode? = nil, color: ColorChoice = .auto,
        dataset: String? = nil, bail: Bool = false, noHistory: Bool = false, headers: Bool = true,
        output: String? = nil, echo: Bool = false, rc: Bool? = nil, noJournal: Bool = false
    ) -> LaunchOptions {
        var options = LaunchOptions(
            inputs: inputs, format: format, color: color, dataset: dataset, bail: bail, noHistory: noHistory)
        (options.headers, options.output, options.echo, options.rc) = (headers, output, echo, rc)
        options.noJournal = noJournal
        return options
    }

    /// The invocations scripts, the README and the benchmarks use: taken, and read as the
    /// parser reads them.
    @Test(arguments: [
        ([], options([])),
        (["-c", "findings where support = 1"], options([.command("findings where support = 1")])),
        (["--command", "sources"], options([.command("sources")])),
        (["--format", "tsv"], options([], format: .tsv)),
        (
            ["--format", "csv", "-c", "count findings by theme"],
            options([.command("count findings by theme")], format: .csv)
        ),
        (["-f", "script.revq"], options([.file("script.revq")])),
        (["--file", "a.revq", "-c", "x", "-f", "b.revq"], options([.file("a.revq"), .command("x"), .file("b.revq")])),
        (["--dataset", "/tmp/d", "-c", "sources"], options([.command("sources")], dataset: "/tmp/d")),
        (
            ["--color", "never", "--bail", "--no-history", "-c", "a", "-c", "b"],
            options([.command("a"), .command("b")], color: .never, bail: true, noHistory: true)
        ),
        // sqlite3's and psql's habits (issue 22).
        (["--csv", "-c", "sources"], options([.command("sources")], format: .csv)),
        (["--jsonl"], options([], format: .jsonl)),
        (["--markdown", "--no-header", "-c", "x"], options([.command("x")], format: .markdown, headers: false)),
        (
            ["-o", "out.csv", "--tsv", "-e", "-c", "x"],
            options([.command("x")], format: .tsv, output: "out.csv", echo: true)
        ),
        (["--output", "out.json", "--echo", "--json"], options([], format: .json, output: "out.json", echo: true)),
        (["--rc", "-c", "x"], options([.command("x")], rc: true)),
        (["--no-rc"], options([], rc: false)),
        (["--no-journal"], options([], noJournal: true)),
        (["--no-history", "--no-journal", "--resume"], options([], noHistory: true, noJournal: true).resuming),
    ])
    func commonInvocationsTakeTheQuickPath(arguments: [String], expected: LaunchOptions) {
        #expect(QuickArguments.parse(arguments) == expected)
        #expect(Self.parsed(arguments) == expected)
    }

    /// Left to the parser: what it prints (help, version, errors) and forms the quick path
    /// does not read.
    @Test(arguments: [
        ["--help"], ["-h"], ["help"], ["--version"], ["--"], ["--", "-c"], ["-c"], ["--format"],
        ["--format", "yaml"], ["--color", "sometimes"], ["--format=csv"], ["--command=sources"],
        ["-csources"], ["-c", "-"], ["-c", "--bail"], ["-c", ""], ["--bail", "--bail"],
        ["--format", "csv", "--format", "tsv"], ["--dataset", "a", "--dataset", "b"], ["script.revq"],
        ["--generate-completion-script", "bash"], ["--experimental-dump-help"], ["-x"], ["--bogus"],
        ["--csv", "--tsv"], ["--csv", "--format", "json"], ["--format", "csv", "--csv"], ["-e", "--echo"],
        ["-o", "a", "--output", "b"], ["-o"], ["--output=x"], ["-eo", "x"], ["--rc", "--no-rc"],
        ["--no-rc", "--no-rc"],
        ["--no-journal", "--no-journal"], ["--no-journal=1"], ["--journal"],
    ])
    func otherVectorsAreLeftToTheParser(arguments: [String]) {
        #expect(QuickArguments.parse(arguments) == nil)
    }

    /// Vectors drawn from the words of the command line, its values and near misses: the
    /// quick path never takes one the parser reads otherwise or refuses.
    @Test func generatedVectorsAgreeWithTheParser() {
        let words = [
            "-c", "--command", "-f", "--file", "--format", "--color", "--dataset", "--bail",
            "--no-history", "--resume", "--allow-writes", "--version", "-h", "--help", "--", "-",
            "", "csv", "tsv", "json", "table", "never", "always", "auto", "sources", "a b",
            "-cx", "--format=csv", "-fc", "x=y", "--Bail", "-C", "help", "über",
            "--csv", "--tsv", "--json", "--jsonl", "--markdown", "--no-header", "-o", "--output",
            "out.csv", "-e", "--echo", "-E", "--no-headers", "--rc", "--no-rc", "--no-journal", "--journal",
        ]
        var generator = SeededGenerator(seed: 12)
        var taken = 0
        for _ in 0..<3000 {
            let length = Int(generator.next() % 7)
            let arguments = (0..<length).map { _ in words[Int(generator.next() % UInt64(words.count))] }
            guard let quick = QuickArguments.parse(arguments) else { continue }
            taken += 1
            #expect(Self.parsed(arguments) == quick, "\(arguments)")
        }
        // The comparison means something only if the quick path took a fair share.
        #expect(taken > 200)
    }
}

extension LaunchOptions {
    fileprivate var resuming: LaunchOptions {
        var options = self
        options.resume = true
        return options
    }
}
