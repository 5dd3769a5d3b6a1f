import Foundation
import RevqCore
import RevqEngine
import RevqReview
import RevqTestSupport
import Testing

/// `~` finds a word's Norwegian inflections (issue 20, item 1). Expected rows come from
/// Tabell 9's texts (lines 1123-1342) and the forms written out here by hand.
@Suite("Search by inflection, acronyms, the thesaurus both ways")
struct InflectedSearchTests {
    let interpreter = Interpreter(store: BundledStore.shared)

    /// The findings whose Tabell 9 text has one of `forms` as a word (case ignored).
    static func findings(having forms: Set<String>) -> [String] {
        ReviewGoldenTests.numbers { finding in
            ReviewGoldenTests.text(of: finding).lowercased().split { !$0.isLetter && !$0.isNumber }.contains {
                forms.contains(String($0))
            }
        }
    }

    func numbers(_ statement: String) throws -> [String] {
        try #require(interpreter.run(statement).resultSet).column("number")
    }

    /// Findings 29 (line 1315: "(SMS, telefon eller møter)"), 30 (line 1321: "automatiske
    /// SMSer") and 31 (line 1327: "sende en SMS til barnet"); no other finding of Tabell 9
    /// writes SMS or tekstmelding in any form.
    @Test func smsFindsSMSer() throws {
        #expect(SourceText.review.contains("automatiske SMSer", in: 1321...1321))
        #expect(SourceText.review.contains("(SMS, telefon eller møter)", in: 1315...1315))
        #expect(SourceText.review.contains("sende en SMS til barnet", in: 1327...1327))
        let expected = ReviewGoldenTests.numbers { finding in
            let text = ReviewGoldenTests.text(of: finding)
            return text.contains("SMS") || text.lowercased().contains("tekstmelding")
        }
        #expect(expected == ["29", "30", "31"])
        for statement in [
            "findings where ~ SMS", "findings where text ~ SMS", "findings where text ~ smser",
            "findings where text ~ SMSene",
        ] {
            #expect(try numbers(statement) == expected, "\(statement)")
        }
        interpreter.usesIndexes = false
        defer { interpreter.usesIndexes = true }
        #expect(try numbers("findings where text ~ SMS") == expected)
    }

    /// Bergman og Chan (2019): Tabell 3 line 498 "SMSer til foreldre", Tabell 11 line 1435
    /// "Automatiske SMS til foreldre".
    @Test func studiesWithSMSIncludeBergmanOgChan() throws {
        #expect(SourceText.review.contains("SMSer til foreldre", in: 498...498))
        #expect(SourceText.review.contains("Automatiske SMS til foreldre", in: 1435...1435))
        let labels = try #require(interpreter.run("studies where ~ SMS show label").resultSet).column("label")
        #expect(labels.contains { $0.hasPrefix("Bergman og Chan") })
    }

    /// relasjon, relasjonen, relasjoner, relasjonene: findings 1, 16 and 20 write the
    /// other forms (lines 1134, 1228, 1255), 24, 27 and 33 the word itself.
    @Test func relasjonFindsEveryForm() throws {
        let forms: Set<String> = ["relasjon", "relasjonen", "relasjoner", "relasjonene"]
        let expected = Self.findings(having: forms)
        for number in ["1", "16", "20", "24", "27", "33"] { #expect(expected.contains(number), "finding \(number)") }
        for form in forms.sorted() {
            #expect(try numbers("findings where text ~ \(form)") == expected, "\(form)")
        }
    }

    /// "text messages" reaches the thesaurus's `text messag*`, so it finds what SMS finds:
    /// line 1703 "beskjeder (tekstmeldinger) til foresatte" among them.
    @Test func aPhraseFindsTheThesaurusBothWays() throws {
        #expect(SourceText.review.contains("beskjeder (tekstmeldinger) til foresatte", in: 1703...1703))
        let phrase = try #require(interpreter.run("sections where text ~ \"text messages\" show source").resultSet)
        #expect(phrase.rows.contains { $0[0].text.contains("1703") })
        let sms = try #require(interpreter.run("sections where text ~ SMS show source").resultSet)
        #expect(Set(phrase.column("source")) == Set(sms.column("source")))
        // The stem of the thesaurus term tekstmeldinger: an inflection not written there.
        let inflected = try #require(interpreter.run("sections where text ~ tekstmeldingene show source").resultSet)
        #expect(Set(inflected.column("source")) == Set(sms.column("source")))
        let plan = try #require(interpreter.run("explain sections where text ~ \"text messages\"").resultSet)
        #expect(plan.rows.contains { $0[0].text.contains("text messages also finds") && $0[0].text.contains("SMS") })
    }
}
