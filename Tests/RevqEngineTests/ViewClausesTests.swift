import Foundation
import Testing
import RevqCore
import RevqEngine
import RevqTestSupport

/// Views are queries (issue 21): `profile`, `soqf` and `check` take `show`, `sort by` and
/// `limit` over their columns. Expected rows are read from findings.tsv.
@Suite("show, sort by and limit on views")
struct ViewClausesTests {
    let interpreter = Interpreter(store: BundledStore.shared)
    static let findings = try! TSVSheet(path: RepositoryPaths.bundledDataset + "/data/findings.tsv").records

    @Test func profileShowsWhatItIsAskedInTheOrderAsked() throws {
        let theme = Self.findings.filter { $0["theme"] == "Tiltak fra skolen" }
        let expected = theme.sorted { Int($0["number"])! > Int($1["number"])! }.prefix(3).map { [$0["number"], $0["confidence"], $0["adequacy"]] }
        #expect(expected.count == 3)
        let result = try #require(interpreter.run(
            "profile where theme = 'Tiltak fra skolen' show number, confidence, adequacy sort by number desc limit 3").resultSet)
        #expect(result.columns.map(\.name) == ["number", "confidence", "adequacy"])
        #expect(result.rows.map { $0.map(\.text) } == expected)
    }

    @Test func soqfTakesShowToo() throws {
        let high = Self.findings.filter { $0["confidence"] == "høy" }.map { $0["number"] }
        let result = try #require(interpreter.run("soqf where confidence = høy show number").resultSet)
        #expect(result.rows.map { $0[0].text } == high)
        #expect(!result.heading.isEmpty, "the SoQF keeps its title lines")
    }

    /// The profile's default columns put confidence beside the finding, so a table at 100
    /// columns that hides columns never hides it.
    @Test func confidenceComesRightAfterTheFinding() throws {
        let result = try #require(interpreter.run("profile where number = 16").resultSet)
        #expect(Array(result.columns.map(\.name).prefix(4)) == ["theme", "number", "finding", "confidence"])
    }

    @Test func anUnknownColumnNamesTheViewsColumns() {
        guard case .failure(let diagnostics) = interpreter.run("profile show confidnce") else {
            Issue.record("accepted")
            return
        }
        #expect(diagnostics[0].message == "unknown field 'confidnce' in 'profile'")
        #expect(diagnostics[0].hint?.contains("confidence") == true)
    }
}
