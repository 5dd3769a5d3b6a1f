import RevqLanguage
import RevqTestSupport
import Testing

@testable import RevqCore
@testable import RevqEngine
@testable import RevqReview

/// Every answer complete however it is asked (issue 20): for every finding and every
/// section, each word of its text, typed in any form the review writes with the same stem
/// (as revq's stemmer makes it), finds that record. Every written form of every stem of
/// every record is asked once per source, through the parser, binder and word index, with
/// no notes and no rendering, so the whole review is covered in seconds, the same each run.
@Suite("Every written form of every word finds its record")
struct InflectionPropertyTests {
    /// Each word the review writes, as written (case and æøå kept), by the stem revq gives it.
    static let writtenForms: [String: Set<String>] = {
        let stemmer = NorwegianStemmer()
        var forms: [String: Set<String>] = [:]
        for (token, _) in TextWords.tokens(of: SourceText.review.lines.joined(separator: "\n")) {
            guard let word = TextWords.words(of: token, stemmer: stemmer).first else { continue }
            forms[word.stem, default: []].insert(token)
        }
        return forms
    }()

    @Test(arguments: ["findings", "sections"])
    func everyWrittenFormFindsEveryRecordWithTheWord(source: String) throws {
        let interpreter = Interpreter(store: BundledStore.shared)
        let stemmer = NorwegianStemmer()
        let texts = BundledStore.column("text", of: source)
        var recordsWithStem: [String: Set<Int>] = [:]
        for (row, text) in texts.enumerated() {
            for word in TextWords.words(of: text, stemmer: stemmer) {
                recordsWithStem[word.stem, default: []].insert(row)
            }
        }
        #expect(recordsWithStem.count > (source == "sections" ? 2500 : 400))
        var asked = 0
        var covered = Set<Int>()
        for (stem, records) in recordsWithStem.sorted(by: { $0.key < $1.key }) {
            let forms = try #require(Self.writtenForms[stem], "the review writes no word of stem \(stem)")
            for form in forms.sorted() {
                let found = try rows(of: "\(source) where text ~ \"\(form)\"", interpreter)
                asked += 1
                #expect(
                    records.isSubset(of: found),
                    "\(source): \(form) (stem \(stem)) misses rows \(records.subtracting(found).sorted())")
            }
            covered.formUnion(records)
        }
        #expect(covered == Set(texts.indices), "every record has a word asked for")
        #expect(asked > recordsWithStem.count)
    }

    /// The rows a query selects, through the engine without notes or rendering.
    private func rows(of statement: String, _ interpreter: Interpreter) throws -> Set<Int> {
        guard case .statement(.query(let query)) = Parser.parse(statement) else {
            Issue.record("does not parse: \(statement)")
            return []
        }
        return Set(interpreter.rows(of: try interpreter.binder.bind(query)))
    }
}
