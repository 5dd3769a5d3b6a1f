import Foundation
import RevqCore
import RevqTestSupport
import Testing

@testable import RevqEngine
@testable import RevqReview

/// The audit tells a difference of wording from a contradiction (issue 20): two places that
/// say the same in other words get "differs in wording" with the words listed; a figure or
/// a negation that differs, or a long rewording, stays "disagrees".
@Suite("Differences of wording")
struct WordingDifferenceTests {
    @Test(
        arguments: [
            ("Moderate/store", "Moderate til store", ["+ til"]),
            ("Store begrensninger", "Store", ["− begrensninger"]),
            (
                "Flere skoleansatte påpekte også at det var viktig", "Flere skoleansatte påpeker også at det er viktig",
                ["påpekte → påpeker", "var → er"]
            ),
            ("Noen foresatte opplevde", "Noen foreldre opplevde", ["foresatte → foreldre"]),
            ("Samme tekst, samme ord.", "samme TEKST samme ord", []),
        ] as [(String, String, [String])])
    func wording(first: String, second: String, pairs: [String]) {
        #expect(WordingDifference.pairs(first, second) == pairs)
    }

    @Test(arguments: [
        ("seks studier hadde lav risiko", "sju studier hadde lav risiko"),
        ("6 studier", "7 studier"),
        ("det var viktig", "det var ikke viktig"),
        ("lærerne fikk hjelp", "lærerne fikk ingen hjelp"),
        ("a b c d e f g h", "i j k l m n o p"),
    ])
    func substance(first: String, second: String) {
        #expect(WordingDifference.pairs(first, second) == nil, "\(first) / \(second)")
    }

    /// Finding 2 reads "påpekte" in Tabell 9 and "påpeker" in Vedlegg 4 (findings.tsv keeps both).
    @Test func theFindingsWordingIsADifferenceOfWording() throws {
        let findings = try TSVSheet(path: RepositoryPaths.bundledDataset + "/data/findings.tsv")
        let second = try #require(findings.record(withKey: "2", field: "number"))
        #expect(second["text"].contains("påpekte") && second["appendix_text"].contains("påpeker"))
        let interpreter = Interpreter(store: BundledStore.shared)
        let entries = interpreter.auditEntries()
        let text = try #require(entries.first { $0.id == "x-findings-text" })
        #expect(text.verdict == "differs in wording")
        #expect(text.reason.contains("2: påpekte → påpeker"))
        let limitations = try #require(entries.first { $0.id == "x-studies-limitations" })
        #expect(limitations.verdict == "differs in wording")
        #expect(limitations.reason.contains("Moderate/store / Moderate til store: + til"))
        // A cross-table check with figures that differ still disagrees.
        #expect(entries.first { $0.id == "x-studies-sample" }?.verdict == "disagrees")
    }
}
