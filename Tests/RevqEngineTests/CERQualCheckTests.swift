import Foundation
import RevqCore
import RevqEngine
import RevqReview
import RevqTestSupport
import Testing

/// `check` against Tabell 9 and Vedlegg 4 read from the text (with FindingViewsTests'
/// reader): each rule's findings are worked out here from the tables' cells.
@Suite("Views: the CERQual check")
struct CERQualCheckTests {
    let interpreter = Interpreter(store: BundledStore.shared)
    static let table9 = FindingViewsTests.rows(from: "Tabell 9:", to: "Oppsummering av kvalitative funn")
    static let appendix4 = FindingViewsTests.rows(from: "Vedlegg 4: Funn med", to: "Vedlegg 5: Vurdering")

    func fired(_ rule: String) throws -> [Int] {
        guard case .rows(let result) = interpreter.run("check") else {
            Issue.record("check failed")
            return []
        }
        return result.rows.filter { $0[1].text == rule }.map { Int($0[0].text)! }
    }

    static func level(_ cell: String) -> String { FindingViewsTests.level(cell, suffix: "tillit") }

    @Test func highConfidenceOnOneStudy() throws {
        let expected = Self.table9.filter { row in
            Self.level(row.cells[2]) == "høy"
                && row.cells[4].split(separator: ";").filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }.count
                    == 1
        }.map { Int($0.cells[0])! }
        #expect(try fired("high confidence on one study") == expected)
    }

    @Test func seriousConcernsNotRatedDown() throws {
        let expected = Self.appendix4.filter { row in
            Self.level(row.cells[6]) == "høy" && row.cells[2...5].contains { $0.hasPrefix("Alvorlige") }
        }.map { Int($0.cells[0])! }
        #expect(try fired("serious concerns, not rated down") == expected)
    }

    @Test func ratedDownWithoutConcerns() throws {
        let expected = Self.appendix4.filter { row in
            Self.level(row.cells[6]) != "høy" && row.cells[2...5].allSatisfy { $0.hasPrefix("Ingen/svært små") }
        }.map { Int($0.cells[0])! }
        #expect(try fired("rated down without concerns") == expected)
    }

    /// Confidence levels or explanations of the two tables that differ (whitespace and a
    /// final full stop aside, which the data does not keep as a difference).
    @Test func theTablesDiffer() throws {
        var expected: [Int] = []
        for (row9, row4) in zip(Self.table9, Self.appendix4) {
            let explanation9 = FindingViewsTests.withoutFinalStop(SourceText.squeeze(row9.cells[3]))
            let explanation4 = FindingViewsTests.withoutFinalStop(
                SourceText.squeeze(FindingViewsTests.explanation(row4.cells[6])))
            let studies9 = Set(row9.cells[4].split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) })
            let studies4 = Set(row4.cells[7].split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) })
            let differs =
                Self.level(row9.cells[2]) != Self.level(row4.cells[6]) || explanation9 != explanation4
                || studies9 != studies4
            if differs { expected.append(Int(row9.cells[0])!) }
        }
        #expect(Set(try fired("Tabell 9 and Vedlegg 4 differ")) == Set(expected))
    }

    /// Each explanation names a component's level as "LEVEL bekymringer knyttet til WORD";
    /// the rule fires where that level is not Vedlegg 4's cell for the component.
    @Test func explanationNamesAnotherLevel() throws {
        let words = [["metodiske"], ["koherens", "sammenheng"], ["dataomfang"], ["relevans"]]
        var expected: [Int] = []
        for (row9, row4) in zip(Self.table9, Self.appendix4) {
            for text in [row9.cells[3], FindingViewsTests.explanation(row4.cells[6])] {
                let said = SourceText.squeeze(text).lowercased()
                for (index, names) in words.enumerated() {
                    let level = FindingViewsTests.level(row4.cells[2 + index], suffix: "bekymringer")
                    let agrees = names.contains { said.contains("\(level) bekymringer knyttet til \($0)") }
                    if !agrees, !expected.contains(Int(row9.cells[0])!) { expected.append(Int(row9.cells[0])!) }
                }
            }
        }
        #expect(Set(try fired("explanation names another level")) == Set(expected))
    }

    @Test func aSelectionNarrowsTheCheck() {
        guard case .rows(let result) = interpreter.run("check where theme = forebygging") else {
            Issue.record("failed")
            return
        }
        // Forebygging: findings 1 and 2 (Tabell 9); nothing fires on them (finding 27 is the only hit).
        #expect(result.rows.isEmpty)
        #expect(result.notes == ["no rule fires on the 2 findings checked (.help views lists the rules)"])
    }
}
