import Foundation
import RevqCore
import RevqEngine
import RevqReview
import RevqTestSupport
import Testing

/// Views are queries (issue 21): `profile`, `soqf` and `check` take `show`, `sort by` and
/// `limit` over their columns. Expected rows are read from findings.tsv.
@Suite("show, sort by and limit on views")
struct ViewClausesTests {
    let interpreter = Interpreter(store: BundledStore.shared)
    static let findings = try! TSVSheet(path: RepositoryPaths.bundledDataset + "/data/findings.tsv").records

    @Test func profileShowsWhatItIsAskedInTheOrderAsked() throws {
        let theme = Self.findings.filter { $0["theme"] == "Tiltak fra skolen" }
        let expected = theme.sorted { Int($0["number"])! > Int($1["number"])! }.prefix(3).map {
            [$0["number"], $0["confidence"], $0["adequacy"]]
        }
        #expect(expected.count == 3)
        let result = try #require(
            interpreter.run(
                "profile where theme = 'Tiltak fra skolen' show number, confidence, adequacy sort by number desc limit 3"
            ).resultSet)
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

    /// `why N` takes the clauses too: the components of finding 16 (Vedlegg 4's levels).
    @Test func whyTakesShow() throws {
        let finding = try #require(Self.findings.first { $0["number"] == "16" })
        let result = try #require(interpreter.run("why 16 show part, name, level").resultSet)
        #expect(result.columns.map(\.name) == ["part", "name", "level"])
        let components = result.rows.filter { $0[0].text == "component" }
        #expect(components.map { $0[1].text } == ["limitations", "coherence", "adequacy", "relevance"])
        #expect(
            components.map { $0[2].text } == ["limitations", "coherence", "adequacy", "relevance"].map { finding[$0] })
    }

    /// `grid` draws the scale fields its `show` names, in its order; the rows sort and cut
    /// as a query's (ja_count read from matrix.tsv).
    @Test func gridTakesShowSortAndLimit() throws {
        let matrix = try TSVSheet(path: RepositoryPaths.bundledDataset + "/data/matrix.tsv").records
        let characteristics = [
            "kompetanse", "tidlig_innsats", "rolleavklaring", "kommunikasjon", "relasjon", "fleksibilitet",
        ]
        let ja = { (record: TSVSheet.Record) in characteristics.filter { record[$0] == "Ja" }.count }
        let top = matrix.enumerated().sorted { (ja($0.element), -$0.offset) > (ja($1.element), -$1.offset) }.prefix(3)
        let result = try #require(
            interpreter.run("grid matrix show relasjon, kompetanse sort by ja_count desc limit 3").resultSet)
        #expect(result.columns.map(\.name) == ["study", "relasjon", "kompetanse"])
        #expect(
            result.rows.map { [$0[1].text, $0[2].text] }
                == top.map { [$0.element["relasjon"], $0.element["kompetanse"]] })
        guard case .failure(let diagnostics) = interpreter.run("grid matrix show study") else {
            Issue.record("accepted")
            return
        }
        #expect(
            diagnostics[0].problem
                == .notOnTheGrid(
                    field: "study", source: "matrix",
                    fields: [
                        "kompetanse", "tidlig_innsats", "rolleavklaring", "kommunikasjon", "relasjon", "fleksibilitet",
                    ]))
    }
}
