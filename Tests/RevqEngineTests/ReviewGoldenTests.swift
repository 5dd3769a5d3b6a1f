import RevqCore
import RevqEngine
import RevqReview
import RevqTestSupport
import Testing

/// Statements over the bundled review whose expected rows come from the report's own
/// text: Tabell 9 (lines 1123-1342) and Tabell 11 (lines 1416-1580), written down here
/// by hand with their lines; each transcription is checked against that line, and the
/// expected rows are computed from it by the test, never taken from revq's output.
@Suite("Golden statements over the review")
struct ReviewGoldenTests {
    let interpreter = Interpreter(store: BundledStore.shared)

    /// Tabell 9, one finding each: its theme (the theme rows at lines 1131, 1145, 1153,
    /// 1252, 1260, 1280, 1294), the line of its confidence cell, that cell's level, and
    /// the line of its list of studies.
    struct Finding {
        let number: Int
        let theme: String
        let confidenceLine: Int
        let confidence: String
        let studiesLine: Int
    }

    static let levels = ["Svært lav", "Lav", "Moderat", "Høy"]

    static let tabell9: [Finding] = {
        let themes: [(String, ClosedRange<Int>)] = [
            ("Forebygging", 1...2), ("Fraværsregistrering", 3...3), ("Kommunikasjon", 4...19),
            ("Skolebytte/overgang", 20...20), ("Skolens organisering", 21...23),
            ("Tidlig oppdagelse/innsats", 24...25), ("Tiltak fra skolen", 26...33),
        ]
        // (confidence line, level, studies line) for findings 1...33.
        let cells: [(Int, String, Int)] = [
            (1135, "Moderat", 1137), (1141, "Moderat", 1143), (1149, "Moderat", 1151), (1157, "Lav", 1159),
            (1163, "Lav", 1165), (1169, "Lav", 1171), (1175, "Moderat", 1177), (1181, "Lav", 1183),
            (1187, "Svært lav", 1189), (1193, "Moderat", 1195), (1199, "Moderat", 1201), (1205, "Moderat", 1207),
            (1211, "Lav", 1213), (1217, "Svært lav", 1219), (1223, "Moderat", 1225), (1229, "Høy", 1231),
            (1235, "Moderat", 1237), (1241, "Lav", 1243), (1248, "Moderat", 1250), (1256, "Moderat", 1258),
            (1264, "Lav", 1266), (1270, "Moderat", 1272), (1276, "Moderat", 1278), (1284, "Moderat", 1286),
            (1290, "Moderat", 1292), (1298, "Lav", 1300), (1304, "Moderat", 1306), (1310, "Moderat", 1312),
            (1316, "Moderat", 1318), (1322, "Lav", 1324), (1328, "Lav", 1330), (1334, "Lav", 1336),
            (1340, "Moderat", 1342),
        ]
        return cells.enumerated().map { index, cell in
            let number = index + 1
            let theme = themes.first { $0.1.contains(number) }!.0
            return Finding(
                number: number, theme: theme, confidenceLine: cell.0, confidence: cell.1, studiesLine: cell.2)
        }
    }()

    static func numbers(_ predicate: (Finding) -> Bool) -> [String] {
        tabell9.filter(predicate).map { String($0.number) }
    }

    static func rank(_ level: String) -> Int { levels.firstIndex(of: level)! }

    /// The studies of a finding as Tabell 9 lists them: "Øye 2018; Rossholt 2024;".
    static func studies(of finding: Finding) -> [String] {
        SourceText.review.line(finding.studiesLine).split(separator: ";")
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    @Test func theTranscriptionMatchesTheReport() {
        for finding in Self.tabell9 {
            #expect(
                SourceText.review.line(finding.confidenceLine).trimmingCharacters(in: .whitespaces)
                    == "\(finding.confidence) tillit",
                "finding \(finding.number), line \(finding.confidenceLine)")
            #expect(!Self.studies(of: finding).isEmpty, "finding \(finding.number), line \(finding.studiesLine)")
        }
        for (theme, line) in [
            ("Forebygging", 1131), ("Fraværsregistrering", 1145), ("Kommunikasjon", 1153),
            ("Skolebytte/overgang", 1252), ("Skolens organisering", 1260),
            ("Tidlig oppdagelse/innsats", 1280), ("Tiltak fra skolen", 1294),
        ] {
            #expect(SourceText.review.line(line).trimmingCharacters(in: .whitespaces) == theme)
        }
    }

