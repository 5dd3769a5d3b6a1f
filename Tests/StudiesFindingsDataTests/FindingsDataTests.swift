import Foundation
import RevqTestSupport
import Testing

/// findings.tsv checked against Tabell 9, Vedlegg 4 and what the prose says about the findings.
@Suite("findings: the 33 GRADE-CERQual findings")
struct FindingsDataTests {
    let review = OwnSources.review
    let findings = OwnSources.findings
    static let themes = [
        "Forebygging", "Fraværsregistrering", "Kommunikasjon", "Skolebytte/overgang",
        "Skolens organisering", "Tidlig oppdagelse/innsats", "Tiltak fra skolen",
    ]
    /// A finding row starts with a cell holding only its number (a bookmark may precede it).
    static let numberCell = #"^\t(\[bookmark: [^\]]*\])?\d+$"#

    func tableRange() throws -> ClosedRange<Int> {
        let title = try #require(OwnSources.line(startingWith: "Tabell 9:"))
        return title...(try #require(OwnSources.line(startingWith: "Oppsummering av kvalitative funn", after: title)))
    }

    func appendixRange() throws -> ClosedRange<Int> {
        let title = try #require(OwnSources.line(startingWith: "Vedlegg 4: Funn med", anywhere: true))
        return
            title...(try #require(OwnSources.line(startingWith: "Vedlegg 5: Vurdering", after: title, anywhere: true)))
    }

    @Test func countsEqualTheRowsOfTabell9AndVedlegg4() throws {
        let table = try tableRange()
        let stated = try #require(review.captures(#"\(N=(\d+)\)"#, inLine: table.lowerBound)?.first.flatMap { Int($0) })
        #expect(review.lines(matching: Self.numberCell, in: table).count == stated)
        let appendix = try appendixRange()
        let appendixStated = try #require(
            review.captures(#"\((\d+) funn\)"#, inLine: appendix.lowerBound + 1)?.first.flatMap { Int($0) })
        #expect(review.lines(matching: Self.numberCell, in: appendix).count == appendixStated)
        #expect(findings.records.count == stated)
        #expect(findings.records.map { Int($0["number"]) } == Array(1...stated).map { Optional($0) })
    }

    @Test func textAndConfidenceAppearAtTheCitedLines() throws {
        for record in findings.records {
            let number = record["number"]
            let table = try #require(OwnSources.lines(of: record, in: "Tabell 9").first, "finding \(number)")
            let appendix = try #require(OwnSources.lines(of: record, in: "Vedlegg 4").first, "finding \(number)")
            #expect(
                review.lines(matching: #"^\t(\[bookmark: [^\]]*\])?"# + number + "$", in: table) == [table.lowerBound])
            #expect(review.lines(matching: #"^\t"# + number + "$", in: appendix) == [appendix.lowerBound])
            #expect(review.contains(record["text"], in: table), "finding \(number): text")
            let appendixText = record["appendix_text"].isEmpty ? record["text"] : record["appendix_text"]
            #expect(review.contains(appendixText, in: appendix), "finding \(number): appendix text")
            let confidence = capitalized(record["confidence"]) + " tillit"
            #expect(
                review.lines(matching: "^\t" + confidence + "\\s*$", in: table).count == 1,
                "finding \(number): \(confidence)")
            let appendixConfidence =
                record["appendix_confidence"].isEmpty
                ? confidence : capitalized(record["appendix_confidence"]) + " tillit"
            #expect(
                review.lines(matching: "^\t" + appendixConfidence + "\\s*$", in: appendix).count == 1,
                "finding \(number)")
            #expect(review.contains(record["confidence_explanation"], in: table), "finding \(number): explanation")
            #expect(review.contains(record["studies_text"], in: table), "finding \(number): studies")
            #expect(
                review.contains(record["appendix_studies_text"], in: appendix), "finding \(number): appendix studies")
        }
    }

    /// The four component cells of a Vedlegg 4 row, read by the test: each cell's first line
    /// ends in 'bekymringer'; its level is matched through the concern vocabulary's spellings.
    @Test func componentLevelsAreVedlegg4s() throws {
        let vocabulary = TSVSheet.bundled("schema/vocabularies/concern.tsv")
        let spellings: [String: String] = Dictionary(
            vocabulary.records.flatMap { term in
                ([term["value"]] + term.list("synonyms")).map { ($0.lowercased(), term["value"]) }
            }, uniquingKeysWith: { first, _ in first })
        for record in findings.records {
            let appendix = try #require(OwnSources.lines(of: record, in: "Vedlegg 4").first)
            let cells = review.lines(matching: #"^\t\S.* bekymringer\s*$"#, in: appendix).map { number in
                review.line(number).trimmingCharacters(in: .whitespaces).replacingOccurrences(
                    of: " bekymringer", with: ""
                ).lowercased()
            }
            let levels = cells.map { spellings[$0] ?? "?\($0)" }
            #expect(
                levels == ["limitations", "coherence", "adequacy", "relevance"].map { record[$0] },
                "finding \(record["number"])")
            for component in ["limitations", "coherence", "adequacy", "relevance"]
            where !record[component + "_explanation"].isEmpty {
                #expect(
                    review.contains(record[component + "_explanation"], in: appendix),
                    "finding \(record["number"]): \(component)")
            }
        }
    }

    /// Tabell 9's explanation sentence names each component's level; it must agree with Vedlegg 4.
    @Test func tabell9ExplanationNamesTheSameLevels() {
        let words = [
            "limitations": "metodiske begrensninger", "coherence": "(koherens|sammenheng)",
            "adequacy": "dataomfang", "relevance": "relevans",
        ]
        for record in findings.records {
            let explanation = record["confidence_explanation"]
            for (component, word) in words {
                let pattern =
                    "(?i)" + NSRegularExpression.escapedPattern(for: record[component]) + " bekymringer knyttet til "
                    + word
                let found = explanation.range(of: pattern, options: .regularExpression) != nil
                #expect(
                    found, "finding \(record["number"]): \(component) '\(record[component])' not in '\(explanation)'")
            }
            #expect(record["note"].isEmpty, "finding \(record["number"]): \(record["note"])")
        }
    }

    @Test func themeIsTheHeadingAboveTheRow() throws {
        for record in findings.records {
            for place in ["Tabell 9", "Vedlegg 4"] {
                let row = try #require(OwnSources.lines(of: record, in: place).first)
                let heading = (1..<row.lowerBound).reversed().first {
                    Self.themes.contains(review.line($0).trimmingCharacters(in: .whitespaces))
                }
                #expect(
                    heading.map { review.line($0).trimmingCharacters(in: .whitespaces) } == record["theme"],
                    "finding \(record["number"]) in \(place)")
            }
        }
    }

    /// Each name of a study list is an alias of one of the finding's studies, and no study is missing.
    @Test func supportingStudiesAreTheListsNames() {
        let studies = OwnSources.studies
        let ids = Set(studies.records.map { $0["id"] })
        for record in findings.records {
            for (listField, idsField) in [("studies_text", "study"), ("appendix_studies_text", "appendix_study")] {
                let names = record[listField].split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
                    .filter { !$0.isEmpty }
                let linked = record.list(idsField).isEmpty ? record.list("study") : record.list(idsField)
                #expect(linked.allSatisfy(ids.contains), "finding \(record["number"]): unknown study")
                let named = names.compactMap { name in
                    studies.records.first { $0.list("aliases").contains(name) }?["id"]
                }
                #expect(named.count == names.count, "finding \(record["number"]): a name in \(listField) is no alias")
                #expect(
                    Set(named) == Set(linked) && named.count == linked.count,
                    "finding \(record["number"]): \(listField)")
            }
        }
    }

    /// Line 1121 (and the summaries, lines 39 and 85) count the findings per theme.
    @Test func themeDistributionAgreesWithTheProse() throws {
        let count = { (theme: String) in findings.records.filter { $0["theme"] == theme }.count }
        let line = try #require(OwnSources.line(startingWith: "Alle de 33 funnene, hvilke studier"))
        for theme in Self.themes {
            let stated = try #require(
                review.captures(
                    NSRegularExpression.escapedPattern(for: theme.lowercased()) + #" \((\d+) funn\)"#, inLine: line)?
                    .first)
            #expect(count(theme) == Int(stated), "\(theme): line \(line) says \(stated)")
        }
        let summary = try #require(OwnSources.line(startingWith: "Ni kvalitative studier fra europeiske land og 14"))
        let listed = try #require(
            review.captures(
                #"forebygging \((\d+) funn\), fraværsregistrering \((\d+)\), kommunikasjon \((\d+)\), skolebytte/overgang \((\d+)\), skolens organisering \((\d+)\), tidlig oppdagelse/innsats \((\d+)\) og tiltak fra skolen \((\d+)\)"#,
                inLine: summary))
        #expect(listed.compactMap { Int($0) } == Self.themes.map(count))
    }

    /// Line 1655 (discussion) states 1 høy, 19 moderat, 11 lav, 2 svært lav, as Tabell 9 has them;
    /// line 1118 (results) says lav tillit to 10 of the findings: the report disagrees with itself.
    @Test func confidenceDistributionAgainstTheProse() throws {
        let count = { (level: String) in findings.records.filter { $0["confidence"] == level }.count }
        let discussion = try #require(
            OwnSources.line(startingWith: "Vi gjorde en overordnet vurdering av tillit til de 33"))
        let stated = try #require(
            review.captures(
                #"høy tillit til (\d+) funn, moderat tillit til (\d+) funn, lav tillit til (\d+) funn og svært lav tillit til (\d+) funn"#,
                inLine: discussion))
        #expect(stated.compactMap { Int($0) } == [count("høy"), count("moderat"), count("lav"), count("svært lav")])
        let results = try #require(OwnSources.line(startingWith: "Vurderingene viste at vi har høy tillit til"))
        let high = try #require(review.captures(#"høy tillit til (\w+) av funnene"#, inLine: results)?.first)
        let moderate = try #require(review.captures(#"moderat tillit til (\d+) av funnene"#, inLine: results)?.first)
        let low = try #require(review.captures(#"lav tillit til (\d+) av funnene"#, inLine: results)?.first)
        let veryLow = try #require(
            review.captures(#"Til de (\w+) siste funnene har vi svært lav tillit"#, inLine: results)?.first)
        #expect(NumberWords.value(high) == count("høy"))
        #expect(Int(moderate) == count("moderat"))
        #expect(NumberWords.value(veryLow) == count("svært lav"))
        // The disagreement, kept as each place says it.
        #expect(Int(low) == 10)
        #expect(count("lav") == 11)
    }

    /// The discussion cites findings as '(Funn 31, lav tillit)'; each must match Tabell 9.
    @Test func discussionCitationsMatchTheConfidence() throws {
        let regex = try NSRegularExpression(pattern: #"Funn (\d+), (høy|moderat|lav|svært lav) tillit\)"#)
        var cited = 0
        for text in review.lines {
            for match in regex.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                let number = String(text[Range(match.range(at: 1), in: text)!])
                let level = String(text[Range(match.range(at: 2), in: text)!])
                #expect(findings.record(withKey: number, field: "number")?["confidence"] == level, "Funn \(number)")
                cited += 1
            }
        }
        #expect(cited >= 15)
    }

    @Test func everyFindingLoadsWithItsStudiesResolved() throws {
        let store = try OwnSources.loadStore()
        let table = try #require(store.table(named: "findings"))
        #expect(table.count == findings.records.count)
        for row in 0..<table.count {
            let linked = table.value(row: row, field: "study")?.elements ?? []
            #expect(linked.count == findings.records[row].list("study").count)
            #expect(table.value(row: row, field: "support") == .integer(linked.count))
        }
    }

    private func capitalized(_ level: String) -> String {
        level.prefix(1).uppercased() + level.dropFirst()
    }
}
