import RevqEngine
import RevqReview
import RevqTestSupport
import Testing

/// Tab completion from context; `|` marks the cursor in each line.
@Suite("Completion")
struct CompletionTests {
    let interpreter = Interpreter(store: MiniReview.store)

    func complete(_ marked: String) -> Completion {
        let cursor = Array(marked).firstIndex(of: "|")!
        return interpreter.completions(in: marked.replacingOccurrences(of: "|", with: ""), cursor: cursor)
    }

    @Test(
        "Candidates by context",
        arguments: [
            // Names first, then keywords in the order the parser tries them.
            (
                "|",
                [
                    "studies", "findings", "matrix", "count", "let", "explain", "sources", "describe", "profile",
                    "soqf", "why", "grid", "chart", "check", "search",
                ]
            ),
            ("fi|", ["findings"]),
            ("count |", ["studies", "findings", "matrix"]),
            ("describe ma|", ["matrix"]),
            ("findings |", ["where", "show", "sort", "limit"]),
            // A count may go straight to its clauses: count findings show avg(support).
            ("count findings |", ["where", "by", "show", "sort", "limit"]),
            ("explain |", ["studies", "findings", "matrix", "count"]),
            ("findings where conf|", ["confidence"]),
            ("profile where conf|", ["confidence"]),
            ("soqf where theme = k|", ["Kommunikasjon"]),
            ("profile |", ["where", "show", "sort", "limit"]),
            ("soqf where theme = kommunikasjon |", ["and", "or", "show", "sort", "limit"]),
            ("grid m|", ["matrix"]),
            ("chart |", ["stacked", "count"]),
            ("chart st|", ["stacked"]),
            ("chart stacked |", ["count"]),
            ("findings where c|", ["confidence", "coherence", "count"]),
            (
                "findings where confidence >= |",
                ["svært lav", "lav", "moderat", "høy"].map { $0.contains(" ") ? "\"\($0)\"" : $0 }
            ),
            ("findings where confidence >= m|", ["moderat"]),
            ("findings where study = oy|", ["\"Øye 2018\""]),
            ("findings where study = \"Øy|", ["\"Øye 2018\""]),
            (
                "findings where study.|",
                [
                    "study.id", "study.label", "study.aliases", "study.country", "study.kind",
                    "study.limitations", "study.year", "study.finding", "study.finding_count", "study.source",
                ]
            ),
            ("findings where study.cou|", ["study.country"]),
            ("findings where study.country = |", ["Norge", "USA", "Sverige"]),
            ("findings where theme = k|", ["Kommunikasjon"]),
            ("findings where theme in (forebygging, k|", ["Kommunikasjon"]),
            ("findings where theme = kommunikasjon |", ["and", "or", "show", "sort", "limit"]),
            ("count findings where theme = kommunikasjon |", ["and", "or", "by", "show", "sort", "limit"]),
            // Issue 13: after a condition's field, what may follow it, not the clauses.
            ("findings where theme |", ["in", "not", "is", "=", "!=", "<", "<=", ">", ">=", "~"]),
            ("findings where theme not |", ["in"]),
            // Issue 13: describe takes a name only; nothing may follow it.
            ("describe findings |", []),
            ("findings show number |", ["sort", "limit"]),
            ("findings limit 3 |", ["with", "show", "sort"]),
            ("findings where theme = kommunikasjon a|", ["and"]),
            ("findings sort |", ["by"]),
            ("findings sort by sup|", ["support"]),
            ("count findings by th|", ["theme"]),
            ("findings show number, th|", ["theme"]),
            ("studies where year = 20|", ["2018", "2019", "2024", "2020"]),
            ("nosuch where |", []),
        ])
    func candidates(_ marked: String, expected: [String]) {
        #expect(complete(marked).candidates == expected)
    }

    @Test func theRangeIsTheWordUnderTheCursor() {
        #expect(complete("findings where conf|").range == 15..<19)
        #expect(complete("findings where study = \"Øy|").range == 23..<26)
        #expect(complete("findings where æ|").range == 15..<16)
        #expect(complete("findings wh| confidence").range == 9..<11)
    }

    /// Every cursor position of random statements gives a range inside the line and
    /// candidates that fit the word under the cursor (no crash on half-typed input).
    @Test func everyCursorOfRandomStatements() {
        var generator = RandomStatements(store: MiniReview.store, random: SeededGenerator(seed: 7))
        for _ in 0..<100 {
            let line = generator.statement() + " \"open"
            for cursor in 0...line.count {
                let completion = interpreter.completions(in: line, cursor: cursor)
                #expect(completion.range.lowerBound >= 0 && completion.range.upperBound == cursor)
            }
        }
    }

    @Test func namedQueriesAreSources() {
        let session = Interpreter(store: MiniReview.store)
        _ = session.run("let komm = findings where theme = kommunikasjon")
        #expect(session.completions(in: "ko", cursor: 2).candidates == ["komm"])
        #expect(session.completions(in: "komm where conf", cursor: 15).candidates == ["confidence"])
    }
}

extension String {
    fileprivate func replacingOccurrences(of target: String, with replacement: String) -> String {
        split(separator: Character(target), omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
