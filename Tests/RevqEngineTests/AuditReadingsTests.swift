import Foundation
import RevqCore
import RevqEngine
import RevqReview
import RevqTestSupport
import Testing

/// Audit verdicts read off the text: the participants of line 482, the SMS trials' pupils of
/// line 710, Figur 2's 89 full texts, the research question's two wordings, and each study's
/// spellings. Each expected figure is computed here from the lines the test quotes.
@Suite("audit: readings of the text")
struct AuditReadingsTests {
    let interpreter = Interpreter(store: BundledStore.shared)
    let review = SourceText.review

    func entry(_ id: String) throws -> (id: String, verdict: String, reason: String) {
        try #require(interpreter.auditEntries().first { $0.id == id }, "\(id) is not audited")
    }

    func gives(_ id: String) throws -> String {
        let result = try #require(interpreter.run("audit where id = \(id) show gives").resultSet)
        return result.rows.first?.first?.text ?? ""
    }

    /// The whole numbers of `text`, a space between thousands ("29 302") read as one number.
    static func numbers(_ text: String) -> [Int] {
        text.replacing("\u{a0}", with: " ").matches(of: /\d+(?: \d{3})*/).compactMap {
            Int($0.output.replacing(" ", with: ""))
        }
    }

    /// Line 482 counts the participants of the 15 quantitative studies in six groups that add up to 13.
    @Test func participantsOfLine482DoNotCoverAllFifteen() throws {
        let line = review.line(482)
        let sentence = try #require(line.firstMatch(of: /Studienes deltakere omfattet[^.]*\./)).output
        let groups = sentence.matches(of: /\(n=(\d+)\)/).map { Int($0.output.1)! }
        let whole = try #require(line.firstMatch(of: /benyttet (\d+) kvantitative metoder/)).output.1
        #expect(groups.count == 6)
        let sum = groups.reduce(0, +)
        for id in (5...10).map({ "c0482-\($0)" }) {
            let entry = try entry(id)
            #expect(entry.verdict == "undecided")
            #expect(entry.reason.contains("= \(sum), not the \(whole) of c0482-1"), "\(id): \(entry.reason)")
        }
        #expect(sum != Int(whole)!)
    }

    /// Line 710: "over 58 000" pupils in the four SMS RCTs (line 708: "4 RCT-er"). Their samples
    /// in Tabell 3 (lines 496, 504, 520, 574) and in the text (lines 714, 725, 729, 763) add up
    /// to other figures, approximately: the audit cannot decide, and gives both sums.
    @Test func pupilsOfTheSMSTrials() throws {
        #expect(review.line(710).contains("over 58 000 elever"))
        #expect(review.line(708).contains("4 RCT-er"))
        let table = [(496, "1337 elever"), (504, "~1000 elever"), (520, "~23 000 elever"), (574, "29 302 elever")]
        let text = [
            (714, "1137 deltakere"), (725, "rundt 1000 elever"), (729, "over 26 000 elever"),
            (763, "nesten 23 000 elever"),
        ]
        for (line, words) in table + text {
            #expect(review.line(line).replacing("\u{a0}", with: " ").contains(words), "line \(line)")
        }
        let sums = [table, text].map { $0.map { Self.numbers($0.1)[0] }.reduce(0, +) }
        let entry = try entry("c0710-1")
        #expect(entry.verdict == "undecided")
        for sum in sums {
            let spelled = "\(sum / 1000) \(String(sum % 1000).leftPadded(to: 3))"
            #expect(entry.reason.contains(spelled), "\(spelled) in \(entry.reason)")
            #expect(sum < 58_000)
        }
        let result = try #require(interpreter.run("audit where id = c0710-1 show rows").resultSet)
        #expect(result.rows.first?.first?.text.components(separatedBy: "; ").count == 4)
    }

    /// "39 skoler" (line 710) is the cross-sectional study's sample in Tabell 3 (line 534).
    @Test func schoolsOfTheCrossSectionalStudy() throws {
        #expect(review.line(710).contains("tverrsnittstudien inkluderte 39 skoler"))
        #expect(review.line(534).contains("39 skoler"))
        #expect(try entry("c0710-2").verdict == "agrees")
    }

