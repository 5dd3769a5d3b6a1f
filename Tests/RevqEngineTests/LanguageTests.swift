import RevqCore
import RevqEngine
import RevqReview
import RevqTestSupport
import Testing

/// The whole language over the mini review (its rows are listed in `MiniReview`).
@Suite("Relations, search, projection, counting, named queries")
struct LanguageTests {
    let interpreter = Interpreter(store: MiniReview.store)

    @Test(
        "Relations, both ways and through dot paths",
        arguments: [
            ("findings where study = \"Øye 2018\"", "number", ["1", "2", "6"]),
            ("findings where study = Oye 2018", "number", ["1", "2", "6"]),
            ("findings where study = \"øye m.fl. 2018\"", "number", ["1", "2", "6"]),
            ("findings where study = oye-2018", "number", ["1", "2", "6"]),
            ("findings where study in (\"Bergman 2019\", Aberg 2020)", "number", ["3", "4", "5", "6"]),
            ("findings where study != \"Åberg 2020\"", "number", ["1", "2", "4"]),
            ("findings where study.country = USA", "number", ["4", "6"]),
            ("findings where study.country = norway", "number", ["1", "2", "3", "6"]),
            ("findings where study.kind = kvalitativ and study.limitations >= store", "number", ["3", "5", "6"]),
            ("findings where study.limitations >= moderate", "number", ["1", "2", "3", "5", "6"]),
            ("studies where finding = 6", "id", ["oye-2018", "bergman-2019", "aberg-2020"]),
            ("studies where finding.theme = kommunikasjon", "id", ["bergman-2019", "rossholt-2024", "aberg-2020"]),
            ("studies where finding_count >= 3", "id", ["oye-2018", "aberg-2020"]),
            ("matrix where relasjon = Ja", "id", ["aberg-2020"]),
            ("matrix where kommunikasjon >= partly", "id", ["bergman-2019", "aberg-2020"]),
            ("matrix where study.country = USA", "id", ["bergman-2019"]),
            ("matrix where study.finding.confidence = høy", "id", ["bergman-2019", "aberg-2020"]),
            ("findings where support = 1", "number", ["2", "4", "5"]),
            ("findings where support >= 2", "number", ["1", "3", "6"]),
        ])
    func relation(_ statement: String, column: String, expected: [String]) throws {
        let result = try #require(interpreter.run(statement).resultSet, "\(interpreter.run(statement))")
        #expect(result.column(column) == expected)
    }

    @Test(
        "Word search ignores case, diacritics and inflection; * is a prefix",
        arguments: [
            ("findings where text ~ foresatte", ["1", "3", "4", "5"]),
            // skole in any form: 3 says "skolen", 4 "skolens".
            ("findings where text ~ FORESATTE skole", ["1", "3", "4", "5"]),
            ("findings where text ~ relasjon", ["1"]),
            ("findings where text ~ hjemmebes*", ["4"]),
            ("findings where text ~ hjemmebesok", ["4"]),
            ("findings where text ~ fravaer", ["2", "6"]),
            ("findings where text ~ fravær*", ["2", "6"]),
            ("findings where text ~ aerlig", ["5"]),
            ("findings where ~ relasjoner", ["1"]),
            ("findings where ~ lines", []),
            ("findings where text ~ \"skole og hjem\"", ["1", "5"]),
            ("findings where text ~ zzz*", []),
            ("findings where text ~ tid*", ["3", "5", "6"]),
        ])
    func search(_ statement: String, expected: [String]) throws {
        let result = try #require(interpreter.run(statement).resultSet)
        #expect(result.column("number") == expected)
    }

    @Test(
        "Text compares folded for =, in Norwegian order for <",
        arguments: [
            ("studies where label = \"oye 2018\"", ["oye-2018"]),
            ("studies where label < \"C\"", ["bergman-2019"]),
            ("studies where label > \"Z\"", ["oye-2018", "aberg-2020"]),
            ("studies where label >= \"Å\"", ["aberg-2020"]),
            ("studies where aliases = \"bergman 2019\"", ["bergman-2019"]),
            ("studies sort by label", ["bergman-2019", "rossholt-2024", "oye-2018", "aberg-2020"]),
            ("studies sort by label desc", ["aberg-2020", "oye-2018", "rossholt-2024", "bergman-2019"]),
            ("studies sort by limitations", ["rossholt-2024", "oye-2018", "aberg-2020", "bergman-2019"]),
            ("studies sort by limitations desc", ["aberg-2020", "oye-2018", "rossholt-2024", "bergman-2019"]),
        ])
    func text(_ statement: String, expected: [String]) throws {
        let result = try #require(interpreter.run(statement).resultSet)
        #expect(result.column("id") == expected)
    }

