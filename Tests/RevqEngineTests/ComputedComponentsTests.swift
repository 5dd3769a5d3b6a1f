import Foundation
import RevqCore
import RevqEngine
import RevqReview
import RevqTestSupport
import Testing

/// The `*_computed` cells of `profile`: counts over a finding's contributing studies, here
/// for finding 16 (Vedlegg 4 lists six studies), each study's cells transcribed from
/// Tabell 7 and 8 with their lines and checked against the text.
@Suite("Views: computed component cells")
struct ComputedComponentsTests {
    let interpreter = Interpreter(store: BundledStore.shared)

    /// (line, words there): the country, the sample's n and the limitations grade as written.
    static let finding16: [(country: (Int, String), n: (Int, String), grade: (Int, String))] = [
        ((910, "England"), (912, "(n=8)"), (914, "Små til moderate")), // Cunningham et al. (2022)
        ((952, "Frankrike"), (955, "(n=30)"), (957, "Moderate til små")), // Martin et al. (2020)
        ((961, "Nederland"), (963, "(n=27)"), (965, "Moderate til små")), // Pijl et al. (2023)
        // Levik (2023), Tabell 8 = Norwegian theses
        ((976, "norske"), (1027, "(n=3 og lærere (n=3)"), (1030, "Moderate")),
        ((976, "norske"), (1041, "(n=5)"), (1044, "Små/moderate")), // Myklebust (2020)
        ((976, "norske"), (1055, "(n=5)"), (1058, "Moderate")), // Pedersen (2024)
    ]

    /// Line 879 counts "Moderate til små" as små til moderate; Tabell 8 writes "Små/moderate".
    static let grades = [
        "små til moderate": "små til moderate", "moderate til små": "små til moderate",
        "små/moderate": "små til moderate", "moderate": "moderate",
    ]

    @Test func theTranscriptionIsTheReviews() {
        for study in Self.finding16 {
            for (line, words) in [study.country, study.n, study.grade] {
                #expect(SourceText.review.line(line).contains(words), "line \(line): \(words)")
            }
        }
    }

    @Test func finding16sComputedCells() throws {
        guard case .rows(let result) = interpreter.run("profile where number = 16") else {
            Issue.record("failed")
            return
        }
        let cell = { (name: String) in result.rows[0][result.columns.firstIndex { $0.name == name }!].text }
        var grades: [String: Int] = [:]
        var countries: [String: Int] = [:]
        var informants = 0
        for study in Self.finding16 {
            grades[Self.grades[study.grade.1.lowercased()]!, default: 0] += 1
            countries[study.country.1 == "norske" ? "Norge" : study.country.1, default: 0] += 1
            let numbers = SourceText.review.line(study.n.0).matches(of: /n=(\d+)/).map { Int($0.output.1)! }
            informants += numbers.reduce(0, +)
        }
        #expect(
            cell("limitations_computed")
                == "små til moderate \(grades["små til moderate"]!); moderate \(grades["moderate"]!)")
        let ranked = countries.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        #expect(cell("relevance_computed") == ranked.map { "\($0.key) \($0.value)" }.joined(separator: "; "))
        #expect(cell("adequacy_computed") == "\(Self.finding16.count) studies, \(informants) informants")
    }

    /// For every finding, the computed counts cover exactly the studies Vedlegg 4 lists.
    @Test func everyFindingsCountsCoverItsStudies() throws {
        guard case .rows(let result) = interpreter.run("profile") else {
            Issue.record("failed")
            return
        }
        let table = FindingViewsTests.rows(from: "Vedlegg 4: Funn med", to: "Vedlegg 5: Vurdering")
        let column = { (name: String) in result.columns.firstIndex { $0.name == name }! }
        // zip stops at the shorter: both must hold every finding of Tabell 9.
        #expect(table.count == ReviewTables.tabell9.count)
        #expect(result.rows.count == table.count)
        for (row, (line, cells)) in zip(result.rows, table) {
            let listed = cells[7].split(separator: ";").filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
                .count
            #expect(row[column("adequacy_computed")].text.hasPrefix("\(listed) stud"), "line \(line)")
            for name in ["limitations_computed", "relevance_computed"] {
                let counts = row[column(name)].text.matches(of: /(\d+)(?:;|$)/).map { Int($0.output.1)! }
                #expect(counts.reduce(0, +) == listed, "line \(line): \(name)")
            }
        }
    }
}
