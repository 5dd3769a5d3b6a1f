import Foundation
import Testing

/// `searches` against Vedlegg 2 (Søkestrategi, lines 2209-2376).
struct SearchesTests {
    /// The lines of Vedlegg 2, from its heading to the heading of Vedlegg 3.
    static let appendix: [(number: Int, text: String)] = {
        let start = Report.lines.firstIndex { Noise.trimmed($0).hasPrefix("Vedlegg 2: Søkestrategi") } ?? 0
        let end = Report.lines.firstIndex { Noise.trimmed($0).hasPrefix("Vedlegg 3:") } ?? 0
        return (start..<end).map { ($0 + 1, Noise.trimmed(Report.lines[$0])) }
    }()

    /// The search lines of Vedlegg 2, counted here by their own marks: the three bullets of
    /// the review search ("· X: N treff"), "Søk N" and "Slått sammen med OR" in the ProQuest
    /// and Web of Science blocks, the last number of each Ovid strategy (they run 1..N), and
    /// the lines with "Hits" in the other sources.
    static var countedSearchLines: Int {
        let texts = appendix.map(\.text)
        let bullets = texts.filter { $0.hasPrefix("·") && $0.hasSuffix("treff") }.count
        let numbered = texts.filter { $0.range(of: #"^Søk \d+$"#, options: .regularExpression) != nil }.count
        let combined = texts.filter { $0.hasPrefix("Slått sammen med OR") }.count
        let hits = texts.filter { $0.range(of: #"\b[Hh]its\b"#, options: .regularExpression) != nil }.count
        return bullets + numbered + combined + hits + ovidLines(texts)
    }

    private static func ovidLines(_ texts: [String]) -> Int {
        var total = 0
        var last = 0
        var inside = false
        for text in texts {
            if text.hasPrefix("Database:") {
                total += last
                last = 0
                inside = true
                continue
            }
            if text.hasPrefix("Søk i andre kilder") { inside = false }
            guard inside, let first = text.split(separator: " ").first, let number = Int(first) else { continue }
            last = number
        }
        return total + last
    }

    @Test func oneRecordPerSearchLineOfTheAppendix() {
        #expect(Self.countedSearchLines == 100)
        #expect(Report.records("searches").count == Self.countedSearchLines)
    }

    @Test func queryAndHitsAreAtTheCitedLines() throws {
        for record in Report.records("searches") {
            let id = record["id"] ?? ""
            let cited = try #require(Cited.parse(record["source"] ?? "").first, "\(id)")
            #expect(cited.place == "Vedlegg 2")
            #expect(Self.appendix.contains { $0.number == cited.lines.lowerBound }, "\(id) outside Vedlegg 2")
            for field in ["query", "hits_stated"] {
                #expect(cited.text.contains(record[field] ?? "\u{0}"), "\(id): \(field) not at \(cited.lines)")
            }
            if let hits = record["hits"], !hits.isEmpty {
                #expect(StatedNumber.all(in: record["hits_stated"] ?? "").contains(Int(hits) ?? -1), "\(id)")
            }
        }
    }

    @Test func databasesAndDatesAreSpelledAsTheAppendixSpellsThem() {
        let text = Self.appendix.map(\.text).joined(separator: "\n")
        for record in Report.records("searches") {
            for field in ["database", "date", "coverage"] {
                guard let value = record[field], !value.isEmpty else { continue }
                #expect(text.contains(value), "\(record["id"]!): \(field) '\(value)'")
            }
        }
    }

    /// Hits as the appendix states them, one line each (lines 2212, 2235, 2262, 2280, 2376).
    @Test(arguments: [
        ("oversikter-epistemonikos", "27"), ("web-of-science-samlet", "6204"), ("psycinfo-2", "4008"),
        ("psycinfo-20", "4816"), ("cristin-3", ""),
    ])
    func statedHits(id: String, hits: String) {
        let record = Report.records("searches").first { $0["id"] == id }
        #expect(record?["hits"] == hits)
    }
}
