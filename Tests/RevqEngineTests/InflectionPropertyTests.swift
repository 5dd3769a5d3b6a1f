import Testing
import RevqCore
import RevqEngine
import RevqTestSupport

/// Every answer complete however it is asked: each word of each finding's text, typed in
/// any form of it (same Snowball stem) that the findings or sections write anywhere,
/// finds that finding.
@Suite("Every written form of every word finds its finding")
struct InflectionPropertyTests {
    @Test func everyFormFindsEveryFindingWithTheWord() throws {
        let interpreter = Interpreter(store: BundledStore.shared)
        let stemmer = NorwegianStemmer()
        let texts = BundledStore.column("text", of: "findings")
        let numbers = BundledStore.column("number", of: "findings")
        let stemsOfFinding = texts.map { Set(TextWords.words(of: $0, stemmer: stemmer).map(\.stem)) }
        var forms: [String: Set<String>] = [:]
        for text in texts + BundledStore.column("text", of: "sections") {
            for word in TextWords.words(of: text, stemmer: stemmer) where stemsOfFinding.contains(where: { $0.contains(word.stem) }) {
                forms[word.stem, default: []].insert(word.folded)
            }
        }
        #expect(forms.count > 300)
        for (stem, spellings) in forms {
            let expected = Set(stemsOfFinding.indices.filter { stemsOfFinding[$0].contains(stem) }.map { numbers[$0] })
            for spelling in spellings {
                let found = try #require(interpreter.run("findings where text ~ \"\(spelling)\" show number").resultSet).column("number")
                #expect(expected.isSubset(of: Set(found)), "\(spelling) (stem \(stem)) misses \(expected.subtracting(found).sorted())")
            }
        }
    }
}
