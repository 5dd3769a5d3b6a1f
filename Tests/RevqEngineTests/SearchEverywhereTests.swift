import Foundation
import RevqCore
import RevqEngine
import RevqReview
import RevqTestSupport
import Testing

/// `search words` (issue 20): "what does the review say about home visits?" in one
/// statement, over every source, each with the query that lists its rows.
@Suite("search in every source")
struct SearchEverywhereTests {
    @Test func eachSourceRowIsWhatItsQueryFinds() throws {
        let interpreter = Interpreter(store: BundledStore.shared)
        let result = try #require(interpreter.run("search hjemmebesøk").resultSet)
        #expect(result.columns.map(\.name) == ["source", "rows", "places", "statement"])
        #expect(result.rows.count >= 4)
        for row in result.rows {
            let listed = try #require(interpreter.run(row[3].text).resultSet, "\(row[3].text)")
            #expect(row[1] == .integer(listed.rows.count), "\(row[3].text)")
        }
        // Line 835 ("Tre studier fra USA omhandlet hjemmebesøk fra skolen") is an outcome's
        // section and the findings' Tabell 9 names home visits: both sources are listed.
        #expect(SourceText.review.line(835).contains("hjemmebesøk"))
        let sources = Set(result.rows.map { $0[0].text })
        #expect(sources.isSuperset(of: ["findings", "outcomes", "sections", "studies", "matrix"]))
    }

    /// The records whose text holds the word as written are all found (the search finds
    /// inflections too, so it may find more).
    @Test func everyRecordThatWritesTheWordIsFound() throws {
        let interpreter = Interpreter(store: BundledStore.shared)
        let result = try #require(interpreter.run("search hjemmebesøk").resultSet)
        let findings = try TSVSheet(path: RepositoryPaths.bundledDataset + "/data/findings.tsv")
        let writing = findings.records.filter { record in
            findings.header.filter { $0 != "source" }.contains { record[$0].lowercased().contains("hjemmebesøk") }
        }.count
        let row = try #require(result.rows.first { $0[0].text == "findings" })
        #expect(writing > 0)
        if case .integer(let found) = row[1] { #expect(found >= writing) } else { Issue.record("no count") }
    }

    /// After the audit is computed, `~` still reaches what the thesaurus lists: SMS finds
    /// the outcomes that write "tekstmeldinger" (the computed source once dropped it).
    @Test func theThesaurusSurvivesTheAudit() throws {
        let interpreter = Interpreter(store: BundledStore.shared)
        let before = try #require(interpreter.run("count outcomes where ~ SMS").resultSet).rows[0][0]
        #expect(before != .integer(0))
        _ = interpreter.run("count audit")
        #expect(try #require(interpreter.run("count outcomes where ~ SMS").resultSet).rows[0][0] == before)
    }
}
