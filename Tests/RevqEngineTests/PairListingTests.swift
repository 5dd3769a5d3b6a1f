import Foundation
import RevqCore
import RevqEngine
import RevqRender
import RevqReview
import RevqTestSupport
import Testing

/// A count by two fields listed one row per pair shows the pairs that some record has, and
/// says how many empty ones it left out (issue 21); machine formats keep every pair.
@Suite("Pair listings")
struct PairListingTests {
    @Test func onlyTheCombinationsThatOccurAreListed() throws {
        let findings = try TSVSheet(path: RepositoryPaths.bundledDataset + "/data/findings.tsv").records
        let pairs = Set(findings.map { $0["theme"] + "|" + $0["confidence"] })
        let themes = Set(findings.map { $0["theme"] }).count
        let interpreter = Interpreter(store: BundledStore.shared)
        let result = try #require(interpreter.run("count findings by theme, confidence show count, percent").resultSet)
        #expect(result.rows.count == themes * 4, "every combination is in the data, four confidence levels")
        let shown = result.displayed()
        #expect(shown.rows.count == pairs.count + 1, "the pairs that occur, then the totals row")
        let empty = themes * 4 - pairs.count
        #expect(
            result.displayNotes.last
                == "\(empty) empty combinations (no record) left out; csv, tsv and json list every one")
        let csv = Renderer.render(result, spec: OutputSpec(mode: .csv))
        #expect(csv.split(whereSeparator: \.isNewline).count == themes * 4 + 1)
    }

    /// A count by one field keeps its zeros: a scale's whole distribution.
    @Test func aCountByOneFieldKeepsItsEmptyGroups() throws {
        let interpreter = Interpreter(store: BundledStore.shared)
        let result = try #require(interpreter.run("count findings where theme = kommunikasjon by confidence").resultSet)
        #expect(result.displayed().rows.count == 4 + 1)
        #expect(result.displayNotes == result.notes)
    }
}
