import RevqCore
import RevqEngine
import RevqReview
import RevqTestSupport
import Testing

/// Texts that collate alike ("Elleve" and "elleve" in claims.stated, "en" and "én") sort
/// by their exact spelling, so a count by them has one order in every run and plan
/// (the groups came out in a dictionary's order, which Swift varies per instance).
@Suite("Collation ties")
struct CollationTieTests {
    @Test func aCountByTextWithTiesHasOneOrder() throws {
        let interpreter = Interpreter(store: BundledStore.shared)
        let first = try #require(interpreter.run("count claims by stated").resultSet)
        let labels = first.rows.map { $0[0].text }
        #expect(labels.contains("Elleve") && labels.contains("elleve"))
        #expect(labels.firstIndex(of: "Elleve")! < labels.firstIndex(of: "elleve")!)
        for _ in 0..<5 {
            interpreter.usesIndexes.toggle()
            #expect(
                interpreter.run("count claims by stated, id").resultSet
                    == interpreter.run("count claims by stated, id").resultSet)
            #expect(interpreter.run("count claims by stated").resultSet == first)
        }
    }

    /// In a condition case still does not order: "Elleve" >= "elleve" holds.
    @Test func conditionsIgnoreTheTieBreak() throws {
        let interpreter = Interpreter(store: BundledStore.shared)
        let atLeast = try #require(
            interpreter.run("count claims where stated >= elleve and stated <= elleve").resultSet)
        let equal = try #require(interpreter.run("count claims where stated = elleve").resultSet)
        #expect(atLeast == equal)
    }
}
