import Foundation
import RevqCore
import RevqEngine
import RevqReview
import RevqTestSupport
import Testing

/// Issue 23, item 7: each problem of the catalogue has a stable id, listed in the README
/// with what it means and a statement that raises it.
@Suite struct ProblemIdTests {
    /// The ids as first given. An id is never changed nor given to another problem: a new
    /// problem takes a new id at the end of its group, and this list only grows.
    static let frozen: [(String, String)] = [
        ("R101", "unclosedQuote"), ("R102", "unexpectedCharacter"), ("R103", "controlCharacter"),
        ("R104", "invalidUTF8"), ("R105", "lonelyBang"),
        ("R201", "expected"), ("R202", "emptyStatement"), ("R203", "whereAfterBy"), ("R204", "clauseTwice"),
        ("R205", "limitTooLarge"), ("R206", "nestingTooDeep"),
        ("R301", "unknownSource"), ("R302", "alreadyASource"), ("R303", "notARelation"), ("R304", "unknownField"),
        ("R305", "needsOrder"), ("R306", "searchNeedsText"), ("R307", "notAValue"), ("R308", "notANumber"),
        ("R309", "noSuchRecord"), ("R310", "inQueryNeedsRelation"), ("R311", "queryNotRelated"), ("R312", "emptyValue"),
        ("R313", "nothingToSearch"),
        ("R401", "countSortsByGroups"), ("R402", "tiesNeedSort"), ("R403", "scoreNeedsSearch"),
        ("R404", "percentNeedsGroup"),
        ("R405", "aggregateNeeds"), ("R406", "aggregateTooLarge"), ("R407", "notExplainable"), ("R408", "noGrid"),
        ("R409", "notOnTheGrid"), ("R410", "notChartable"), ("R411", "chartNeedsNumbers"),
        ("R412", "stackedNeedsAdditive"),
        ("R413", "stackedNeedsCrosstab"), ("R414", "viewNeedsFindings"), ("R415", "noSuchFinding"),
    ]

    /// The problems no short statement raises on the bundled review (the README says why).
    static let withoutExample: Set<String> = ["R202", "R206", "R406", "R407", "R410", "R414"]

    @Test func theIdsAreTheFrozenOnes() {
        let given = ProblemKind.allCases.map { ($0.id, "\($0)") }
        #expect(given.map(\.0) == Self.frozen.map(\.0))
        #expect(given.map(\.1) == Self.frozen.map(\.1))
        #expect(Set(given.map(\.0)).count == given.count, "no id twice")
        #expect(given.allSatisfy { $0.0.wholeMatch(of: /R[1-4]\d\d/) != nil })
        #expect(Problem.unknownField("x", source: "findings").kind.id == "R304")
        #expect(ProblemKind(id: "r304") == .unknownField)
    }

    /// The README's table (id, what it means, example) is the catalogue's, both ways.
    @Test func theReadmeListsTheCatalogue() throws {
        let rows = try Self.readmeRows()
        #expect(rows.map(\.id) == ProblemKind.allCases.map(\.id))
        for kind in ProblemKind.allCases {
            guard let row = rows.first(where: { $0.id == kind.id }) else { continue }
            #expect(row.summary == kind.summary, "\(kind.id)")
            #expect(row.example == Self.readmeCell(kind.example), "\(kind.id)")
        }
        #expect(Set(ProblemKind.allCases.filter { $0.example == nil }.map(\.id)) == Self.withoutExample)
    }

    /// Each example, run in a fresh session on the bundled review, raises exactly its
    /// problem: the statements before the last succeed, the last fails with that one problem.
    @Test(arguments: ProblemKind.allCases.filter { $0.example != nil })
    func theExampleRaisesItsProblem(kind: ProblemKind) throws {
        let statements = try #require(kind.example)
        let interpreter = Interpreter(store: BundledStore.shared)
        for statement in statements.dropLast() {
            #expect(interpreter.run(statement).diagnostics.isEmpty, "\(statement)")
        }
        let diagnostics = interpreter.run(statements.last!).diagnostics
        #expect(diagnostics.map { $0.problem?.kind } == [kind], "\(kind.id): \(diagnostics.map(\.message))")
    }

    /// `.help R304` and the README show an example as revq shows a statement.
    static func readmeCell(_ example: [String]?) -> String {
        example.map { $0.map { "`" + VisibleText.escaped($0) + "`" }.joined(separator: ", then ") } ?? "—"
    }

    static func readmeRows() throws -> [(id: String, summary: String, example: String)] {
        let readme = try String(contentsOfFile: RepositoryPaths.root + "/README.md", encoding: .utf8)
        let section = try #require(readme.components(separatedBy: "## Problems and their ids\n").dropFirst().first)
        let body = section.components(separatedBy: "\n## ").first ?? section
        return body.split(separator: "\n").filter { $0.hasPrefix("| R") }.map { line in
            let cells = line.split(separator: "|", omittingEmptySubsequences: false).map {
                $0.trimmingCharacters(in: .whitespaces)
            }
            return (cells[1], cells[2], cells[3])
        }
    }
}
