import Foundation
import RevqCore
import RevqEngine
import RevqReview
import RevqTestSupport
import Testing

/// A study is found by any form of its name the report writes or a reader types (issue
/// 20): hyphen or space alike (`Lasky-Fink`, `Lasky Fink`), with or without "m.fl."/"et
/// al." and the year. A part of a name is not the name: `Bergman` stays an error with a hint.
@Suite("Study name forms")
struct StudyNameFormTests {
    let interpreter = Interpreter(store: BundledStore.shared)

    /// Outcomes per study id, and each study's label, read from the data files as text.
    static let outcomesPerStudy: [String: Int] = {
        let sheet = try! TSVSheet(path: RepositoryPaths.bundledDataset + "/data/outcomes.tsv")
        return sheet.records.reduce(into: [:]) { $0[$1["study"], default: 0] += 1 }
    }()
    static let labels: [String: String] = {
        let sheet = try! TSVSheet(path: RepositoryPaths.bundledDataset + "/data/studies.tsv")
        return Dictionary(uniqueKeysWithValues: sheet.records.map { ($0["id"], $0["label"]) })
    }()

    /// The forms of a label a reader may type: no year, no "m.fl."/"et al.", hyphens as spaces.
    static func forms(of label: String) -> [String] {
        let noYear = label.replacing(#/ \d{4}$/#, with: "")
        let bare = noYear.replacing(#/ (m\.fl\.|et al\.)$/#, with: "")
        return Array(Set([noYear, bare, bare.replacing("-", with: " "), label.replacing("-", with: " ")]))
    }

    func count(_ statement: String) -> Int? {
        guard let rows = interpreter.run(statement).resultSet?.rows else { return nil }
        return Int(rows[0][0].text)
    }

    @Test func everyFormOfEveryStudyWithOutcomes() {
        // The forms of two labels that read the same would be ambiguous: none in this review.
        let formsPerLabel = Self.labels.values.map { label in
            Set(Self.forms(of: label).map { TextFolding.words($0).joined(separator: " ") })
        }
        #expect(formsPerLabel.reduce(Set<String>()) { $0.union($1) }.count == formsPerLabel.map(\.count).reduce(0, +))
        #expect(Self.outcomesPerStudy.count >= 10)
        for (id, outcomes) in Self.outcomesPerStudy {
            let label = try! #require(Self.labels[id])
            for form in Self.forms(of: label) {
                let quoted = "\"" + form + "\""
                #expect(count("count outcomes where study = \(quoted)") == outcomes, "\(form) for \(label)")
            }
        }
    }

    /// The issue's case: the report writes "Lasky-Fink m.fl." (line 869) and "Lasky Fink"
    /// (line 866, with "Berlinski, Heppen, Robinson": single names of "m.fl." studies).
    @Test func laskyFinkAsTheReportWritesIt() throws {
        let outcomes = try #require(Self.outcomesPerStudy["lasky-fink-2021"])
        #expect(count("count outcomes where study = Lasky-Fink") == outcomes)
        #expect(count("count outcomes where study = \"Lasky Fink\"") == outcomes)
        for name in ["Berlinski", "Heppen", "Robinson"] {
            let id = try #require(Self.labels.first { $0.value.hasPrefix(name + " m.fl.") }?.key)
            #expect(count("count outcomes where study = \(name)") == Self.outcomesPerStudy[id], "\(name)")
        }
    }

    @Test func aPartOfANameIsNotTheName() {
        guard case .failure(let diagnostics) = interpreter.run("outcomes where study = Bergman") else {
            Issue.record("Bergman alone was accepted")
            return
        }
        #expect(diagnostics[0].hint == "did you mean 'Bergman og Chan 2019'?")
    }
}
