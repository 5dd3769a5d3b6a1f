import RevqCore
import RevqEngine
import RevqReview
import RevqTestSupport
import Testing

/// Quantifiers and emptiness tests over the bundled review, each expected answer computed
/// from the report's text: Tabell 9's study lists (ReviewGoldenTests.tabell9), Tabell 7's
/// countries (transcribed below with their lines), the figures of line 1097.
@Suite("Quantifiers and emptiness on the review")
struct QuantifierReviewTests {
    let interpreter = Interpreter(store: BundledStore.shared)

    /// Tabell 7 (lines 881-975), the nine European qualitative studies: the author cell's
    /// line and the country that opens the "Land, kontekst" cell two lines below.
    /// Tabell 8's title (line 976) says its fourteen theses are Norwegian ("norske").
    static let tabell7: [(author: String, line: Int, country: String)] = [
        ("Berg", 891, "Norge"), ("Bodén", 899, "Sverige"), ("Cunningham", 908, "England"),
        ("Dannow", 916, "Danmark"), ("Forsell", 925, "Sverige"), ("Krane", 934, "Norge"),
        ("Larsen", 942, "Danmark"), ("Martin", 950, "Frankrike"), ("Pijl", 959, "Nederland"),
    ]

    /// The country of a study as Tabell 9 names it ("Pijl EK et al. 2023"): Tabell 7's,
    /// else Norge (a thesis of Tabell 8; Tabell 9 lists only qualitative studies).
    static func country(of spelling: String) -> String {
        let surname = spelling.split(separator: " ")[0]
        return tabell7.first { $0.author == surname }?.country ?? "Norge"
    }

    static func findings(_ predicate: ([String]) -> Bool) -> [String] {
        ReviewGoldenTests.numbers { predicate(ReviewGoldenTests.studies(of: $0).map(country)) }
    }

    @Test func theTranscriptionMatchesTabell7() {
        #expect(
            SourceText.review.line(976).hasPrefix(
                "Tabell 8: Beskrivelse av inkluderte norske kvalitative masteroppgaver (N=14)"))
        for row in Self.tabell7 {
            #expect(
                SourceText.review.line(row.line).trimmingCharacters(in: .whitespaces).hasPrefix(row.author),
                "line \(row.line)")
            #expect(
                SourceText.review.line(row.line + 2).trimmingCharacters(in: .whitespaces).hasPrefix(row.country + " –"),
                "line \(row.line + 2)")
        }
    }

    @Test(
        "Quantifiers through findings.study",
        arguments: [
            // "Findings supported only by Norwegian studies".
            ("findings where every study.country = Norge", findings { $0.allSatisfy { $0 == "Norge" } }),
            ("findings where no study.country != Norge", findings { $0.allSatisfy { $0 == "Norge" } }),
            (
                "findings where every study.country in (Norge, Sverige, Danmark)",
                findings { $0.allSatisfy { ["Norge", "Sverige", "Danmark"].contains($0) } }
            ),
            // `!=` keeps its documented meaning "none is": the findings with no Norwegian study.
            ("findings where study.country != Norge", findings { !$0.contains("Norge") }),
            ("findings where every study.country != Norge", findings { !$0.contains("Norge") }),
            // Some study from abroad: `any` with `!=` tests each study.
            ("findings where any study.country != Norge", findings { $0.contains { $0 != "Norge" } }),
            ("findings where not every study.country = Norge", findings { $0.contains { $0 != "Norge" } }),
            ("findings where any study.country = Frankrike", findings { $0.contains("Frankrike") }),
        ])
    func throughStudies(_ statement: String, expected: [String]) throws {
        #expect(!expected.isEmpty)
        let result = try #require(interpreter.run(statement).resultSet)
        #expect(result.column("number") == expected)
    }

    /// The example: `!=` gave finding 30 alone; every Norwegian-only finding is more.
    @Test func norwegianOnlyIsNotTheSameAsNotEqual() throws {
        #expect(Self.findings { !$0.contains("Norge") } == ["30"])
        #expect(Self.findings { $0.allSatisfy { $0 == "Norge" } }.count > 1)
    }

    /// Tabell 9 lists only qualitative studies, so no finding has a quantitative one; and
    /// `every` over studies' findings leaves out the 15 studies of Tabell 3 (line 484,
    /// "(N=15)"), which support no finding: `every` is false of nothing.
    @Test func everyIsFalseOfAStudyWithNoFinding() throws {
        #expect(
            SourceText.review.line(484).hasPrefix("Tabell 3: Beskrivelse av de inkluderte kvantitative studiene (N=15)")
        )
        #expect(try count("findings where no study.kind = kvantitativ") == 33)
        #expect(try count("studies where finding is empty") == 15)
        let listed = Set(ReviewGoldenTests.tabell9.flatMap(ReviewGoldenTests.studies(of:)))
        let confidences = Dictionary(
            grouping: ReviewGoldenTests.tabell9.flatMap { finding in
                ReviewGoldenTests.studies(of: finding).map { ($0, ReviewGoldenTests.rank(finding.confidence)) }
            }, by: \.0)
        let expected = Set(listed.filter { spelling in confidences[spelling]!.allSatisfy { $0.1 >= 2 } })
        let result = try #require(
            interpreter.run("studies where every finding.confidence >= moderat show aliases").resultSet)
        let found = Set(
            result.rows.flatMap { $0[0].text.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) } }
        ).intersection(listed)
        #expect(result.rows.count == expected.count)
        #expect(found == expected)
        #expect(
            try count("studies where every finding.confidence >= moderat or finding is empty") == expected.count + 15)
        let all = try #require(interpreter.run("explain studies where every finding.confidence >= moderat").resultSet)
        #expect(all.rows.contains { $0[1].text.contains("a row with no value (no related record) never matches") })
    }

    /// Line 1097: "elever inngikk som informanter i fem av studiene", "Åtte av studiene
    /// undersøkte kun foresatte", "Lærere ble undersøkt som eneste informantgruppe i to
    /// studier", "Andre skoleansatte ... som eneste informantgruppe i kun én studie".
    /// 38 studies: 15 (Tabell 3) + 9 (Tabell 7) + 14 (Tabell 8).
    @Test func informantsOfLine1097() throws {
        for phrase in [
            "elever inngikk som informanter i fem av studiene", "Åtte av studiene undersøkte kun foresatte",
            "Lærere ble undersøkt som eneste informantgruppe i to studier",
            "ble undersøkt som eneste informantgruppe i kun én studie",
        ] {
            #expect(SourceText.review.contains(phrase, in: 1097...1097))
        }
        #expect(try count("studies where any informants = elever") == 5)
        #expect(try count("studies where no informants = elever") == 38 - 5)
        #expect(try count("studies where kind = kvalitativ and no informants = pupils") == 23 - 5)
        #expect(try count("studies where every informants = foresatte") == 8)
        #expect(try count("studies where every informants = lærere") == 2)
        #expect(try count("studies where every informants = \"andre skoleansatte\"") == 1)
        // A study with no informants coded (the 15 quantitative ones) is not "only parents".
        #expect(try count("studies where every informants = foresatte or informants is empty") == 8 + 15)
    }

    func count(_ statement: String) throws -> Int {
        let result = try #require(interpreter.run("count " + statement).resultSet)
        return Int(result.rows[0][0].text) ?? -1
    }
}
