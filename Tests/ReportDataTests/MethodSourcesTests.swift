import Foundation
import Testing

/// criteria, glossary, screening and charts: the method's criteria, the notes' terms, Vedlegg 3's
/// steps and the chart data of Figur 4 and 5, each record against the line it cites.
struct MethodSourcesTests {
    /// Every record's text is on the line it cites.
    @Test(arguments: [("criteria", "text"), ("glossary", "note"), ("screening", "text")])
    func textIsAtItsLine(source: String, field: String) throws {
        let records = Report.records(source)
        #expect(!records.isEmpty)
        for record in records {
            let cited = try #require(Cited.parse(record["source"] ?? "").first, "\(source): \(record)")
            let text = record[field] ?? "\u{0}"
            #expect(
                cited.lines.contains { Report.line($0).contains(text) },
                "\(source): '\(text.prefix(40))' not at \(cited.lines)")
        }
    }

    /// Lines 214-265: ten headings, from "Populasjon" to "Annet"; "Publikasjonsår" holds "2010-2025"
    /// (line 253) and "Land/Kontekst" ends with "Masteroppgaver inkluderes kun fra Norge" (line 260).
    @Test func inclusionCriteriaFollowTheTable() throws {
        let criteria = Report.records("criteria").filter { $0["kind"] == "inklusjon" }
        let headings = [
            "Populasjon", "Tiltak", "Sammenligning", "Fenomen som skal undersøkes", "Utfall", "Studiedesign",
            "Publikasjonsår", "Land/Kontekst", "Språk", "Annet",
        ]
        for heading in headings {
            #expect(
                Report.lines[213..<266].contains { $0.trimmingCharacters(in: .whitespaces) == heading }, "\(heading)")
        }
        var order: [String] = []
        for record in criteria where order.last != record["category"] { order.append(record["category"] ?? "") }
        #expect(order == headings)
        #expect(Report.line(253).contains("2010-2025"))
        #expect(criteria.first { $0["category"] == "Publikasjonsår" }?["text"] == "2010-2025")
        #expect(Report.line(260).contains("Masteroppgaver inkluderes kun fra Norge"))
        #expect(
            criteria.last { $0["category"] == "Land/Kontekst" }?["text"] == "Masteroppgaver inkluderes kun fra Norge")
        // Line 273 opens the exclusion list; its last line is "Bokkapitler" (line 281).
        let exclusion = Report.records("criteria").filter { $0["kind"] == "eksklusjon" }
        #expect(Report.line(273).hasPrefix("Vi ekskluderte følgende typer"))
        #expect(exclusion.last?["text"] == "Bokkapitler" && Report.line(281) == "Bokkapitler")
    }

    /// Line 610: '* Studiene bruker begrepet “chronic absenteeism” som vi har oversatt til “omfattende fravær”'.
    @Test func glossaryHoldsTabell3sNotes() throws {
        let terms = Dictionary(uniqueKeysWithValues: Report.records("glossary").map { ($0["term"] ?? "", $0) })
        #expect(Report.line(607).contains("RCT: Randomisert kontrollert studie."))
        #expect(terms["RCT"]?["definition"] == "Randomisert kontrollert studie.")
        #expect(Report.line(610).contains("“omfattende fravær”"))
        #expect(terms["omfattende fravær"]?["synonyms"]?.contains("chronic absenteeism") == true)
        #expect(Set(terms.keys) == ["RCT", "RDD", "SMS", "omfattende fravær", "vgs", "OECD"])
    }

    /// Vedlegg 3 (lines 2385-2394): 'Steg 1', 'Steg 2', 'Steg 3' at lines 2387, 2390, 2393; step 3 is where
    /// 'ca. 30 %' is stated (line 2394).
    @Test func screeningStepsRunOneToThree() throws {
        let steps = Report.records("screening")
        #expect(steps.map { $0["step"] } == ["1", "2", "3"])
        for n in [2387, 2390, 2393] { #expect(Report.line(n).trimmingCharacters(in: .whitespaces).hasPrefix("Steg")) }
        #expect(steps.last?["text"]?.contains("ca. 30 % av referansene") == true)
    }

    /// Lines 3224 and 3229: 'Elever Foresatte* Lærere Andre skoleansatte** 5 16 13 9' and
    /// 'Barneskole ... 3 7 6 5 1 1'; each bar keeps its number, and Figur 4's equal line 1097's counts
    /// ('i fem av studiene', 'i 16 studier totalt', 'i totalt 13 studier', 'i ni studier').
    @Test func chartBarsAreTheChartDataLines() throws {
        let bars = Report.records("charts")
        let written = { (line: Int) in
            Report.line(line).components(separatedBy: "\t").map { $0.trimmingCharacters(in: .whitespaces) }.filter {
                !$0.isEmpty
            }
        }
        #expect(written(3224) == ["Elever", "Foresatte*", "Lærere", "Andre skoleansatte**", "5", "16", "13", "9"])
        #expect(
            written(3229) == [
                "Barneskole", "Barne- og ungdomsskole", "Ungdomsskole", "Ungdomskole og vgs", "Vgs",
                "Blandet/ ikke spesifisert", "3", "7", "6", "5", "1", "1",
            ])
        let figure4 = bars.filter { $0["figure"] == "Figur 4" }
        let figure5 = bars.filter { $0["figure"] == "Figur 5" }
        #expect(figure4.map { $0["n"] ?? "" } == ["5", "16", "13", "9"])
        #expect(figure5.map { $0["n"] ?? "" } == ["3", "7", "6", "5", "1", "1"])
        for phrase in ["i fem av studiene", "i 16 studier totalt", "i totalt 13 studier", "i ni studier"] {
            #expect(Report.line(1097).contains(phrase), "\(phrase)")
        }
        #expect(bars.allSatisfy { !($0["check"] ?? "").isEmpty }, "every bar has its check")
    }
}
