import RevqEngine
import RevqReview
import RevqTestSupport
import Testing

/// Issue 8: after a count's `by` paths Tab offers exactly what may follow there; `|`
/// marks the cursor.
@Suite("Completion in a count")
struct CountCompletionTests {
    let interpreter = Interpreter(store: MiniReview.store)

    func complete(_ marked: String) -> [String] {
        let cursor = Array(marked).firstIndex(of: "|")!
        return interpreter.completions(in: marked.replacingOccurrences(of: "|", with: ""), cursor: cursor).candidates
    }

    @Test(arguments: [
        ("count findings by theme |", ["show", "sort", "limit"]),
        ("count findings by theme, confidence |", ["show", "sort", "limit"]),
        ("count findings by theme show |", ["count", "min", "max", "sum", "avg", "median", "percent"]),
        ("count findings by theme show count, |", ["count", "min", "max", "sum", "avg", "median", "percent"]),
        ("count findings by theme show a|", ["avg"]),
        (
            "count findings by theme show avg(|",
            [
                "number", "theme", "text", "confidence", "appendix_confidence", "limitations",
                "limitations_explanation", "coherence", "study", "support", "source",
            ]
        ),
        ("count findings by theme show avg(sup|", ["support"]),
        ("count findings by theme, confidence show percent(|", ["theme", "confidence"]),
        ("count findings by theme show percent(theme) |", ["sort", "limit"]),
        ("count findings by theme show avg(support) |", ["sort", "limit"]),
        ("count findings by theme sort |", ["by"]),
        ("count findings by theme sort by |", ["theme", "count", "min", "max", "sum", "avg", "median", "percent"]),
        ("count findings by theme sort by count |", ["asc", "desc", "show", "limit"]),
        ("count findings by theme sort by count desc |", ["show", "limit"]),
        ("count findings by theme limit 3 |", ["with", "show", "sort"]),
        (
            "count findings by theme, |",
            [
                "number", "theme", "text", "confidence", "appendix_confidence", "limitations",
                "limitations_explanation", "coherence", "study", "support", "source",
            ]
        ),
    ])
    func offersWhatMayFollow(marked: String, expected: [String]) {
        #expect(complete(marked) == expected, "\(marked)")
    }

    /// Never `where` (it goes before `by`) nor `by` again.
    @Test func neverWhereOrByAfterTheGroups() {
        let offered = complete("count findings by theme |")
        #expect(!offered.contains("where") && !offered.contains("by") && !offered.contains("and"))
    }
}
