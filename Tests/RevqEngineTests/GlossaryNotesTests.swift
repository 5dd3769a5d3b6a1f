import RevqCore
import RevqEngine
import RevqReview
import RevqTestSupport
import Testing

/// `describe` notes the glossary's terms that a source uses, with the note that defines them.
@Suite("describe: the glossary's terms beside a source's fields")
struct GlossaryNotesTests {
    let interpreter = Interpreter(store: BundledStore.shared)

    /// Line 607: 'RCT: Randomisert kontrollert studie.'; Tabell 3's design cells say 'RCT' (studies.design).
    @Test func describeStudiesExplainsRCT() throws {
        #expect(SourceText.review.line(607).contains("RCT: Randomisert kontrollert studie."))
        guard case .rows(let result) = interpreter.run("describe studies") else {
            Issue.record()
            return
        }
        #expect(result.notes.contains { $0.hasPrefix("RCT: Randomisert kontrollert studie.") && $0.contains("607") })
    }

    /// Nothing in characteristics (Tabell 10) uses RCT, RDD or SMS.
    @Test func describeNotesOnlyTermsTheSourceUses() throws {
        guard case .rows(let result) = interpreter.run("describe characteristics") else {
            Issue.record()
            return
        }
        #expect(!result.notes.contains { $0.hasPrefix("RCT:") || $0.hasPrefix("RDD:") || $0.hasPrefix("SMS:") })
    }
}
