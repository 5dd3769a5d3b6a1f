import Foundation
import RevqTestSupport
import Testing

/// A statement found wrong while a parenthesis is still open is one statement with one
/// error: its later lines never run as statements of their own (issue 25: the lines
/// after `theme = = x or` printed all 33 findings).
@Suite struct OpenStatementErrorTests {
    private func errors(in stderr: String) -> [Substring] {
        stderr.split(separator: "\n").filter { $0.contains(": error: ") }
    }

    @Test func theLinesAfterAnErrorInsideParenthesesAreItsOwn() throws {
        let home = try TemporaryHome()
        let input = "count findings where (\n  theme = = x or\n  findings\n)\nsources\n"
        let run = try RevqProcess.run(["--format", "csv"], stdin: input, home: home)
        #expect(run.status == 1)
        #expect(
            errors(in: run.stderr) == ["<stdin>:2:11: error: expected a value of theme, found '='"], "\(run.stderr)")
        // Only 'sources' printed rows: what it prints alone.
        let sources = try RevqProcess.run(["--format", "csv", "-c", "sources"], home: home)
        #expect(run.stdout == sources.stdout, "\(run.stdout.prefix(300))")
    }

    /// The input ends before the parenthesis closes: the statement's own error, once.
    @Test func anOpenWrongStatementAtTheEndOfTheInputGetsItsError() throws {
        let home = try TemporaryHome()
        let run = try RevqProcess.run(
            ["--format", "csv"], stdin: "findings where (\n  theme = = x or\n  findings\n", home: home)
        #expect(run.status == 1)
        #expect(
            errors(in: run.stderr) == ["<stdin>:2:11: error: expected a value of theme, found '='"], "\(run.stderr)")
        #expect(run.stdout.isEmpty)
    }

    /// 10,000 nested "(" one per line: one error, at the 101st level, then the next
    /// statement (after the input's own closing line) runs.
    @Test(arguments: [false, true])
    func tenThousandNestedParenthesesGiveOneError(closed: Bool) throws {
        let home = try TemporaryHome()
        let opening = "findings where (\n" + String(repeating: "(\n", count: 9_999)
        let input = opening + (closed ? String(repeating: ")", count: 10_000) + "\nsources\n" : "")
        let run = try RevqProcess.run(["--format", "csv"], stdin: input, home: home)
        #expect(run.status == 1)
        let found = errors(in: run.stderr)
        #expect(found.count == 1, "\(found.prefix(3))")
        #expect(found.first?.hasPrefix("<stdin>:101:1: error: the condition nests deeper than 100 levels") == true)
        #expect(run.stdout.hasPrefix("source,rows") == closed)
    }
}
