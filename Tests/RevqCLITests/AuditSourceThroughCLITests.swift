import Foundation
import RevqTestSupport
import Testing

/// `audit` is one source of one store: once a statement has built it, the meta-commands
/// see it as the statements do (issue 23).
struct AuditSourceThroughCLITests {
    /// The bug: `sources` listed audit while `.help fields audit` answered "no source 'audit'".
    /// The fields checked are those the README shows the audit with (README.md, lines
    /// 310-318: id, verdict, states, gives).
    @Test(arguments: ["count audit by verdict", "sources"])
    func helpFieldsListsTheAuditOnceAStatementReadIt(statement: String) throws {
        let run = try RevqProcess.run(["-c", statement, "-c", ".help fields audit"], home: TemporaryHome())
        #expect(run.status == 0, "\(run.stderr)")
        #expect(!run.stderr.contains("no source"), "\(run.stderr)")
        let help = try #require(run.stdout.range(of: "\naudit: ").map { String(run.stdout[$0.upperBound...]) })
        for field in ["id", "verdict", "states", "gives"] {
            #expect(help.contains("\n  \(field) "), "field \(field) listed")
        }
    }
}
