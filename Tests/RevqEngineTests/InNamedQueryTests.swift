import Foundation
import RevqCore
import RevqEngine
import RevqReview
import RevqTestSupport
import Testing

/// `relation in NAME` (issue 20): a list filtered by a named query of the related source, or
/// of a source whose records relate to it. Expected rows are read from the data files.
@Suite("relation in a named query")
struct InNamedQueryTests {
    static func sheet(_ source: String) throws -> TSVSheet {
        try TSVSheet(path: RepositoryPaths.bundledDataset + "/data/\(source).tsv")
    }

    /// The panel's question: the matrix's interventions of studies that reduced absence.
    @Test func matrixRowsOfStudiesWithAReduction() throws {
        let reducing = Set(
            try Self.sheet("outcomes").records.filter { $0["direction"] == "reduksjon" }.map { $0["study"] })
        let matrix = try Self.sheet("matrix").records
        let expected = matrix.filter { reducing.contains($0["study"]) }.map { $0["id"] }
        #expect(!expected.isEmpty && expected.count < matrix.count)

        let interpreter = Interpreter(store: BundledStore.shared)
        guard case .message = interpreter.run("let eff = outcomes where direction = reduksjon") else {
            Issue.record("let failed")
            return
        }
        let listed = try #require(interpreter.run("matrix where study in eff show id").resultSet)
        #expect(listed.rows.map { $0[0].text } == expected)
        let others = try #require(interpreter.run("count matrix where study not in eff").resultSet)
        #expect(others.rows[0][0] == .integer(matrix.count - expected.count))
    }

    /// A named query of the related source itself: its rows are the related records.
    @Test func aQueryOfTheRelatedSource() throws {
        let studies = try Self.sheet("studies").records
        let american = Set(studies.filter { $0["country"] == "USA" }.map { $0["id"] })
        let expected = try Self.sheet("outcomes").records.filter { american.contains($0["study"]) }.count
        #expect(expected > 0)
        let interpreter = Interpreter(store: BundledStore.shared)
        _ = interpreter.run("let usa = studies where country = USA")
        let counted = try #require(interpreter.run("count outcomes where study in usa").resultSet)
        #expect(counted.rows[0][0] == .integer(expected))
    }

    @Test(
        arguments: [
            ("matrix where intervention in eff", "'intervention in NAME' needs a relation, but 'intervention' is text"),
            // Parentheses forgotten around a value: the field is no relation, so it is no query's name either.
            (
                "findings where theme in kommunikasjon",
                "'theme in NAME' needs a relation, but 'theme' is category:theme"
            ),
            ("matrix where study in nosuch", "unknown source 'nosuch'"),
            ("findings where study in eff", nil),
            (
                "matrix where study in komm",
                "'komm' lists findings, which relate to studies through several fields (study, appendix_study)"
            ),
            (
                "findings where study in komm",
                "'komm' lists findings, which relate to studies through several fields (study, appendix_study)"
            ),
            (
                "outcomes where study in searches",
                "'searches' lists searches, and no field of searches relates to studies"
            ),
        ] as [(String, String?)])
    func errors(statement: String, message: String?) {
        let interpreter = Interpreter(store: BundledStore.shared)
        _ = interpreter.run("let eff = outcomes where direction = reduksjon")
        _ = interpreter.run("let komm = findings where theme = kommunikasjon")
        let outcome = interpreter.run(statement)
        if let message {
            guard case .failure(let diagnostics) = outcome else {
                Issue.record("accepted: \(statement)")
                return
            }
            #expect(diagnostics[0].message == message)
        } else {
            #expect(outcome.resultSet != nil, "\(statement)")
        }
    }
}
