import Foundation
import Testing

/// `sections` against the report's prose.
struct SectionsTests {
    static let sections = Report.records("sections")
    static let headings = Report.curated("sections-headings")

    @Test func noExportNoiseRemains() {
        for section in Self.sections {
            let text = section["text"] ?? ""
            for noise in ["[bookmark:", "Comment by", "[image:"] {
                #expect(!text.contains(noise), "\(section["id"]!): \(noise)")
            }
        }
    }

    @Test func everyParagraphIsAtItsCitedLines() throws {
        for section in Self.sections {
            let id = section["id"] ?? ""
            let cited = try #require(Cited.parse(section["source"] ?? "").first, "\(id)")
            let text = cited.lines.map { Noise.trimmed(Report.line($0)) }.joined(separator: "\n")
            #expect(text.contains(section["text"] ?? "\u{0}"), "\(id): text not at \(cited.lines)")
            #expect(section["line"] == String(cited.lines.lowerBound), "\(id)")
            #expect(id == String(format: "p%04d", cited.lines.lowerBound))
        }
    }

    /// Paragraphs do not overlap, and every line of prose is in one: a line is prose here when
    /// it has text after the noise is removed and is not a table cell (a TAB line and the lines
    /// that continue it), a heading, a caption, an image alt text, or a curated skip.
    @Test func everyProseLineIsInExactlyOneParagraph() {
        var covered: [Int: String] = [:]
        for section in Self.sections {
            for place in Cited.parse(section["source"] ?? "") {
                for line in place.lines {
                    #expect(covered[line] == nil, "line \(line) in \(covered[line] ?? "") and \(section["id"]!)")
                    covered[line] = section["id"]
                }
            }
        }
        for number in Self.proseLines() {
            #expect(covered[number] != nil, "line \(number) is prose but in no paragraph")
        }
    }

    static func proseLines() -> [Int] {
        let headingLines = Set(headings.filter { $0["in_text"] == "yes" }.compactMap { Int($0["line"] ?? "") })
        var treat: [Int: String] = [:]
        for row in Report.curated("sections-lines") {
            for line in Int(row["first"]!)!...Int(row["last"]!)! { treat[line] = row["treat"] }
        }
        var result: [Int] = []
        var inCell = false
        var inImage = false
        for number in 1...Report.lines.count {
            let raw = Report.line(number)
            let text = Noise.trimmed(raw)
            if raw.drop(while: { $0 == " " }).hasPrefix("\t") { inCell = true } else if text.isEmpty { inCell = false }
            if raw.contains("[image:") && !raw.contains("]") {
                inImage = true
                continue
            }
            if inImage {
                if raw.contains("]") {
                    inImage = false
                    continue
                }
                if text.isEmpty { continue }
                inImage = false
            }
            let caption = text.range(of: #"^(Tabell|Figur) \d+[:.]"#, options: .regularExpression) != nil
            if text.isEmpty || headingLines.contains(number) || caption || treat[number] == "skip" { continue }
            if inCell && treat[number] != "prose" { continue }
            result.append(number)
        }
        return result
    }

    @Test func headingPathsAreCuratedHeadingsAndTheTextHasThem() {
        let names = Set(Self.headings.compactMap { $0["heading"] })
        for section in Self.sections {
            let path = (section["heading"] ?? "").components(separatedBy: " > ")
            #expect(section["chapter"] == path.first, "\(section["id"]!)")
            #expect(section["level"] == String(path.count), "\(section["id"]!)")
            #expect(path.allSatisfy(names.contains), "\(section["id"]!)")
        }
        for heading in Self.headings where heading["in_text"] == "yes" {
            let line = Int(heading["line"] ?? "") ?? 0
            #expect(Noise.trimmed(Report.line(line)) == heading["heading"], "line \(line)")
        }
    }

    /// Lines with a table-of-contents bookmark and text are headings (or curated prose).
    @Test func everyBookmarkedHeadingIsCurated() {
        let curated = Set(Self.headings.compactMap { Int($0["line"] ?? "") })
        let prose = Set(Self.sections.compactMap { Int($0["line"] ?? "") })
        for number in 1...Report.lines.count where Report.line(number).contains("[bookmark: _Toc") {
            guard !Noise.trimmed(Report.line(number)).isEmpty else { continue }
            #expect(curated.contains(number) || prose.contains(number), "line \(number)")
        }
    }

    /// Heading paths read off the text: "Diskusjon" (line 1600) then "Hovedfunn" (1601) above
    /// line 1602; "Vurdering av tillit til funnene" (1115) under "Funn: ..." (1112); and so on.
    @Test(arguments: [
        ("p1602", "Diskusjon > Hovedfunn"),
        ("p1118", "Resultater > Funn: Erfaringer med tiltak og skole-hjem-samarbeid > Vurdering av tillit til funnene"),
        ("p0433", "Resultater > Resultater av litteratursøket og utvelgelse av studier"),
        (
            "p1610",
            "Diskusjon > Hovedfunn > Funn sett opp mot problemnivåene i tiltakspyramiden > Nivå 1: Universell forebygging (Alle elever)"
        ),
        ("p2211", "Vedlegg 2: Søkestrategi > Søk etter systematiske oversikter"),
        (
            "p1353",
            "Resultater > Funn: Erfaringer med tiltak og skole-hjem-samarbeid > Oppsummering av kvalitative funn"
        ),
    ])
    func headingPath(id: String, path: String) {
        #expect(Self.sections.first { $0["id"] == id }?["heading"] == path)
    }

    @Test func lostHeadingsAreMarkedInferred() {
        let conclusion = Self.sections.first { $0["id"] == "p1701" }
        #expect(conclusion?["chapter"] == "Konklusjon")
        #expect(conclusion?["inferred_headings"] == "Konklusjon")
        #expect(Self.sections.first { $0["id"] == "p1602" }?["inferred_headings"] == "")
    }

    @Test func aWordSearchFindsTheProse() {
        let hits = Self.sections.filter { ($0["text"] ?? "").localizedCaseInsensitiveContains("hjemmebesøk") }
        #expect(hits.count >= 10)
        #expect(!Self.sections.contains { ($0["text"] ?? "").contains("Ingeborg foreslår") })
    }
}
