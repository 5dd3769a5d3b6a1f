import RevqCore
import RevqEngine
import RevqLanguage
import RevqReview
import RevqTestSupport
import Testing

/// The structure-aware fuzz target's generator (`StatementGenerator`) writes what the
/// grammar allows: were it to drift from `Grammar/revq.ebnf`, the fuzzer would spend its
/// time on syntax errors and never reach evaluation, as the byte-level target did.
@Suite("generated statements")
struct GeneratedStatementsTests {
    static let seeds = 0..<1500

    static func statement(seed: UInt64) -> String {
        var random = SeededGenerator(seed: seed)
        var generator = StatementGenerator(
            store: BundledStore.shared, choices: (0..<200).map { _ in UInt8.random(in: 0...255, using: &random) })
        return generator.statement()
    }

    @Test func everyGeneratedStatementParses() {
        let refused = Self.seeds.map { Self.statement(seed: UInt64($0)) }.filter { text in
            if case .statement = Parser.parse(text) { return false }
            return true
        }
        #expect(refused.isEmpty, "not grammatical: \(refused.prefix(5))")
    }

    /// Every form of `statement`, every view and every aggregate of the grammar is reached.
    @Test func everyFormIsGenerated() {
        let texts = Self.seeds.map { Self.statement(seed: UInt64($0)) }
        let starts = Set(texts.compactMap { $0.split(separator: " ").first.map(String.init) })
        let forms = [
            "count", "let", "explain", "sources", "describe", "profile", "soqf", "check", "why", "grid", "chart",
        ]
        #expect(Set(forms).subtracting(starts).isEmpty, "never generated: \(Set(forms).subtracting(starts).sorted())")
        let words = [
            "stacked", "with ties", "percent", "count(distinct ", "min(", "max(", "sum(", "avg(", "median(",
            " in (", " is not empty", "every ", " or ", "not ", "~ ",
        ]
        let missing = words.filter { word in !texts.contains { $0.contains(word) } }
        #expect(missing.isEmpty, "never generated: \(missing)")
    }

    /// The statement that once crashed revq (`chart count findings show min(confidence)`: a
    /// chart of a scale's minimum) is of a kind the generator asks often: charts of a min or
    /// max over a scale field.
    @Test func chartsOfAScalesMinimumAreAskedOften() {
        let texts = Self.seeds.map { Self.statement(seed: UInt64($0)) }
        let scales = BundledStore.shared.schema.sources.flatMap { source in
            source.fields.filter { if case .scale = $0.type { return true } else { return false } }.map(\.name)
        }
        let asked = texts.filter { text in
            text.hasPrefix("chart") && scales.contains { text.contains("min(\($0))") || text.contains("max(\($0))") }
        }
        #expect(asked.count >= 3, "charts of a scale's min or max: \(asked.count) of \(texts.count)")
    }

    /// Most statements are not only grammatical but answered: the fuzzer reaches the views,
    /// aggregates and renderers rather than the binder's refusals.
    @Test func mostGeneratedStatementsAreAnswered() {
        let interpreter = Interpreter(store: BundledStore.shared)
        let answered = (0..<300).filter { seed in
            if case .failure = interpreter.run(Self.statement(seed: UInt64(seed))) { return false }
            return true
        }
        #expect(answered.count >= 100, "only \(answered.count) of 300 answered")
    }
}
