import Foundation
import RevqTestSupport
import Testing

/// outcomes.tsv checked against the review's text: every effect is where it says it is,
/// reads as the report writes it, and the tables' arms are all there.
@Suite("outcomes: effects as the report states them")
struct OutcomesDataTests {
    let review = QuantData.review
    let outcomes = QuantData.outcomes

    /// A value as the report writes it: a decimal comma (7.7 -> "7,7").
    static func written(_ value: String) -> String {
        value.replacingOccurrences(of: ".", with: ",")
    }

    /// True when `number` (as written) occurs in `text` as a whole number, not inside another.
    static func occurs(_ number: String, in text: String) -> Bool {
        let escaped = NSRegularExpression.escapedPattern(for: number)
        return text.matches(#"(?<![\d,])"# + escaped + #"(?!\d|,\d)"#)
    }

    /// The lines of a table: from its caption to the first text line after a blank line.
    func table(_ caption: String) throws -> ClosedRange<Int> {
        let first = try #require(QuantData.line(startingWith: caption)) + 1
        var number = first
        while number < review.lines.count {
            let text = review.line(number + 1)
            if !text.hasPrefix("\t"), !text.trimmingCharacters(in: .whitespaces).isEmpty,
                review.line(number).trimmingCharacters(in: .whitespaces).isEmpty
            {
                break
            }
            number += 1
        }
        return first...number
    }

    @Test func everySentenceAndEffectOccursAtTheCitedLines() {
        #expect(!outcomes.records.isEmpty)
        for record in outcomes.records {
            let cited = QuantData.cited(record)
            #expect(!QuantData.ranges(of: record).isEmpty, "outcome \(record["id"]) cites no lines")
            #expect(cited.contains(record["sentence"]), "outcome \(record["id"]): sentence not at \(record["source"])")
            #expect(
                record["sentence"].contains(record["effect"]), "outcome \(record["id"]): effect not in its sentence")
            if !record["comparison"].isEmpty {
                #expect(record["sentence"].contains(record["comparison"]), "outcome \(record["id"]): comparison")
            }
            if !record["arm"].isEmpty {
                #expect(
                    SourceText.squeeze(cited).contains(SourceText.squeeze(record["arm"])),
                    "outcome \(record["id"]): arm '\(record["arm"])'")
            }
        }
    }

    @Test func everyValueOccursInItsSentenceAsWritten() {
        for record in outcomes.records {
            for field in ["value", "value_to"] where !record[field].isEmpty {
                #expect(Double(record[field]) != nil, "outcome \(record["id"]): \(field) is not a number")
                #expect(
                    Self.occurs(Self.written(record[field]), in: record["sentence"]),
                    "outcome \(record["id"]): \(field) \(record[field]) is not in '\(record["sentence"])'")
            }
            if !record["value_to"].isEmpty { #expect(!record["value"].isEmpty, "outcome \(record["id"])") }
            if !record["unit"].isEmpty {
                let spelled =
                    record["unit"] == "timer"
                    ? "undervisningstimer" : record["unit"] == "dager" ? "skoledager" : record["unit"]
                #expect(record["sentence"].contains(spelled), "outcome \(record["id"]): unit \(record["unit"])")
            }
        }
    }

    /// Every figure the results text gives in prosentpoeng is recorded from its line.
    @Test func everyPercentagePointFigureOfTheResultsIsRecorded() throws {
        let first = try #require(QuantData.line(startingWith: "[bookmark: _Toc210901025]"))
        let last = try #require(QuantData.line(startingWith: "[bookmark: _Toc202277862]")) - 1
        let regex = try NSRegularExpression(pattern: #"(\d+(?:,\d+)?) prosentpoeng"#)
        var found = 0
        for number in first...last {
            let text = review.line(number)
            for match in regex.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                let figure = String(text[Range(match.range(at: 1), in: text)!])
                found += 1
                let here = outcomes.records.filter { QuantData.ranges(of: $0).contains { $0.contains(number) } }
                #expect(
                    here.contains { Self.written($0["value"]) == figure || Self.written($0["value_to"]) == figure },
                    "line \(number): \(figure) prosentpoeng has no outcome")
            }
        }
        #expect(found > 0)
    }

    @Test func tabell6HasOneRecordPerLetterVersionAsTheTextStates() throws {
        let range = try table("Tabell 6:")
        let versions = QuantData.tableRows(range).filter { $0.first?.matches(#"^[A-Z]\. "#) == true }
        let intro = try #require(QuantData.line(startingWith: "Lasky-Fink m.fl. (2021) (99)"))
        let stated = try #require(review.groups(#"oversikt over brevene \(([A-Z])-([A-Z])\)"#, inLine: intro))
        let letters = (stated[0].unicodeScalars.first!.value...stated[1].unicodeScalars.first!.value).count
        #expect(versions.count == letters)
        #expect(versions.count == 7)
        let recorded = outcomes.records.filter { !QuantData.ranges(of: $0, in: "Tabell 6").isEmpty }
        #expect(recorded.map { $0["arm"] } == versions.map { $0[0] })
        for (record, row) in zip(recorded, versions) {
            #expect(record["study"] == "lasky-fink-2021")
            #expect(record["arm_description"] == row[1])
            #expect(record["sentence"] == row[2], "Tabell 6 \(row[0]): the effect cell")
            #expect(
                QuantData.ranges(of: record, in: "Tabell 6").allSatisfy {
                    range.contains($0.lowerBound) && range.contains($0.upperBound)
                })
        }
    }

    @Test func tabell5MessageTypesAreTheArmsOfHeppensEffects() throws {
        let range = try table("Tabell 5.")
        let rows = QuantData.tableRows(range).dropFirst()
        let caption = try #require(QuantData.line(startingWith: "Tabell 5."))
        let stated = try #require(review.groups(#"^Tabell 5\. (\w+) meldingstyper"#, inLine: caption))
        #expect(rows.count == CountWord.value(stated[0]))
        let types = Set(rows.map { $0[1] })
        for type in types {
            #expect(
                outcomes.records.contains { $0["arm"] == type && $0["study"] == "heppen-2020" }, "no effect for \(type)"
            )
        }
        for record in outcomes.records where !QuantData.ranges(of: record, in: "Tabell 5").isEmpty {
            #expect(
                types.contains(record["arm"]),
                "outcome \(record["id"]) cites Tabell 5 but its arm is not a message type")
            let row = try #require(rows.first { $0[1] == record["arm"] })
            #expect(record["arm_description"] == row[3])
        }
    }

    /// A negation before 'signifikant' in the same sentence.
    static let negated = #"\b(ikke|ingen|verken)\b[^.]*signifikant"#

    @Test func significanceAndDirectionAreWhatTheSentenceSays() {
        for record in outcomes.records where Self.referredRecord(of: record) == nil {
            let sentence = record["sentence"].lowercased()
            switch record["significance"] {
            case "signifikant":
                #expect(sentence.contains("signifikant") && !sentence.matches(Self.negated), "outcome \(record["id"])")
            case "ikke signifikant":
                #expect(sentence.matches(Self.negated), "outcome \(record["id"])")
            default:
                #expect(record["significance"].isEmpty)
            }
            // The sentence, not the effect: 'andelen med ti eller flere fraværsdager med nær 12 %'
            // takes its verb from the clause before it (line 854).
            switch record["direction"] {
            case "reduksjon":
                #expect(sentence.matches(#"reduk|redus|nedgang|lavere|\bned\b"#), "outcome \(record["id"])")
            case "økning":
                #expect(sentence.matches(#"økning|økte|flere|høyere|større|bedre|\bmer\b"#), "outcome \(record["id"])")
            case "ingen effekt": #expect(sentence.matches(#"\bingen\b[^.]*effekt"#), "outcome \(record["id"])")
            default: #expect(record["direction"].isEmpty)
            }
        }
    }

    /// The row of the same study that `record` is stated as ("Samme som D" names the arm
    /// whose letter is D), or nil when it states its own effect.
    static func referredRecord(of record: TSVSheet.Record) -> TSVSheet.Record? {
        guard let match = record["sentence"].firstMatch(of: #/^Samme som ([A-Z])\b/#) else { return nil }
        return QuantData.outcomes.records.first {
            $0["study"] == record["study"] && $0["arm"].hasPrefix("\(match.1). ")
        }
    }

    /// A value stated by reference is resolved (issue 20): Tabell 6 gives letter E only as
    /// "Samme som D (2,2%)" (line 810), and D is "Statistisk signifikant reduksjon i fravær
    /// (2,2%)" (line 806), so E is a significant reduction too, with the reference kept.
    @Test func aRowStatedAsAnotherTakesItsSignificanceAndDirection() throws {
        let stated = outcomes.records.filter { $0["sentence"].hasPrefix("Samme som") }
        #expect(stated.count == 1)
        for record in stated {
            let referred = try #require(Self.referredRecord(of: record), "outcome \(record["id"])")
            #expect(!referred["significance"].isEmpty && !referred["direction"].isEmpty)
            #expect(record["significance"] == referred["significance"], "outcome \(record["id"])")
            #expect(record["direction"] == referred["direction"], "outcome \(record["id"])")
            #expect(record["comparison"].hasPrefix("Samme som"), "outcome \(record["id"]) keeps its reference")
        }
        #expect(SourceText.review.line(806).contains("Statistisk signifikant reduksjon i fravær (2,2%)"))
        #expect(SourceText.review.line(810).contains("Samme som D (2,2%)"))
    }

    /// Soule og Curtis's teachers who made home visits report more positive relations with
    /// parents and communication that worked better (line 841); recorded as Cook's
    /// teacher-reported communication is (line 854).
    @Test func teacherReportedResultsOfHomeVisits() throws {
        let sentence =
            "Disse lærerne hadde også mer positive relasjoner til foreldre, og mente at kommunikasjonen fungerte bedre."
        #expect(SourceText.review.line(841).contains(sentence))
        let soule = outcomes.records.filter { $0["study"] == "soule-2021" && $0["sentence"] == sentence }
        #expect(
            soule.map { $0["effect"] }.sorted() == [
                "kommunikasjonen fungerte bedre", "mer positive relasjoner til foreldre",
            ])
        #expect(soule.allSatisfy { $0["direction"] == "økning" && $0["outcome"].hasSuffix("(lærerrapportert)") })
        let cook = try #require(
            outcomes.records.first { $0["study"] == "cook-2017" && $0["outcome"].hasSuffix("(lærerrapportert)") })
        #expect(SourceText.review.line(854).contains(cook["sentence"]))
    }

    /// A few effects read straight off the report, each with its line.
    @Test(arguments: [
        ("robinson-2018", "7.7", "%", 826), ("rogers-2016", "2.4", "%", 830),
        ("berlinski-2021", "4.5", "prosentpoeng", 727),
        ("mac-iver-2020", "2.5", "prosentpoeng", 824), ("smythe-leistico-2018", "11.1", "prosentpoeng", 773),
        ("cook-2017", "8.9", "%", 854), ("bergman-2019", "34", "timer", 723),
        ("heppen-2020", "2.4", "prosentpoeng", 759),
    ])
    func statedEffects(study: String, value: String, unit: String, line: Int) {
        #expect(review.line(line).contains(Self.written(value)))
        #expect(
            outcomes.records.contains { record in
                record["study"] == study && record["value"] == value && record["unit"] == unit
                    && QuantData.ranges(of: record).contains { $0.contains(line) }
            }, "\(study): \(value) \(unit) at line \(line)")
    }

    @Test func idsFollowTheReportAndStudiesExist() {
        let ids = outcomes.records.map { Int($0["id"]) }
        #expect(ids == Array(1...outcomes.records.count).map { Optional($0) })
        // Ordered by the sentence's place, the first one cited (a Tabell 5 row comes second).
        let firstLines = outcomes.records.map { QuantData.ranges(of: $0).first?.lowerBound ?? 0 }
        #expect(firstLines == firstLines.sorted())
        for record in outcomes.records {
            #expect(
                QuantData.studyIds.contains(record["study"]),
                "outcome \(record["id"]): unknown study \(record["study"])")
        }
    }

    @Test func theLoaderAcceptsEveryRecord() throws {
        let store = try QuantData.loadStore(["outcomes"])
        #expect(store.table(named: "outcomes")?.count == outcomes.records.count)
    }
}