    @Test(
        "Filters on Tabell 9",
        arguments: [
            (
                "findings where confidence >= moderat and theme = kommunikasjon",
                numbers { rank($0.confidence) >= 2 && $0.theme == "Kommunikasjon" }
            ),
            (
                "findings where confidence >= moderate and theme = communication",
                numbers { rank($0.confidence) >= 2 && $0.theme == "Kommunikasjon" }
            ),
            ("findings where confidence = hoy", numbers { $0.confidence == "Høy" }),
            ("findings where confidence = 'svaert lav'", numbers { $0.confidence == "Svært lav" }),
            (
                "findings where confidence < moderat and not theme = kommunikasjon",
                numbers { rank($0.confidence) < 2 && $0.theme != "Kommunikasjon" }
            ),
            (
                "findings where theme = \"tiltak fra skolen\" or theme = fravaersregistrering",
                numbers { $0.theme == "Tiltak fra skolen" || $0.theme == "Fraværsregistrering" }
            ),
            ("findings where study = \"Øye 2018\"", numbers { studies(of: $0).contains("Øye 2018") }),
            ("findings where study = Oye 2018", numbers { studies(of: $0).contains("Øye 2018") }),
            (
                "findings where study = \"Ramberg 2014\" and confidence = moderat",
                numbers { studies(of: $0).contains("Ramberg 2014") && $0.confidence == "Moderat" }
            ),
            ("findings where support = 1", numbers { studies(of: $0).count == 1 }),
            ("findings where support >= 8", numbers { studies(of: $0).count >= 8 }),
        ])
    func tabell9Filter(_ statement: String, expected: [String]) throws {
        #expect(!expected.isEmpty)
        let result = try #require(interpreter.run(statement).resultSet)
        #expect(result.column("number") == expected)
    }

    /// Each finding's summarised text is the cell between its number and its confidence.
    static func text(of finding: Finding) -> String {
        SourceText.review.line(finding.confidenceLine - 1)
    }

    /// Expected: the findings whose text has every word in one of its forms, written out
    /// here by hand (a word ending in * as a prefix).
    @Test(
        "Word search over Tabell 9's texts",
        arguments: [
            ("findings where text ~ hjemmebes*", [["hjemmebes*"]]),
            (
                "findings where text ~ Fravaersregistrering",
                [["fraværsregistrering", "fraværsregistreringen", "fraværsregistreringer", "fraværsregistreringene"]]
            ),
            ("findings where text ~ digitale", [["digital", "digitale", "digitalt"]]),
            ("findings where text ~ overgang* skolebytte*", [["overgang*"], ["skolebytte*"]]),
            (
                "findings where text ~ foresatte skolen",
                [
                    ["foresatt", "foresatte", "foresattes"],
                    ["skole", "skolen", "skoler", "skolene", "skolens", "skolenes", "skoles"],
                ]
            ),
        ])
    func tabell9Search(_ statement: String, searched: [[String]]) throws {
        let expected = Self.numbers { finding in
            let words = Self.text(of: finding).lowercased().split { !$0.isLetter && !$0.isNumber }
            return searched.allSatisfy { forms in
                forms.contains { form in
                    form.hasSuffix("*")
                        ? words.contains { $0.hasPrefix(form.dropLast()) } : words.contains { $0 == form }
                }
            }
        }
        #expect(!expected.isEmpty)
        let result = try #require(interpreter.run(statement).resultSet)
        #expect(result.column("number") == expected)
    }

    @Test func countByThemeMatchesTabell9() throws {
        let result = try #require(interpreter.run("count findings by theme").resultSet)
        var expected: [[String]] = []
        for finding in Self.tabell9 where expected.last?[0] != finding.theme {
            expected.append([finding.theme, String(Self.tabell9.filter { $0.theme == finding.theme }.count)])
        }
        #expect(result.rows.map { $0.map(\.text) } == expected)
        #expect(result.countTotals == ["33"])
    }