    @Test func showSortLimit() throws {
        let result = try #require(
            interpreter.run(
                "findings where confidence >= lav show number, confidence, support, study.country sort by support desc, number limit 3"
            ).resultSet)
        #expect(result.columns.map(\.name) == ["number", "confidence", "support", "study.country"])
        #expect(
            result.rows.map { $0.map(\.text) } == [
                ["6", "høy", "3", "Norge; USA; Sverige"],
                // One country per study, beside it: finding 1's two studies are both Norwegian.
                ["1", "høy", "2", "Norge; Norge"],
                ["3", "moderat", "2", "Norge; Sverige"],
            ])
        let byConfidence = try #require(interpreter.run("findings sort by confidence desc, number desc").resultSet)
        #expect(byConfidence.column("number") == ["6", "1", "3", "2", "4", "5"])
        #expect(interpreter.run("findings limit 0").resultSet?.rows.isEmpty == true)
    }

    @Test func countByOneField() throws {
        let result = try #require(interpreter.run("count findings by theme").resultSet)
        #expect(result.columns.map(\.name) == ["theme", "count"])
        // Issue 9: the data holds the groups only; the total is presentation beside it.
        #expect(
            result.rows.map { $0.map(\.text) } == [
                ["Forebygging", "2"], ["Fraværsregistrering", "1"], ["Kommunikasjon", "3"],
            ])
        #expect(result.countTotals == ["6"])
        #expect(!result.hasTotalsRow)
        let matrix = try #require(interpreter.run("count matrix by relasjon").resultSet)
        #expect(matrix.rows.map { $0.map(\.text) } == [["Nei", "1"], ["Delvis", "0"], ["Ja", "1"]])
        #expect(matrix.countTotals == ["2"])
        #expect(
            interpreter.run("count findings where theme = kommunikasjon").resultSet?.rows.map { $0.map(\.text) } == [
                ["3"]
            ])
    }

    @Test func crosstabWithTotals() throws {
        let result = try #require(
            interpreter.run("count findings where confidence >= lav by theme, confidence").resultSet)
        // Issue 9: tidy data, one row per (theme, confidence), zeros included; the
        // crosstab with its margins is the display of it.
        #expect(result.columns.map(\.name) == ["theme", "confidence", "count"])
        let grid = [
            ["Forebygging", "0", "0", "0", "2", "2"],
            ["Fraværsregistrering", "0", "0", "1", "0", "1"],
            ["Kommunikasjon", "0", "1", "1", "0", "2"],
        ]
        let scale = ["svært lav", "lav", "moderat", "høy"]
        #expect(
            result.rows.map { $0.map(\.text) }
                == grid.flatMap { row in scale.indices.map { [row[0], scale[$0], row[$0 + 1]] } })
        #expect(result.crosstabMargins?.rows == ["2", "1", "2"])
        #expect(result.crosstabMargins?.columns == ["0", "1", "2", "2"])
        #expect(result.countTotals == ["5"])
    }

    @Test func countByAFieldWithSeveralValuesCountsEachRecordOnceInTheTotal() throws {
        let result = try #require(interpreter.run("count findings by study").resultSet)
        #expect(
            result.rows.map { $0.map(\.text) } == [
                ["Øye 2018", "3"], ["Bergman og Chan 2019", "2"], ["Rossholt 2024", "2"], ["Åberg 2020", "3"],
            ])
        #expect(result.countTotals == ["6"])
        // Issue 8, item 11: the groups add up to 10 for 6 findings, and the note says why.
        #expect(result.notes.contains { $0.hasPrefix("groups overlap") && $0.contains("add up to 10") })
    }

    @Test func namedQueries() throws {
        let session = Interpreter(store: MiniReview.store)
        guard case .message(let message) = session.run("let komm = findings where theme = kommunikasjon") else {
            Issue.record("no message")
            return
        }
        #expect(message == "komm: 3 rows of findings")
        #expect(session.queryNames == ["komm"])
        #expect(session.run("komm where confidence >= lav").resultSet?.column("number") == ["3", "4"])
        #expect(session.run("count komm by confidence").resultSet?.column("count") == ["1", "1", "1", "0"])
        #expect(session.run("let best = komm where confidence >= moderat").resultSet == nil)
        #expect(session.run("best").resultSet?.column("number") == ["3"])
        #expect(session.run("let komm = komm where number = 4").resultSet == nil)
        #expect(session.run("komm").resultSet?.column("number") == ["4"])
        #expect(session.queryNames == ["komm", "best"])
        #expect(session.run("let findings = findings").diagnostics.first?.message == "'findings' is already a source")
        #expect(session.run("kom").diagnostics.first?.hint == "did you mean 'komm'?")
        _ = session.run("let narrow = findings where support >= 2 show number, support sort by support desc")
        let narrow = try #require(session.run("narrow").resultSet)
        #expect(narrow.columns.map(\.name) == ["number", "support"])
        #expect(narrow.column("number") == ["6", "1", "3"])
        #expect(session.run("narrow show number, theme").resultSet?.columns.map(\.name) == ["number", "theme"])
    }

    @Test func sourcesAndDescribe() throws {
        let session = Interpreter(store: MiniReview.store)
        _ = session.run("let komm = findings where theme = kommunikasjon")
        let sources = try #require(session.run("sources").resultSet)
        #expect(sources.column("source") == ["studies", "findings", "matrix", "komm"])
        #expect(sources.column("rows") == ["4", "6", "2", "3"])
        #expect(sources.column("description")[3] == "named query: findings where theme = kommunikasjon")
        let described = try #require(session.run("describe findings").resultSet)
        #expect(described.column("field").first == "number")
        let confidence = try #require(described.rows.first { $0[0].text == "confidence" })
        #expect(
            confidence.map(\.text) == [
                "confidence", "scale:confidence", "yes", "svært lav 1; lav 1; moderat 2; høy 2", "GRADE-CERQual",
            ])
    }

    @Test func explainNamesTheIndexOrScanAndTheRows() throws {
        let plan = try #require(
            interpreter.run("explain findings where confidence >= moderat and study.country = USA").resultSet)
        let steps = plan.rows.map { $0.map(\.text) }
        #expect(
            steps == [
                ["input", "all 6 rows of findings", "6", "6"],
                ["  and", "intersect 2 row sets", "6", "1"],
                ["    confidence >= moderat", "value index of confidence (2 values)", "6", "4"],
                ["    study.country = USA", "value index of country (1 value), back through findings.study", "6", "2"],
                ["filter", "rows of the condition, in table order", "6", "1"],
            ])
        let count = try #require(interpreter.run("explain count findings where number > 2 by theme, study").resultSet)
        // Each grouping step gives the values of its path (as a count by that path alone
        // has them), the combining step the groups of the count (every theme of the scale
        // with every study seen); a to-many path says that its groups overlap.
        func groups(_ statement: String) throws -> String {
            String(try #require(interpreter.run(statement).resultSet).rows.count)
        }
        let all = try groups("count findings where number > 2 by theme, study")
        #expect(
            count.rows.map { $0.map(\.text) }.suffix(5) == [
                ["filter", "rows of the condition, in table order", "6", "4"],
                [
                    "count by theme", "value index of theme, intersected with the rows", "4",
                    try groups("count findings where number > 2 by theme"),
                ],
                [
                    "count by study",
                    "read study of each row; a row with several values counts in each of their groups", "4",
                    try groups("count findings where number > 2 by study"),
                ],
                ["combine theme × study", "every combination of their values, zeros included", "4", all],
                ["show count", "over the rows of each group; totals over all 4 rows, each once", all, all],
            ])
        let overlap = try #require(interpreter.run("explain count findings by study").resultSet)
        #expect(overlap.notes.contains { $0.hasPrefix("groups overlap") })
        interpreter.usesIndexes = false
        let scanned = try #require(interpreter.run("explain findings where confidence >= moderat").resultSet)
        #expect(scanned.rows[1].map(\.text) == ["  confidence >= moderat", "scan 6 rows of findings", "6", "4"])
    }
}
