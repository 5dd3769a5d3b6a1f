import Foundation
import RevqCore
import RevqEngine
import RevqReview
import RevqTestSupport
import Testing

/// `limit n with ties` (SQL:2008's FETCH FIRST n ROWS WITH TIES; issue 20): the panel's
/// "the studies with the most Ja in the matrix, ties included". Expected rows are counted
/// from the matrix's Ja cells in the data file, not from revq.
@Suite("limit with ties")
struct WithTiesTests {
    let interpreter = Interpreter(store: BundledStore.shared)
    static let characteristics = [
        "kompetanse", "tidlig_innsats", "rolleavklaring", "kommunikasjon", "relasjon", "fleksibilitet",
    ]

    @Test func theStudiesWithTheMostJa() throws {
        let matrix = try TSVSheet(path: RepositoryPaths.bundledDataset + "/data/matrix.tsv").records
        let ja = matrix.map { record in (record["id"], Self.characteristics.filter { record[$0] == "Ja" }.count) }
        let most = try #require(ja.map(\.1).max())
        let expected = Set(ja.filter { $0.1 == most }.map(\.0))
        #expect(expected.count > 1, "the matrix has a tie at the top")

        let tied = try #require(
            interpreter.run("matrix sort by ja_count desc limit 1 with ties show id, ja_count").resultSet)
        #expect(Set(tied.rows.map { $0[0].text }) == expected)
        #expect(tied.rows.allSatisfy { $0[1] == .integer(most) })
        let one = try #require(interpreter.run("matrix sort by ja_count desc limit 1 show id").resultSet)
        #expect(one.rows.count == 1)
        // A limit past the ties keeps exactly those rows, and one past the end all of them.
        let all = try #require(interpreter.run("matrix sort by ja_count desc limit 99 with ties").resultSet)
        #expect(all.rows.count == matrix.count)
    }

    /// Groups of a count tie on their aggregate: the countries with the most studies.
    @Test func groupsOfACountTie() throws {
        let studies = try TSVSheet(path: RepositoryPaths.bundledDataset + "/data/studies.tsv").records
        let perCountry = Dictionary(grouping: studies.flatMap { $0.list("country") }, by: { $0 }).mapValues(\.count)
        let counts = perCountry.values.sorted(by: >)
        let second = counts[1]
        let expected = perCountry.filter { $0.value >= second }.count
        let result = try #require(
            interpreter.run("count studies by country sort by count desc limit 2 with ties").resultSet)
        #expect(result.rows.count == expected)
        #expect(result.rows.allSatisfy { (Int($0[1].text) ?? 0) >= second })
    }

    @Test func tiesNeedASort() {
        guard case .failure(let diagnostics) = interpreter.run("matrix limit 1 with ties") else {
            Issue.record("accepted")
            return
        }
        #expect(diagnostics[0].problem == .tiesNeedSort)
    }
}
