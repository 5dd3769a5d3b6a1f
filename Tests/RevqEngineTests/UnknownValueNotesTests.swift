import Foundation
import RevqCore
import RevqEngine
import RevqReview
import RevqTestSupport
import Testing

/// A negative condition keeps rows that have no value; the answer says how many, so that a
/// panel never reads "not high risk" into a rating the report does not give.
@Suite("Notes on rows kept for lack of a value")
struct UnknownValueNotesTests {
    let interpreter = Interpreter(store: BundledStore.shared)

    /// Line 617: of the eight RCTs "to til moderat risiko og to til høy risiko", unnamed;
    /// line 1624 names one of the high (86, Cook). Three RCTs then have no rating in the
    /// text, and `bias != høy` keeps them without evidence.
    @Test func aRatingTheReportDoesNotGiveIsCounted() throws {
        #expect(SourceText.review.line(617).contains("to til moderat risiko og to til høy risiko"))
        #expect(SourceText.review.line(1624).contains("den har høy risiko for systematiske skjevheter"))
        let unnamed = 2 + 2 - 1
        let result = try #require(interpreter.run("count studies where kind != kvalitativ and bias != høy").resultSet)
        let counted = try #require(result.rows.first?.first)
        let note = try #require(result.notes.first { $0.contains("no value of bias") })
        #expect(note.hasPrefix("\(unnamed) of the \(counted.text) rows"))
        #expect(note.contains("add 'and bias is not empty' to leave them out"))
    }

    /// `no informants = elever` keeps every study whose informants are not recorded
    /// (counted here from the raw data file).
    @Test func noOverASetCountsTheRowsWithoutValues() throws {
        let studies = try TSVSheet(path: RepositoryPaths.bundledDataset + "/data/studies.tsv")
        try #require(studies.header.contains("informants"))
        let unrecorded = studies.records.filter { $0["informants"].isEmpty }.count
        let result = try #require(interpreter.run("studies where no informants = elever").resultSet)
        #expect(
            result.notes.contains {
                $0.hasPrefix("\(unrecorded) of the \(result.rows.count) rows have no value of informants")
            })
    }

    /// A positive condition, or an emptiness test, needs no such note.
    @Test(arguments: [
        "count studies where bias = høy", "studies where bias is empty", "count studies where kind != kvalitativ",
    ])
    func otherConditionsAddNoNote(statement: String) throws {
        let result = try #require(interpreter.run(statement).resultSet)
        #expect(!result.notes.contains { $0.contains("to leave them out") })
    }
}
