import Foundation
import RevqCore
import RevqEngine
import RevqLanguage
import RevqReview
import RevqTestSupport
import Testing

/// Completion offers what the parser expects: at every word of every statement in
/// Grammar/examples.revq, over the bundled review, each word offered continues a
/// statement that parses (or stops only at its end, waiting for more), and the keyword
/// the example goes on with is among those offered.
@Suite("Completion at every word of the grammar's examples")
struct CompletionFromGrammarTests {
    let interpreter = Interpreter(store: BundledStore.shared)

    static var examples: [String] {
        let text = (try? String(contentsOfFile: RepositoryPaths.grammar + "/examples.revq", encoding: .utf8)) ?? ""
        // Without a trailing comment: its words are not the statement's.
        return text.split(separator: "\n").map(String.init).filter { !$0.hasPrefix("--") }
            .map { line in line.range(of: " -- ").map { String(line[..<$0.lowerBound]) } ?? line }
    }

    /// The character offsets where a word of `line` starts: where completion is asked.
    static func wordStarts(in line: String) -> [Int] {
        let characters = Array(line)
        return characters.indices.filter { index in
            !characters[index].isWhitespace && (index == 0 || characters[index - 1].isWhitespace)
        } + [characters.count]
    }

    @Test func thereAreExamples() {
        #expect(Self.examples.count >= 30)
    }

    @Test("Each word offered continues the statement", arguments: examples)
    func offeredWordsContinueTheStatement(_ example: String) {
        let characters = Array(example)
        for start in Self.wordStarts(in: example) {
            let completion = interpreter.completions(in: String(characters[..<start]), cursor: start)
            // The word offered replaces the one under the cursor (a value's open quote on).
            let before = String(characters[..<completion.range.lowerBound])
            for word in completion.candidates {
                let text = before + word
                switch Parser.parse(text) {
                case .statement, .incomplete:
                    continue
                case .failure(let diagnostics):
                    // Stopping at the end of the text means "more must follow", not "wrong".
                    let at = diagnostics.first?.range?.start.offset ?? 0
                    #expect(
                        at >= text.count,
                        "after \"\(before)\" completion offers \"\(word)\", which fails: \(diagnostics.first?.message ?? "")"
                    )
                }
            }
        }
    }

    @Test("The keyword the example goes on with is offered", arguments: examples)
    func theNextKeywordIsOffered(_ example: String) {
        let characters = Array(example)
        for start in Self.wordStarts(in: example) where start < characters.count {
            let word = String(characters[start...].prefix { !$0.isWhitespace && $0 != "(" && $0 != "," })
            guard let keyword = Keyword(spelling: word) else { continue }
            let before = String(characters[..<start])
            // A soft keyword after an operator is a value there ("relasjon = no", "title ~ why").
            let previous = before.split(whereSeparator: \.isWhitespace).last.map(String.init) ?? ""
            if Keyword.softKeywords.contains(keyword), ComparisonOperator(rawValue: previous) != nil || previous == "<>"
            {
                continue
            }
            let offered = interpreter.completions(in: before, cursor: start).candidates
            #expect(
                offered.contains(keyword.rawValue),
                "after \"\(before)\" completion does not offer '\(keyword.rawValue)': \(offered)")
        }
    }
}
