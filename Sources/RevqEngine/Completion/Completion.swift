import RevqCore
import RevqLanguage

/// What tab completion offers at a cursor: the word to replace and its replacements.
///
///     interpreter.completions(in: "findings where conf", cursor: 19)
///     // Completion(range: 15..<19, candidates: ["confidence"])
package struct Completion: Equatable, Sendable {
    /// Character offsets (not bytes) of the word under the cursor, which a candidate replaces.
    package let range: Range<Int>
    package let candidates: [String]
    /// What a candidate means in the report's words, where the report defines it (a
    /// confidence level from Tabell 2, a GRADE-CERQual component from Tabell 1), so that
    /// a panel sees what "moderat" or "adequacy" means while choosing it.
    package let meanings: [String: String]

    package init(range: Range<Int>, candidates: [String], meanings: [String: String] = [:]) {
        self.range = range
        self.candidates = candidates
        self.meanings = meanings
    }
}

extension Interpreter {
    /// Candidates for the word before `cursor` (a character offset into `line`): what the
    /// parser looks for where that word starts (`Parser.expected(atEndOf:)`), spelled from
    /// the dataset where it names sources, fields or values.
    package func completions(in line: String, cursor: Int) -> Completion {
        let characters = Array(line)
        let end = min(max(cursor, 0), characters.count)
        let start = CompletionWord.start(in: characters, before: end)
        let word = String(characters[start..<end])
        let expected = Parser.expected(atEndOf: String(characters[..<start]), viewSource: viewSource)
        let candidates = CompletionCandidates(
            store: store, binder: binder, meanings: { [review, store] in review?.meanings(of: $0, in: store) },
            queryNames: queryNames)
        let offered = candidates.candidates(for: expected, typed: word)
        return Completion(
            range: start..<end, candidates: offered, meanings: candidates.meanings(of: offered, for: expected))
    }
}

/// The word under the cursor, which a candidate replaces.
enum CompletionWord {
    /// Where the word under the cursor starts: after white space or punctuation, or at an open quote.
    static func start(in characters: [Character], before end: Int) -> Int {
        var quote: Int?
        for (index, character) in characters[..<end].enumerated() where character == "\"" || character == "'" {
            if let open = quote, characters[open] == character { quote = nil } else if quote == nil { quote = index }
        }
        if let quote { return quote }
        var start = end
        while start > 0, Lexer.isWordCharacter(characters[start - 1]) { start -= 1 }
        return start
    }
}
