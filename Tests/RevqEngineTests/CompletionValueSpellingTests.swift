import RevqCore
import RevqData
import RevqEngine
import RevqLanguage
import RevqTestSupport
import Testing

/// Completion offers a stored value as the language spells it (`Literal.spelling(of:)`):
/// over the tricky cells of the TSV fixture (quotes, `|`, `#`, æøå, emoji, spaces), each
/// offered value typed after `=` reads back as that value, and a value no statement can
/// hold (a tab, a line break, a combining mark first) is not offered.
@Suite struct CompletionValueSpellingTests {
    @Test func everyOfferedValueReadsBackAsAStoredValue() throws {
        let interpreter = Interpreter(store: try DatasetLoader.load(directory: TrickyCells.directory))
        let line = "cells where text = "
        let offered = interpreter.completions(in: line, cursor: line.count).candidates
        // Not the tab, line break, CR, CR LF or combining-first cases.
        let typable = ["backslash", "backslash-t", "pipe-in-text", "norwegian", "combining", "emoji", "spaces", "hash"]
        let spellable = Set(TrickyCells.cases.filter { typable.contains($0.id) }.map(\.text))
        var readBack: Set<String> = []
        for candidate in offered {
            guard case .statement(.query(let query)) = Parser.parse(line + candidate),
                case .comparison(_, _, let value, _) = query.condition
            else {
                Issue.record("\(candidate.debugDescription) does not parse after \(line)")
                continue
            }
            readBack.insert(value.text)
        }
        #expect(readBack == spellable)
    }
}
