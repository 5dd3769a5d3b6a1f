import RevqCore
import RevqEngine
import RevqReview
import RevqTestSupport
import Testing

/// Property: for random valid statements over the schema, the indexed plan and a plain
/// scan of every row give the same result (or the same error).
@Suite("Indexed plan equals plain scan")
struct IndexedEqualsScanTests {
    static func check(_ store: Store, seed: UInt64, count: Int) {
        let interpreter = Interpreter(store: store)
        var generator = RandomStatements(store: store, random: SeededGenerator(seed: seed))
        var answered = 0
        for _ in 0..<count {
            let statement = generator.statement()
            interpreter.usesIndexes = true
            let indexed = interpreter.run(statement)
            interpreter.usesIndexes = false
            let scanned = interpreter.run(statement)
            switch (indexed, scanned) {
            case (.rows(let a), .rows(let b)):
                #expect(a == b, "\(statement)")
                answered += 1
            case (.failure(let a), .failure(let b)):
                #expect(a == b, "\(statement)")
            default:
                Issue.record("different outcomes for \(statement): \(indexed) vs \(scanned)")
            }
        }
        // Most generated statements are valid: the property is not checked on errors alone.
        #expect(answered > count * 9 / 10)
    }

    @Test func onTheMiniReview() {
        Self.check(MiniReview.store, seed: 2025, count: 400)
    }

    @Test func onTheBundledReview() {
        Self.check(BundledStore.shared, seed: 38, count: 300)
    }
}
