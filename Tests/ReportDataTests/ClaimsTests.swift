import Foundation
import Testing

/// `claims`: what the report says about itself, each at its line.
struct ClaimsTests {
    @Test func statedWordsAndSentenceAreAtTheCitedLine() throws {
        let claims = Report.records("claims")
        #expect(claims.count == Report.curated("claims").count)
        for claim in claims {
            let id = claim["id"] ?? ""
            let cited = try #require(Cited.parse(claim["source"] ?? "").first, "\(id)")
            let phrase = claim["phrase"] ?? "\u{0}"
            let sentence = claim["sentence"] ?? "\u{0}"
            let stated = claim["stated"] ?? ""
            #expect(cited.lines.count == 1, "\(id)")
            #expect(cited.text.contains(sentence), "\(id): sentence not at \(cited.lines)")
            #expect(sentence.contains(phrase), "\(id): '\(phrase)' not in its sentence")
            #expect(stated.isEmpty || phrase.contains(stated), "\(id): '\(stated)' not in '\(phrase)'")
            if let n = claim["n"], !n.isEmpty {
                #expect(StatedNumber.all(in: stated) == [Int(n) ?? -1], "\(id): '\(stated)' does not state \(n)")
            } else {
                let dated = ["published", "ref", "date"].contains(claim["attribute"] ?? "")
                #expect(dated || !(claim["qualifier"] ?? "").isEmpty, "\(id): no n and no qualifier")
            }
        }
    }

    /// "høy tillit til ett av funnene" (line 1118): the word form is kept.
    @Test func theWordFormIsKept() {
        let claim = Report.records("claims").first { $0["id"] == "c1118-1" }
        #expect(claim?["stated"] == "ett")
        #expect(claim?["n"] == "1")
    }

    /// The confidence counts as the report states them in two places (line 1118: "lav tillit
    /// til 10 av funnene"; line 1655: "lav tillit til 11 funn"): both are claims.
    @Test(arguments: [
        (1118, "høy", 1), (1118, "moderat", 19), (1118, "lav", 10), (1118, "svært lav", 2),
        (1655, "høy", 1), (1655, "moderat", 19), (1655, "lav", 11), (1655, "svært lav", 2),
    ])
    func confidenceClaims(line: Int, level: String, n: Int) {
        let found = Report.records("claims").contains {
            $0["attribute"] == "confidence" && $0["value"] == level && $0["n"] == String(n)
                && Cited.parse($0["source"] ?? "").first?.lines.lowerBound == line
        }
        #expect(found)
    }

    /// The themes of the findings as line 1121 counts them.
    @Test(arguments: [("forebygging", 2), ("kommunikasjon", 16), ("tiltak fra skolen", 8)])
    func themeClaims(theme: String, n: Int) {
        let found = Report.records("claims").contains {
            $0["attribute"] == "theme" && $0["value"] == theme && $0["n"] == String(n)
                && $0["id"]?.hasPrefix("c1121") == true
        }
        #expect(found)
    }
}
