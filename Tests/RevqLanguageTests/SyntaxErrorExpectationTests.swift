import Foundation
import RevqCore
import RevqLanguage
import RevqTestSupport
import Testing

/// A syntax error's "expected ..." and Tab completion come from one record of what the
/// parser looked for (`Expected`): the error names what completion would offer at the
/// same place, and each keyword or operator it names does continue the statement there.
/// Checked on every counter-example of the grammar and on broken random statements.
@Suite("A syntax error names what the parser takes there, as completion offers it")
struct SyntaxErrorExpectationTests {
    /// The failures that name what was expected, with the text before the token found.
    static func expectation(of statement: String) -> (expected: Expected, before: String)? {
        guard case .failure(let diagnostics) = Parser.parse(statement), let diagnostic = diagnostics.first,
            case .expected(let expected, _)? = diagnostic.problem, let range = diagnostic.range
        else { return nil }
        return (expected, String(Array(statement)[..<range.start.offset]))
    }

    /// The error moved past `offset`: the statement parses, may go on, or fails later.
    static func getsPast(_ offset: Int, _ text: String) -> Bool {
        switch Parser.parse(text) {
        case .statement, .incomplete: return true
        case .failure(let diagnostics): return (diagnostics.first?.range?.start.offset ?? 0) > offset
        }
    }

    static func check(_ statement: String) {
        guard let (expected, before) = expectation(of: statement) else { return }
        // Completion at the same place offers the same names, keywords and operators.
        let offered = Parser.expected(atEndOf: before)
        #expect(
            offered.names == expected.names && offered.words == expected.words
                && offered.operators == expected.operators,
            "\(statement)\nerror expects \(expected)\ncompletion offers \(offered)")
        // Every keyword, operator and punctuation named there takes the parse past it.
        let symbols = expected.others.compactMap { other -> String? in
            if case .symbol(let symbol) = other { return symbol }
            return nil
        }
        for word in expected.words + expected.operators + symbols {
            // The place may be the end of the text, right after the last word.
            let text = before + " " + word
            #expect(
                getsPast(before.count, text), "\(statement): '\(word)' is named as expected, but \(text) fails there")
        }
        if expected.others.contains(.endOfStatement) {
            #expect(
                getsPast(before.count, before), "\(statement): the end is named as expected, but \(before) fails there")
        }
    }

    static var counterexamples: [String] {
        let text =
            (try? String(contentsOfFile: RepositoryPaths.grammar + "/counterexamples.revq", encoding: .utf8)) ?? ""
        let lines = text.split(separator: "\n").map(String.init).filter { !$0.hasPrefix("--") }
        return stride(from: 0, to: lines.count - 2, by: 3).map { lines[$0] }
    }

    @Test("Every counter-example", arguments: counterexamples)
    func counterexample(_ statement: String) {
        Self.check(statement)
    }

    @Test func everyCounterexampleThatExpectsNamesSomething() {
        let failures = Self.counterexamples.compactMap(Self.expectation(of:))
        #expect(failures.count >= 25)
        for (expected, before) in failures {
            #expect(
                expected.names.count + expected.words.count + expected.operators.count + expected.others.count > 0,
                "\(before)")
        }
    }

    /// Random statements broken at a random word: a word dropped, doubled, or replaced
    /// by a keyword, an operator or punctuation.
    @Test func brokenRandomStatements() {
        var generator = RandomStatements(store: MiniReview.store, random: SeededGenerator(seed: 29))
        var random = SeededGenerator(seed: 31)
        let intruders =
            Keyword.allCases.map(\.rawValue) + ComparisonOperator.allCases.map(\.rawValue) + [
                "(", ")", ",", ";", "x", "7",
            ]
        var named = 0
        for _ in 0..<400 {
            var words = generator.statement().split(separator: " ").map(String.init)
            let index = Int.random(in: 0..<words.count, using: &random)
            switch Int.random(in: 0..<3, using: &random) {
            case 0: words.remove(at: index)
            case 1: words.insert(words[index], at: index)
            default: words[index] = intruders.randomElement(using: &random)!
            }
            let statement = words.joined(separator: " ")
            if Self.expectation(of: statement) != nil { named += 1 }
            Self.check(statement)
        }
        #expect(named >= 100, "too few broken statements failed with 'expected': \(named)")
    }
}
