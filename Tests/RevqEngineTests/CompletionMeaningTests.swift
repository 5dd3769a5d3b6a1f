import Foundation
import RevqCore
import RevqEngine
import RevqReview
import RevqTestSupport
import Testing

/// Tab shows what a confidence level or a GRADE-CERQual component means, in the report's
/// words: the expected meanings are read from Tabell 1 and 2 in the review's text.
@Suite("Completion says what the report's terms mean")
struct CompletionMeaningTests {
    let interpreter = Interpreter(store: BundledStore.shared)
    let review = SourceText.review

    /// A table cell's text without the tab, the narrow no-break spaces and the line's end.
    func cell(_ number: Int) -> String {
        review.line(number).trimmingCharacters(in: .whitespaces.union(["\u{202F}", "\u{00A0}"]))
    }

    /// Tabell 2 (lines 389-403): each level's name on one line, its explanation on the next.
    @Test func eachConfidenceLevelOffersTabell2sExplanation() {
        let line = "findings where confidence = "
        let completion = interpreter.completions(in: line, cursor: line.count)
        var checked = 0
        for termLine in stride(from: 393, through: 402, by: 3) {
            let term = cell(termLine)
            #expect(term.hasSuffix(" tillit"), "line \(termLine) is not a level: \(term)")
            let level = String(term.dropLast(" tillit".count)).lowercased()
            let candidate = level.contains(" ") ? "\"\(level)\"" : level
            guard let meaning = completion.meanings[candidate] else {
                Issue.record("no meaning offered for \(candidate): \(completion.meanings.keys.sorted())")
                continue
            }
            #expect(meaning.hasPrefix(term + ": "))
            #expect(SourceText.squeeze(meaning).contains(SourceText.squeeze(cell(termLine + 1))))
            #expect(meaning.contains("Tabell 2, lines \(termLine)-\(termLine + 1)"))
            checked += 1
        }
        #expect(checked == 4)
    }

    /// Tabell 1 (lines 361-375): the component fields of findings, while a field is typed.
    @Test func aComponentFieldOffersTabell1sExplanation() {
        let line = "findings where adeq"
        let completion = interpreter.completions(in: line, cursor: line.count)
        #expect(completion.candidates.contains("adequacy"))
        #expect(completion.meanings["adequacy_explanation"] == nil)
        let meaning = completion.meanings["adequacy"] ?? ""
        #expect(meaning.hasPrefix(cell(374) + ": "))
        #expect(SourceText.squeeze(meaning).contains(SourceText.squeeze(cell(375))))
    }

    /// Nothing is offered as a meaning where the report defines nothing.
    @Test func otherValuesHaveNoMeaning() {
        let line = "findings where theme = "
        #expect(interpreter.completions(in: line, cursor: line.count).meanings.isEmpty)
        let studies = "studies where limitations = "
        #expect(interpreter.completions(in: studies, cursor: studies.count).meanings.isEmpty)
    }
}
