import Foundation
import RevqCore
import Testing

@testable import RevqData

/// `schema/scales.tsv`: which end of a scale is good, read with the schema, kept by the
/// compiled cache, and refused with its place when it says something that cannot hold.
struct ScaleSenseTests {
    let fixture = FixtureDataset().editing("schema/scales.tsv") { _ in
        "vocabulary\tbetter\tdescription\nconfidence\thigher\tTabell 2: høy tillit is the most likely\n"
    }

    @Test func theSchemaSaysWhichEndIsGood() throws {
        let store = try DatasetLoader.load(directory: fixture.write())
        let confidence = try #require(store.schema.vocabularies["confidence"])
        #expect(confidence.better == .higher)
        #expect(confidence.meaning.best == "høy")
        let key = String(repeating: "0", count: StoreEncoding.keyLength)
        let cached = try #require(StoreEncoding.decode(StoreEncoding.encode(store, key: key), key: key))
        #expect(cached.schema.vocabularies["confidence"]?.better == .higher)
    }

    @Test func withoutTheFileNoScaleHasAGoodEnd() throws {
        let store = try DatasetLoader.load(directory: FixtureDataset().write())
        #expect(store.schema.vocabularies["confidence"]?.better == nil)
    }

    @Test(
        "A scales file that cannot hold is refused with its line",
        arguments: [
            (
                "confidence\thigher", "confidence\tup",
                "schema/scales.tsv:2: better is 'up' for 'confidence' (expected higher or lower)"
            ),
            (
                "confidence\thigher", "confidense\thigher",
                "schema/scales.tsv:2: 'confidense' is the vocabulary of no scale: field"
            ),
        ])
    func refusesABrokenScalesFile(find: String, replace: String, expected: String) throws {
        let broken = fixture.editing("schema/scales.tsv") { $0.replacingOccurrences(of: find, with: replace) }
        let directory = try broken.write()
        do {
            _ = try DatasetLoader.load(directory: directory)
            Issue.record("the broken dataset loaded")
        } catch {
            #expect(
                error.description.replacingOccurrences(of: directory + "/", with: "").contains(expected), "\(error)")
        }
    }

    /// The rule every grid colours by: the best level and the better half good, the worst bad.
    @Test func tonesFollowTheOrderAndItsMeaning() {
        let concern = ScaleMeaning(
            name: "concern", values: ["ingen eller svært små", "små", "moderate", "alvorlige"], better: .lower)
        #expect(concern.values.map { concern.tone(of: $0) } == [.good, .good, .middle, .bad])
        let answer = ScaleMeaning(name: "answer", values: ["Nei", "Delvis", "Ja"], better: .higher)
        #expect(answer.values.map { answer.tone(of: $0) } == [.bad, .middle, .good])
        #expect(ScaleMeaning(name: "x", values: ["a", "b"], better: nil).tone(of: "a") == nil)
    }
}
