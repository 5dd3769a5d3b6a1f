import RevqCore
import Testing

/// The fixtures say what the review says at the lines they cite.
@Suite struct FixtureTests {
    @Test func findingsComeFromTabell9() {
        let rows = Fixtures.findings.rows
        #expect(rows.map { $0[0] } == [.integer(3), .integer(9), .integer(14)])
        #expect(rows[0][1] == .text("Fraværsregistrering"))       // line 1145
        #expect(rows.map { $0[3].text } == ["moderat", "svært lav", "svært lav"])  // 1149, 1187, 1217
        #expect(rows[2][4] == .list(["Øye 2018"]))                // line 1219
        #expect(rows[0][2].text.hasPrefix("Noen foresatte og skoleansatte påpekte"))  // line 1148
        #expect(rows.map { $0[5] } == [.integer(6), .integer(3), .integer(1)])
    }

    @Test func matrixRowsComeFromTabell11() {
        #expect(Fixtures.matrix.rows[0].map(\.text) == [
            "Bergman og Chan (2019)",
            "Automatiske SMS til foreldre: fravær, manglende innleveringer og lave karakterer",
            "Nei", "Ja", "Delvis", "Ja", "Nei", "Nei",
        ])
        #expect(Fixtures.matrix.rows[1][0] == .text("Berlinski m.fl. (2021)"))
    }

    @Test func ratesAreLine773s() {
        #expect(Fixtures.review.contains("13,3 % av barna i intervensjonsskolen", in: 773...773))
        #expect(Fixtures.review.contains("24,4 % i kontrollskolen", in: 773...773))
    }
}
