import RevqEngine
import RevqReview
import RevqTestSupport
import Testing

/// Completion offers the quantifiers, `is [not] empty` and `*` where they may follow,
/// and never where they cannot; `|` marks the cursor.
@Suite("Completion of quantifiers, emptiness and show *")
struct CompletionQuantifierTests {
    let interpreter = Interpreter(store: MiniReview.store)

    func complete(_ marked: String) -> [String] {
        let cursor = Array(marked).firstIndex(of: "|")!
        return interpreter.completions(in: marked.replacingOccurrences(of: "|", with: ""), cursor: cursor).candidates
    }

    @Test(
        "Candidates",
        arguments: [
            ("findings where ev|", ["every"]),
            ("findings where n|", ["number", "not", "no"]),
            (
                "findings where not |",
                [
                    "number", "theme", "text", "confidence", "appendix_confidence", "limitations",
                    "limitations_explanation", "coherence", "study", "support", "source", "not", "any", "every", "no",
                    "count",
                ]
            ),
            ("findings where confidence = lav and a|", ["appendix_confidence", "any"]),
            ("findings where every st|", ["study"]),
            ("findings where every study.co|", ["study.country"]),
            ("findings where appendix_confidence |", ["in", "not", "is", "=", "!=", "<", "<=", ">", ">=", "~"]),
            ("findings where every study.country |", ["in", "not", "is", "=", "!=", "<", "<=", ">", ">=", "~"]),
            ("findings where appendix_confidence is |", ["not", "empty"]),
            ("findings where appendix_confidence is not |", ["empty"]),
            ("findings where appendix_confidence is empty |", ["and", "or", "show", "sort", "limit"]),
            (
                "findings show |",
                [
                    "number", "theme", "text", "confidence", "appendix_confidence", "limitations",
                    "limitations_explanation", "coherence", "study", "support", "source", "*",
                ]
            ),
            (
                "findings show number, |",
                [
                    "number", "theme", "text", "confidence", "appendix_confidence", "limitations",
                    "limitations_explanation", "coherence", "study", "support", "source", "*",
                ]
            ),
        ])
    func candidates(_ marked: String, expected: [String]) {
        #expect(complete(marked) == expected)
    }

    @Test(
        "Never where they cannot follow",
        arguments: [
            "count findings by |", "findings sort by |", "findings where study.|",
        ])
    func notOffered(_ marked: String) {
        let offered = complete(marked)
        for word in ["any", "every", "no", "*", "is", "empty"] {
            #expect(!offered.contains(word), "\(marked) offers \(word)")
        }
    }
}
