import RevqCore
import Testing

/// The fixtures say what the review says at the lines they cite.
@Suite struct FixtureTests {
    @Test func findingsComeFromTabell9() {
        let rows = Fixtures.findings.rows
        #expect(rows.map { $0[0] } == [.integer(3), .integer(9), .integer(14)])
        #expect(rows[0][1] == .text("Fraværsregistrering")) // line 1145
        #expect(rows.map { $0[3].text } == ["moderat", "svært lav", "svært lav"]) // 1149, 1187, 1217
        #expect(rows[2][4] == .list(["Øye 2018"])) // line 1219
        #expect(rows[0][2].text.hasPrefix("Noen foresatte og skoleansatte påpekte")) // line 1148
        #expect(rows.map { $0[5] } == [.integer(6), .integer(3), .integer(1)])
    }

    @Test func matrixRowsComeFromTabell11() {
        #expect(
            Fixtures.matrix.rows[0].map(\.text) == [
                "Bergman og Chan (2019)",
                "Automatiske SMS til foreldre: fravær, manglende innleveringer og lave karakterer",
                "Nei", "Ja", "Delvis", "Ja", "Nei", "Nei",
            ])
        #expect(Fixtures.matrix.rows[1][0] == .text("Berlinski m.fl. (2021)"))
    }

    /// Bergman og Chan is a study of Tabell 3 (an RCT, line 495) that no finding of
    /// Tabell 9 (lines 1123-1367) cites: its findings are an empty list.
    @Test func emptyAndUnknownComeFromTabell3And9() {
        #expect(Fixtures.emptyAndUnknown.rows[0][0] == .text("Bergman og Chan (2019)"))
        #expect(Fixtures.emptyAndUnknown.rows[0][1] == .text("RCT"))
        #expect(!(1123...1367).contains { Fixtures.review.line($0).contains("Bergman") })
    }

    /// Tabell 9's levels of confidence, as its cells write them (lines 1149, 1187, and
    /// "Lav tillit", "Høy tillit" elsewhere in the table).
    @Test func theScaleIsTabell9s() {
        for level in ["Svært lav tillit", "Lav tillit", "Moderat tillit", "Høy tillit"] {
            #expect((1123...1367).contains { Fixtures.review.line($0).contains(level) }, "\(level)")
        }
    }

    @Test func ratesAreLine773s() {
        #expect(Fixtures.review.contains("13,3 % av barna i intervensjonsskolen", in: 773...773))
        #expect(Fixtures.review.contains("24,4 % i kontrollskolen", in: 773...773))
    }
}