    /// The summary (line 39) counts the findings per theme: "forebygging (2 funn),
    /// fraværsregistrering (1), kommunikasjon (16), skolebytte/overgang (1), skolens
    /// organisering (3), tidlig oppdagelse/innsats (2) og tiltak fra skolen (8)".
    @Test func countByThemeMatchesTheSummary() throws {
        #expect(
            SourceText.review.contains(
                "Funnene omhandlet forebygging (2 funn), fraværsregistrering (1), kommunikasjon (16), skolebytte/overgang (1), skolens organisering (3), tidlig oppdagelse/innsats (2) og tiltak fra skolen (8)",
                in: 39...39))
        let result = try #require(interpreter.run("count findings by theme").resultSet)
        #expect(result.column("count") == ["2", "1", "16", "1", "3", "2", "8"])
        #expect(result.countTotals == ["33"])
    }

    /// Line 3: "Vi inkluderte 38 primærstudier (publisert 2010-2025): 23 kvalitative,
    /// 13 kvantitative og 2 flermetodiske studier."
    @Test func countStudiesByKindMatchesTheSummary() throws {
        #expect(
            SourceText.review.contains(
                "38 primærstudier (publisert 2010-2025): 23 kvalitative, 13 kvantitative og 2 flermetodiske studier",
                in: 3...3))
        let result = try #require(interpreter.run("count studies by kind").resultSet)
        let counts = Dictionary(uniqueKeysWithValues: result.rows.map { ($0[0].text, $0[1].text) })
        #expect(counts == ["kvalitativ": "23", "kvantitativ": "13", "flermetodisk": "2"])
        #expect(result.countTotals == ["38"])
    }

    /// Line 1093: "20 av de 23 kvalitative studiene fra Norden (Norge=16, Sverige=2,
    /// Danmark=2), mens de tre øvrige var fra England, Frankrike og Nederland".
    @Test func qualitativeStudiesByCountryMatchLine1093() throws {
        #expect(
            SourceText.review.contains(
                "(Norge=16, Sverige=2, Danmark=2), mens de tre øvrige var fra England, Frankrike og Nederland",
                in: 1093...1093))
        let result = try #require(interpreter.run("count studies where kind = qualitative by country").resultSet)
        let counts = Dictionary(
            uniqueKeysWithValues: result.rows.map { ($0[0].text, $0[1].text) }.filter { $0.1 != "0" })
        #expect(
            counts == [
                "Norge": "16", "Sverige": "2", "Danmark": "2", "England": "1", "Frankrike": "1", "Nederland": "1",
            ])
        #expect(result.countTotals == ["23"])
        let nordic = try #require(
            interpreter.run("count studies where kind = kvalitativ and country in (Norge, Sverige, Danmark)").resultSet)
        #expect(nordic.rows == [[.integer(20)]])
    }

    @Test func crosstabOfThemeAndConfidenceMatchesTabell9() throws {
        let result = try #require(
            interpreter.run("count findings where confidence >= moderat by theme, confidence").resultSet)
        #expect(result.columns.map(\.name) == ["theme", "confidence", "count"])
        let kept = Self.tabell9.filter { Self.rank($0.confidence) >= 2 }
        let kommunikasjon = kept.filter { $0.theme == "Kommunikasjon" }
        #expect(result.count("Kommunikasjon", "svært lav") == "0")
        #expect(result.count("Kommunikasjon", "lav") == "0")
        #expect(
            result.count("Kommunikasjon", "moderat")
                == String(kommunikasjon.filter { $0.confidence == "Moderat" }.count))
        #expect(result.count("Kommunikasjon", "høy") == String(kommunikasjon.filter { $0.confidence == "Høy" }.count))
        #expect(result.countTotals == [String(kept.count)])
    }

    @Test func studiesOfFinding16AreTheOnesTabell9Lists() throws {
        let listed = Self.studies(of: Self.tabell9[15]) // line 1231
        let result = try #require(interpreter.run("studies where finding = 16 show id, aliases").resultSet)
        #expect(result.rows.count == listed.count)
        for spelling in listed {
            #expect(
                result.rows.contains { row in
                    row[1].text.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.contains(spelling)
                },
                "no study with the alias '\(spelling)'")
        }
    }

    /// Tabell 11: each intervention row's Relasjon/tillit cell (the fifth answer).
    static let relasjon: [(id: String, line: Int, answer: String)] = [
        ("bergman-2019", 1440, "Nei"), ("berlinski-2021", 1450, "Nei"), ("cook-2017", 1460, "Delvis"),
        ("heppen-2020", 1470, "Nei"), ("lasky-fink-2021", 1480, "Nei"), ("lavigne-2021", 1490, "Nei"),
        ("lissack-2022", 1502, "Nei"), ("mac-iver-2020", 1512, "Nei"), ("mckie-2021", 1522, "Ja"),
        ("meyer-2011", 1532, "Ja"), ("musaddiq-2024", 1541, "Nei"), ("robinson-2018", 1551, "Nei"),
        ("rogers-2016", 1561, "Nei"), ("soule-2021", 1570, "Ja"), ("smythe-leistico-2018", 1579, "Nei"),
    ]

    @Test func matrixRelasjonMatchesTabell11() throws {
        for row in Self.relasjon {
            #expect(
                SourceText.review.line(row.line).trimmingCharacters(in: .whitespaces) == row.answer, "line \(row.line)")
        }
        let ja = try #require(interpreter.run("matrix where relasjon = Ja").resultSet)
        #expect(ja.column("id") == Self.relasjon.filter { $0.answer == "Ja" }.map(\.id))
        let count = try #require(interpreter.run("count matrix by relasjon").resultSet)
        #expect(
            count.rows.map { $0.map(\.text) }
                == ["Nei", "Delvis", "Ja"].map { answer in
                    [answer, String(Self.relasjon.filter { $0.answer == answer }.count)]
                })
        #expect(count.countTotals == ["15"])
    }

    /// Tabell 11's study cells name the country after the comma: all USA but Berlinski
    /// (Chile, line 1444) and Lissack og Boyle (Storbritania, line 1494).
    @Test func matrixByCountryOfTheStudy() throws {
        #expect(SourceText.review.line(1444).contains("Chile"))
        #expect(SourceText.review.line(1494).contains("Storbritania"))
        let result = try #require(interpreter.run("matrix where study.country = USA").resultSet)
        #expect(
            result.column("id") == Self.relasjon.map(\.id).filter { $0 != "berlinski-2021" && $0 != "lissack-2022" })
    }
}
