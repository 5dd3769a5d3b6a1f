import RevqCore
import RevqEngine
import RevqLanguage
import RevqReview
import RevqTestSupport
import Testing

/// The engine alone (`review: nil`) is a generic query engine: no views, no computed
/// `audit`, no notes on the report's figures. RevqReview's `Interpreter(store:)` adds them.
@Suite struct EngineWithoutReviewTests {
    let alone = Interpreter(store: BundledStore.shared, review: nil)
    let withReview = Interpreter(store: BundledStore.shared)

    @Test func aViewNeedsTheReview() throws {
        guard case .failure(let diagnostics) = alone.run("soqf where confidence = høy") else {
            Issue.record("soqf ran without the review")
            return
        }
        #expect(diagnostics.first?.message == Problem.viewNeedsFindings(view: "soqf", source: nil).message)
        guard case .rows(let soqf) = withReview.run("soqf where confidence = høy") else {
            Issue.record("soqf failed with the review")
            return
        }
        #expect(!soqf.rows.isEmpty)
    }

    /// The review names the source its views lack; the engine names none (issue 23: the
    /// text once hard-coded 'findings' in RevqCore).
    @Test func aViewWithoutItsSourceNamesTheReviewsSource() throws {
        let empty = Interpreter(store: Store(schema: Schema(sources: [], vocabularies: [:]), tables: []))
        guard case .failure(let diagnostics) = empty.run("soqf") else {
            Issue.record("soqf ran without findings")
            return
        }
        #expect(diagnostics.first?.message == "'soqf' needs a source 'findings', which this dataset lacks")
    }

    @Test func theAuditIsComputedOnlyByTheReview() {
        guard case .failure = alone.run("count audit by verdict") else {
            Issue.record("the engine alone has an audit")
            return
        }
        #expect(alone.storeWithComputedSources().table(named: "audit") == nil)
        #expect(withReview.storeWithComputedSources().table(named: "audit") != nil)
    }

    /// The same count, with and without the review: the same rows; only the review's notes
    /// compare it with the report's figures.
    @Test func contradictionNotesComeFromTheReview() throws {
        let statement = "count findings by theme, confidence"
        guard case .rows(let plain) = alone.run(statement), case .rows(let reviewed) = withReview.run(statement) else {
            Issue.record("the count failed")
            return
        }
        #expect(plain.rows == reviewed.rows)
        let isContradiction = { (note: String) in note.contains("(audit where id") }
        #expect(!plain.notes.contains(where: isContradiction))
        #expect(reviewed.notes.contains(where: isContradiction))
    }

    /// The parser is told the views' source; without one a view names none.
    @Test(arguments: ["why 16", "profile where confidence = høy", "check"])
    func theViewsSourceIsGivenToTheParser(text: String) {
        guard case .statement(let bare) = Parser.parse(text),
            case .statement(let told) = Parser.parse(text, viewSource: "funn")
        else {
            Issue.record("'\(text)' does not parse")
            return
        }
        #expect(bare.sourceName == nil)
        #expect(told.sourceName == "funn")
        #expect(bare.text == told.text, "the source is not printed")
        guard case .ready(let prepared) = withReview.prepare(text) else {
            Issue.record("'\(text)' is not ready")
            return
        }
        #expect(prepared.sourceName == Reviewer.viewSource)
    }
}
