import Foundation
import RevqCore
import RevqEngine
import RevqReview
import RevqTestSupport
import Testing

/// The panel's last questions (issue 20): confidence levels across themes in percent, and
/// findings supported by studies from at least three countries. Expected values are
/// worked out from the data files read as text, not from revq.
@Suite("percent and count(distinct ...)")
struct PercentAndDistinctTests {
    let interpreter = Interpreter(store: BundledStore.shared)
    static let findings = try! TSVSheet(path: RepositoryPaths.bundledDataset + "/data/findings.tsv").records
    static let countries: [String: [String]] = {
        let studies = try! TSVSheet(path: RepositoryPaths.bundledDataset + "/data/studies.tsv").records
        return Dictionary(uniqueKeysWithValues: studies.map { ($0["id"], $0.list("country")) })
    }()

    @Test func percentIsTheShareOfEveryRowCounted() throws {
        let result = try #require(interpreter.run("count findings by confidence show count, percent").resultSet)
        let total = Self.findings.count
        #expect(total == 33)
        for row in result.rows {
            let level = row[0].text
            let count = Self.findings.filter { $0["confidence"] == level }.count
            #expect(row[1] == .integer(count), "\(level)")
            let expected = (Double(count) * 1000 / Double(total)).rounded() / 10
            #expect(row[2] == (count == 0 ? .number(0) : .number(expected)), "\(level)")
        }
    }

    @Test func aCrosstabOfPercentsHasTheThemesShareAsItsMargin() throws {
        let result = try #require(interpreter.run("count findings by theme, confidence show percent").resultSet)
        let kommunikasjon = Self.findings.filter { $0["theme"] == "Kommunikasjon" }
        let moderat = kommunikasjon.filter { $0["confidence"] == "moderat" }.count
        let row = try #require(result.rows.first { $0[0].text == "Kommunikasjon" && $0[1].text == "moderat" })
        #expect(row[2] == .number((Double(moderat) * 1000 / 33).rounded() / 10))
    }

    /// The countries of a finding's studies, each once.
    static func distinctCountries(_ finding: TSVSheet.Record) -> Int {
        Set(finding.list("study").flatMap { countries[$0] ?? [] }).count
    }

    @Test func findingsSupportedFromAtLeastThreeCountries() throws {
        let expected = Self.findings.filter { Self.distinctCountries($0) >= 3 }.map { $0["number"] }
        #expect(!expected.isEmpty && expected.count < Self.findings.count)
        let result = try #require(
            interpreter.run("findings where count(distinct study.country) >= 3 show number").resultSet)
        #expect(result.rows.map { $0[0].text } == expected)
        let negated = try #require(interpreter.run("count findings where count(distinct study.country) != 1").resultSet)
        #expect(negated.rows[0][0] == .integer(Self.findings.filter { Self.distinctCountries($0) != 1 }.count))
    }

    @Test func countOfValuesInShow() throws {
        let result = try #require(
            interpreter.run("count findings by number show count(study), count(distinct study.country)").resultSet)
        #expect(result.rows.count == Self.findings.count)
        for (row, finding) in zip(result.rows, Self.findings) {
            #expect(row[1] == .integer(finding.list("study").count), "finding \(finding["number"])")
            #expect(row[2] == .integer(Self.distinctCountries(finding)), "finding \(finding["number"])")
        }
    }

    /// A count of distinct values does not add up over parts: no stacked bars of it.
    @Test func distinctValuesAreNotStacked() {
        guard
            case .failure(let diagnostics) = interpreter.run(
                "chart stacked count findings by theme, confidence show count(distinct study)")
        else {
            Issue.record("accepted")
            return
        }
        #expect(diagnostics[0].message.contains("does not add up"))
    }
}