    /// Figur 2 (line 461): 89 full texts excluded in EPPI; the prose (line 433): 85 excluded and
    /// four deprioritised, of the 108 read and 19 included.
    @Test func figur2sExcludedFullTextsAreTheProse85And4() throws {
        #expect(review.line(461).contains("i Eppi (n = 89)"))
        let prose = review.line(433)
        #expect(
            prose.contains("Totalt ble 85 studier ekskludert")
                && prose.contains("I tillegg ble fire kvalitative studier nedprioritert"))
        #expect(prose.contains("Vi leste 108 publikasjoner i fulltekst og inkluderte 19 av disse"))
        #expect(85 + 4 == 89 && 108 - 19 == 89)
        let entry = try entry("c0461-1")
        #expect(entry.verdict == "agrees")
        #expect(try gives("c0461-1") == "89")
        #expect(entry.reason.contains("85 + 4 = 89"))
    }

    /// The key messages (line 3) and the method (line 200) word the research question differently.
    @Test func theResearchQuestionIsWordedTwice() throws {
        let key = try #require(review.line(3).firstMatch(of: /Vårt forskningsspørsmål var: ([^?]*\?)/)).output.1
        let method = try #require(review.line(200).firstMatch(of: /Forskningsspørsmål: ([^?]*\?)/)).output.1
        #expect(key != method)
        let entry = try entry("x-review-question")
        #expect(entry.verdict == "differs in wording")
        #expect(entry.reason.contains("ved forebygging"), "\(entry.reason)")
        let result = try #require(interpreter.run("review where id = question show text, other_text").resultSet)
        #expect(result.rows.first?.map(\.text) == [String(method), String(key)])
    }
}

/// Each study's spellings across tables, lists and text: a spelling variant differs in
/// wording; another year, reference number or name disagrees.
@Suite("audit: the studies' spellings")
struct StudyNamesAuditTests {
    let interpreter = Interpreter(store: BundledStore.shared)
    let review = SourceText.review

    /// Line 837 writes Meyer's year 2010 (Tabell 3: 2011, line 565); Tabell 9 writes Larsen 2025
    /// (line 1137; Tabell 7: 2023). Line 686 writes "Smythe-Leistico & Page", Tabell 11 "Heppen m.
    /// fl." (line 1463): spellings only.
    @Test func yearsDisagreeSpellingsDifferInWording() throws {
        #expect(review.line(837).contains("Meyer m. fl. (2010)"))
        #expect(review.line(1137).contains("Larsen AST et al. 2025"))
        #expect(review.line(686).contains("Smythe-Leistico & Page (115)"))
        #expect(review.line(1463).contains("Heppen m. fl. (2020)"))
        let entry = try #require(interpreter.auditEntries().first { $0.id == "x-studies-names" })
        #expect(entry.verdict == "disagrees")
        let parts = entry.reason.components(separatedBy: "only in wording: ")
        try #require(parts.count == 2)
        #expect(parts[0].contains("Meyer m. fl. (2010), another year (2010)") && parts[0].contains("lines 837"))
        #expect(parts[0].contains("Larsen AST et al. 2025, another year (2025)"))
        #expect(parts[0].components(separatedBy: "another").count - 1 == 2, "only Meyer and Larsen: \(parts[0])")
        #expect(parts[1].contains("Smythe-Leistico & Page (115)") && parts[1].contains("Heppen m. fl. (2020)"))
    }

    static let study = (label: "Rogers og Feller 2016", year: 2016, ref: 119)

    /// (spelling, what it is against Rogers og Feller 2016, reference 119: line 828).
    @Test(arguments: [
        ("Rogers og Feller (2016)", "same"),
        ("Rogers & Feller 2016", "wording"),
        ("Rogers og Feller (119)", "same"),
        ("Rogers (119)", "wording"),
        ("Rogers og Feller (2015)", "another year (2015)"),
        ("Rogers og Feller (113)", "another reference number (113)"),
        ("Rodgers og Fellner (2016)", "another name"),
    ])
    func oneSpelling(spelling: String, expected: String) throws {
        #expect(review.line(828).contains("Rogers og Feller (2016) (119)"))
        let got = Interpreter.compareStudyName(
            spelling, label: Self.study.label, year: Self.study.year, ref: Self.study.ref)
        #expect(got == expected, "\(spelling)")
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
