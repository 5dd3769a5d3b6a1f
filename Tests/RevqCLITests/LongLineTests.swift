import Foundation
import RevqTestSupport
import Testing

/// A line over 64 MiB with its line end is one statement too long, on stdin as through
/// `-f`: skipped with an error that says so, and the next statement runs (issue 25: on
/// stdin it was called endless and ended the input).
@Suite(.serialized)
struct LongLineTests {
    /// 65 MiB: past the limit by more than the reader's block, so the reader meets the
    /// limit before the line end.
    static let longLine =
        "findings where " + String(repeating: "number = 1 or ", count: (65 << 20) / 14) + "number = 2\n"

    @Test(arguments: [false, true])
    func aLineOver64MiBIsSkippedAndTheNextStatementRuns(throughFile: Bool) throws {
        let home = try TemporaryHome()
        let input = Self.longLine + "sources\n"
        let run: RevqProcess.Result
        if throughFile {
            try input.write(toFile: home.file("long.revq"), atomically: false, encoding: .utf8)
            run = try RevqProcess.run(["--format", "csv", "-f", home.file("long.revq")], home: home)
        } else {
            run = try RevqProcess.run(["--format", "csv"], stdin: input, home: home)
        }
        let name = throughFile ? home.file("long.revq") : "<stdin>"
        #expect(run.status == 1)
        #expect(
            run.stderr.contains("\(name):1: error: the statement starting here is longer than 64 MiB; it is skipped"),
            "\(run.stderr.prefix(400))")
        #expect(!run.stderr.contains("no line end"))
        #expect(run.stdout.hasPrefix("source,rows,description"), "\(run.stdout.prefix(200))")
    }
}
