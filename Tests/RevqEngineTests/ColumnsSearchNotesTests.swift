import Foundation
import RevqCore
import RevqEngine
import RevqReview
import RevqTestSupport
import Testing

/// Row-wise tallies, aligned related columns, `show *`, phrase search, the thesaurus and
/// the notes on near misses, over the bundled review; expected values from its text.
@Suite("Tallies, columns, phrases, thesaurus, near misses")
struct ColumnsSearchNotesTests {
    let interpreter = Interpreter(store: BundledStore.shared)

    /// Tabell 11: the six answers of a row end one line after its Relasjon/tillit cell.
    static func answers(endingAfter relasjonLine: Int) -> [String] {
        ((relasjonLine - 4)...(relasjonLine + 1)).map {
            SourceText.review.line($0).trimmingCharacters(in: .whitespaces)
        }
    }

    @Test func jaCountsMatchTabell11() throws {
        let result = try #require(interpreter.run("matrix show id, ja_count, delvis_count, nei_count").resultSet)
        for row in ReviewGoldenTests.relasjon {
            let answers = Self.answers(endingAfter: row.line)
            #expect(answers.allSatisfy { ["Ja", "Delvis", "Nei"].contains($0) }, "line \(row.line)")
            let expected = ["Ja", "Delvis", "Nei"].map { answer in String(answers.filter { $0 == answer }.count) }
            let got = try #require(result.rows.first { $0[0].text == row.id })
            #expect(got.dropFirst().map(\.text) == expected, "\(row.id)")
        }
        // "the interventions with the most Ja", one statement.
        let most = ReviewGoldenTests.relasjon.map { row in
            Self.answers(endingAfter: row.line).filter { $0 == "Ja" }.count
        }.max()!
        let top = try #require(
            interpreter.run("matrix where ja_count = \(most) sort by ja_count desc show id").resultSet)
        let expected = ReviewGoldenTests.relasjon.filter {
            Self.answers(endingAfter: $0.line).filter { $0 == "Ja" }.count == most
        }.map(\.id)
        #expect(Set(top.column("id")) == Set(expected))
        let sorted = try #require(
            interpreter.run("matrix sort by ja_count desc show id limit \(expected.count)").resultSet)
        #expect(Set(sorted.column("id")) == Set(expected))
    }

    /// Finding 16 (line 1231): one country per study, in Tabell 9's order, duplicates kept.
    @Test func relatedColumnsStayAligned() throws {
        let listed = ReviewGoldenTests.studies(of: ReviewGoldenTests.tabell9[15])
        let result = try #require(interpreter.run("findings where number = 16 show study, study.country").resultSet)
        guard case .list(let studies) = result.rows[0][0], case .list(let countries) = result.rows[0][1] else {
            Issue.record("not lists: \(result.rows)")
            return
        }
        #expect(studies.count == listed.count)
        #expect(countries.map(\.text) == listed.map(QuantifierReviewTests.country))
        #expect(countries.filter { $0.text == "Norge" }.count == 3)
    }

    @Test func showStarIsEveryFieldInSchemaOrder() throws {
        let names = try TSVSheet(path: RepositoryPaths.bundledDataset + "/schema/fields/findings.tsv").records.map {
            $0["name"]
        }
        let result = try #require(interpreter.run("findings where number = 1 show *").resultSet)
        #expect(result.columns.map(\.name) == names)
        let withPath = try #require(interpreter.run("findings where number = 1 show *, study.country").resultSet)
        #expect(withPath.columns.map(\.name) == names + ["study.country"])
    }

    /// An outcome's default columns say whose it is: Heppen's effect of line 729.
    @Test func defaultColumnsIncludeTheStudyOfAnOutcome() throws {
        let result = try #require(interpreter.run("outcomes where id = 11").resultSet)
        #expect(result.columns.map(\.name).contains("study"))
        #expect(result.column("study") == ["Heppen m.fl. 2020"])
    }

    /// Tabell 9's texts (the cell before each confidence): a quoted value is a phrase, and
    /// each of its words is found in any of its forms (written out here by hand).
    @Test(
        "Phrases over Tabell 9's texts",
        arguments: [
            // (phrase, each word's forms, the words also stand apart somewhere: the phrase must be narrower)
            (
                "gode relasjoner",
                [["god", "gode", "godt"], ["relasjon", "relasjonen", "relasjoner", "relasjonene"]], true
            ),
            ("skole og hjem", [["skole", "skolen", "skoler", "skolene"], ["og"], ["hjem", "hjemmet"]], true),
            ("god dialog", [["god", "gode", "godt"], ["dialog", "dialogen", "dialoger", "dialogene"]], false),
            ("foresatte opplevde", [["foresatt", "foresatte"], ["opplevde"]], true),
        ])
    func phrase(_ phrase: String, _ forms: [[String]], _ wordsAlsoApart: Bool) throws {
        func hasPhrase(_ text: String) -> Bool {
            let textWords = text.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
            guard textWords.count >= forms.count else { return false }
            return (0...(textWords.count - forms.count)).contains { start in
                forms.indices.allSatisfy { forms[$0].contains(textWords[start + $0]) }
            }
        }
        let expected = ReviewGoldenTests.numbers { hasPhrase(ReviewGoldenTests.text(of: $0)) }
        #expect(!expected.isEmpty)
        let result = try #require(interpreter.run("findings where text ~ \"\(phrase)\"").resultSet)
        #expect(result.column("number") == expected)
        let apart = try #require(interpreter.run("findings where text ~ \(phrase)").resultSet).column("number")
        #expect(Set(expected).isSubset(of: Set(apart)))
        #expect((apart.count > expected.count) == wordsAlsoApart)
        interpreter.usesIndexes = false
        defer { interpreter.usesIndexes = true }
        #expect(
            try #require(interpreter.run("findings where text ~ \"\(phrase)\"").resultSet).column("number") == expected)
    }

    /// Line 1703, the conclusion: "beskjeder (tekstmeldinger) til foresatte"; line 609:
    /// "SMS: Short message service (tekstmelding)". The thesaurus lets SMS find it.
    @Test func theThesaurusFindsTekstmeldinger() throws {
        #expect(SourceText.review.contains("beskjeder (tekstmeldinger) til foresatte", in: 1703...1703))
        #expect(SourceText.review.contains("SMS: Short message service (tekstmelding)", in: 609...609))
        for statement in ["sections where text ~ SMS show source", "sections where text ~ sms* show source"] {
            let result = try #require(interpreter.run(statement).resultSet)
            #expect(result.rows.contains { $0[0].text.contains("1703") }, "\(statement)")
        }
        let plan = try #require(interpreter.run("explain sections where text ~ SMS*").resultSet)
        #expect(plan.rows.contains { $0[0].text.contains("sms also finds tekstmelding*, text messag*, texting") })
        // Vedlegg 1's titles "Can Texting Parents Improve Attendance ..." (Heppen, twice).
        let texting = SourceText.review.lineNumbers { $0.contains("Can Texting") || $0.contains("Can Texting parents") }
            .filter { (1710...2204).contains($0) }
        #expect(texting.count == 2)
        #expect(try #require(interpreter.run("count excluded where title ~ SMS").resultSet).rows[0][0] == .integer(2))
        // Folding still holds: ø as o.
        let folded = try #require(interpreter.run("count sections where text ~ hjemmebesok").resultSet)
        let exact = try #require(interpreter.run("count sections where text ~ hjemmebesøk").resultSet)
        #expect(folded == exact)
    }

    @Test func anEmptyAnswerWithANearMissSaysWhatToTry() throws {
        let result = try #require(interpreter.run("searches where database = ERIC").resultSet)
        #expect(result.rows.isEmpty)
        let wider = try #require(interpreter.run("count searches where database ~ ERIC").resultSet)
        guard case .integer(let n) = wider.rows[0][0] else {
            Issue.record("no count")
            return
        }
        #expect(n > 0)
        #expect(
            result.notes == [
                "no row has database exactly ERIC, but it occurs inside longer values of searches.database: try searches where database ~ ERIC (\(n) rows)"
            ])
        // No note when the answer is not empty, or nothing near exists.
        #expect(try #require(interpreter.run("searches where database ~ ERIC").resultSet).notes.isEmpty)
        #expect(try #require(interpreter.run("searches where database = Nowhere").resultSet).notes.isEmpty)
    }

    /// Line 942 (Tabell 7): "Larsen et al. (2023)"; line 837: "Meyer m. fl. (2010)" for the
    /// study Tabell 3 dates 2011. A label written without "et al." or with the other year
    /// gets a note with a statement that finds it.
    @Test func aLabelWrittenDifferentlyGetsANote() throws {
        #expect(SourceText.review.contains("Larsen et al. (2023)", in: 942...942))
        #expect(SourceText.review.contains("Meyer m. fl. (2010)", in: 837...837))
        let larsen = try #require(interpreter.run("studies where label = \"Larsen 2023\" show id").resultSet)
        #expect(
            larsen.notes == [
                "no row has label exactly \"Larsen 2023\", but it occurs inside longer values of studies.label: try studies where label ~ Larsen 2023 show id (1 row)"
            ])
        let meyer = try #require(interpreter.run("studies where label = \"Meyer 2010\"").resultSet)
        #expect(
            meyer.notes == [
                "no row has label exactly \"Meyer 2010\"; a label near it: try studies where label = \"Meyer m.fl. 2011\" (1 row)"
            ])
    }

    /// Tabell 7 (line 942) names "Larsen et al. (2023)", line 837 "Meyer m. fl. (2010)": the
    /// same names without "et al." or with the report's other year find the study (issue 20:
    /// name forms); a part of a name, or a name with a year the report never gives it, is
    /// refused with the near one.
    @Test(
        "Another form of a study's name finds it",
        arguments: [
            ("Larsen 2023", "larsen-2023", "findings"), ("Meyer 2010", "meyer-2011", "outcomes"),
            ("Pijl 2023", "pijl-2023", "findings"), ("Pijl", "pijl-2023", "findings"),
        ])
    func sameNameOtherForm(_ name: String, id: String, source: String) throws {
        let sheet = try TSVSheet(path: RepositoryPaths.bundledDataset + "/data/\(source).tsv")
        let expected = sheet.records.filter { $0.list("study").contains(id) }.count
        #expect(expected > 0)
        let result = try #require(interpreter.run("count \(source) where study = \"\(name)\"").resultSet)
        #expect(result.rows[0][0] == .integer(expected), "\(name)")
    }

    @Test(
        "A refused study label suggests the near one",
        arguments: [
            ("findings where study = \"Larsen 2024\"", "did you mean 'Larsen et al. 2023'?"),
            ("findings where study = \"Pijl 2020\"", "did you mean 'Pijl et al. 2023'?"),
            ("findings where study = Bergman", "did you mean 'Bergman og Chan 2019'?"),
        ])
    func nearLabel(_ statement: String, hint: String) {
        guard case .failure(let diagnostics) = interpreter.run(statement) else {
            Issue.record("accepted: \(statement)")
            return
        }
        #expect(diagnostics[0].hint == hint)
    }
}
