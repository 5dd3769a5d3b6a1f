import Foundation
import RevqCore
import RevqData
import RevqEngine
import RevqReview
import RevqTestSupport
import Testing

/// Each GRADE-CERQual rule of `check` fires where it should. On the review itself the
/// rules "serious concerns, not rated down", "rated down without concerns" and "high
/// confidence on one study" fire nowhere, so CERQualCheckTests would pass a rule that never
/// fires; here a copy of the review is changed so that each has a finding to fire on and
/// a near miss it must pass over.
@Suite("Views: each CERQual rule fires on a fixture")
struct CERQualRuleFixtureTests {
    /// The copy: finding 16 (høy, six studies) gets serious limitations and one study;
    /// finding 1 (moderat, moderate limitations) gets no concerns at all; finding 7
    /// (moderat) serious concerns, which a finding rated down may have.
    static let store: Store = {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("revq-cerqual-\(UUID().uuidString)")
            .path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        do {
            try FileManager.default.copyItem(atPath: RepositoryPaths.bundledDataset, toPath: folder)
            let path = folder + "/data/findings.tsv"
            try edit(path, number: "16", ["confidence": "høy", "limitations": "alvorlige", "study": "levik-2023"])
            try edit(
                path, number: "1",
                [
                    "confidence": "moderat", "limitations": "ingen eller svært små",
                    "coherence": "ingen eller svært små",
                    "adequacy": "ingen eller svært små", "relevance": "ingen eller svært små",
                ])
            try edit(path, number: "7", ["confidence": "moderat", "coherence": "alvorlige"])
            // Vedlegg 4 gives finding 2 another level, finding 3 the same one, and finding 4
            // its explanation in capitals; finding 5's explanation has a clause naming no level.
            let original = try TSVSheet(path: path).records
            let explanation4 = try #require(original.first { $0["number"] == "4" })["confidence_explanation"]
            try edit(path, number: "2", ["confidence": "moderat", "appendix_confidence": "lav"])
            try edit(path, number: "3", ["confidence": "moderat", "appendix_confidence": "moderat"])
            try edit(path, number: "4", ["appendix_confidence_explanation": explanation4.uppercased()])
            try edit(
                path, number: "5",
                [
                    "limitations": "alvorlige",
                    "confidence_explanation":
                        "Alvorlige bekymringer knyttet til metodiske begrensninger, relevansen er ikke vurdert",
                ])
            return try DatasetLoader.load(directory: folder)
        } catch { fatalError("the changed copy of the review does not load: \(error)") }
    }()

    /// Sets the named cells of the finding numbered `number` in findings.tsv.
    static func edit(_ path: String, number: String, _ cells: [String: String]) throws {
        var lines = try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: "\n")
        let header = lines[0].components(separatedBy: "\t")
        let row = try #require(lines.firstIndex { $0.hasPrefix(number + "\t") })
        var fields = lines[row].components(separatedBy: "\t")
        for (name, value) in cells { fields[try #require(header.firstIndex(of: name))] = value }
        lines[row] = fields.joined(separator: "\t")
        try lines.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
    }

    func fired(_ rule: String) throws -> [Int] {
        let result = try #require(Interpreter(store: Self.store).run("check").resultSet)
        return result.rows.filter { $0[1].text == rule }.map { Int($0[0].text)! }
    }

    @Test func seriousConcernsNotRatedDown() throws {
        #expect(try fired("serious concerns, not rated down") == [16])
    }

    @Test func highConfidenceOnOneStudy() throws {
        #expect(try fired("high confidence on one study") == [16])
    }

    @Test func ratedDownWithoutConcerns() throws {
        #expect(try fired("rated down without concerns") == [1])
    }

    /// Where Vedlegg 4 gives another confidence, the detail gives both; the same level given
    /// twice is no difference.
    @Test func anotherConfidenceInVedlegg4() throws {
        let result = try #require(Interpreter(store: Self.store).run("check where number in (2, 3)").resultSet)
        let confidences = result.rows.filter {
            $0[1].text == "Tabell 9 and Vedlegg 4 differ" && $0[2].text.hasPrefix("confidence:")
        }
        #expect(confidences.map { [$0[0].text, $0[2].text] } == [["2", "confidence: moderat / lav"]])
    }

    @Test func explanationsThatDifferOnlyInCapitals() throws {
        let result = try #require(Interpreter(store: Self.store).run("check where number = 4").resultSet)
        let details = result.rows.filter { $0[1].text == "Tabell 9 and Vedlegg 4 differ" }.map { $0[2].text }
        #expect(details == ["the explanations differ only in capital letters"])
    }

    /// A clause that names a component but no level ("relevansen er ikke vurdert") says
    /// nothing about its level.
    @Test func aClauseWithoutALevelNamesNone() throws {
        let result = try #require(Interpreter(store: Self.store).run("check where number = 5").resultSet)
        #expect(result.rows.filter { $0[1].text == "explanation names another level" }.map { $0[2].text } == [])
    }

    /// The detail names the component with the serious concerns and the level given.
    @Test func theDetailSaysWhy() throws {
        let result = try #require(Interpreter(store: Self.store).run("check where number = 16").resultSet)
        let details = result.rows.filter { $0[1].text == "serious concerns, not rated down" }.map { $0[2].text }
        #expect(details == ["høy with alvorlige concerns about limitations"])
    }
}
