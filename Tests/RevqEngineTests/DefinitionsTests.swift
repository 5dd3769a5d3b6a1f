import Foundation
import RevqCore
import RevqEngine
import RevqReview
import RevqTestSupport
import Testing

/// `describe findings` and `.help cerqual` say what the GRADE-CERQual terms mean in the
/// report's words: Tabell 1's adequacy row (lines 374-375), Tabell 2's Moderat row (396-397).
@Suite("Views: the report's definitions")
struct DefinitionsTests {
    let interpreter = Interpreter(store: BundledStore.shared)
    static let adequacy = SourceText.review.line(375).trimmingCharacters(in: .whitespaces)
    static let moderat = SourceText.review.line(397).trimmingCharacters(in: .whitespaces)

    @Test func theQuotedLinesAreTheTables() {
        #expect(SourceText.review.line(374).contains("Dataens omfang og dybde"))
        #expect(SourceText.review.line(396).contains("Moderat tillit"))
    }

    @Test func describeFindingsQuotesTheDefinitions() throws {
        guard case .rows(let result) = interpreter.run("describe findings") else {
            Issue.record("failed")
            return
        }
        let description = { (field: String) in result.rows.first { $0[0].text == field }![4].text }
        #expect(description("adequacy").contains(Self.adequacy + " (Tabell 1, lines 374-375)"))
        #expect(description("confidence").contains(Self.moderat + " (Tabell 2, lines 396-397)"))
        #expect(!description("theme").contains("Tabell 1"))
    }

    @Test func helpCERQualListsEveryTermWithItsPlace() {
        let text = Definitions(store: BundledStore.shared).helpText
        #expect(text.contains("Dataens omfang og dybde [adequacy]  Tabell 1, lines 374-375"))
        #expect(text.contains(Self.adequacy))
        #expect(text.contains("Moderat tillit [confidence = moderat]  Tabell 2, lines 396-397"))
    }
}
