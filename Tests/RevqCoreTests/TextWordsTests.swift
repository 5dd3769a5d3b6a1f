import RevqCore
import Testing

/// The words `~` matches: Snowball's Norwegian stems, and the acronym rule Snowball lacks.
@Suite("Words of a text for search: stems and acronyms")
struct TextWordsTests {
    let stemmer = NorwegianStemmer()

    func stems(_ text: String) -> [String] {
        TextWords.words(of: text, stemmer: stemmer).map(\.stem)
    }

    /// A masculine noun's four forms (ubestemt/bestemt, entall/flertall) share a stem.
    @Test(
        "The forms of a noun share one stem",
        arguments: [
            ["relasjon", "relasjonen", "relasjoner", "relasjonene"],
            ["tekstmelding", "tekstmeldingen", "tekstmeldinger", "tekstmeldingene"],
            ["skole", "skolen", "skoler", "skolene"],
            // Snowball alone stems hjemmet to hjemm: Norwegian writes no final double m.
            ["hjem", "hjemmet", "hjemme"],
            ["program", "programmet", "programmer"],
            // Snowball alone stems lærere to lærer and lærer to lær: an -er noun's plural (line 562:
            // "Hjemmebesøk foretatt av lærere"; line 136: "lærer") is stemmed once more.
            ["lærer", "læreren", "lærere"],
            ["rådgiver", "rådgivere"],
            ["forsker", "forskere"],
            // A comparative keeps its adjective's stem (lav, lavere).
            ["lav", "lave", "lavere"],
        ])
    func nounForms(_ forms: [String]) {
        #expect(Set(forms.flatMap(stems)).count == 1, "\(forms.flatMap(stems))")
    }

    /// Snowball leaves `smser` alone; written in capitals the ending comes off (line 1321:
    /// "automatiske SMSer"; line 708: "4 RCT-er"; line 1435: "Automatiske SMS").
    @Test(
        "An acronym in capitals takes Norwegian endings",
        arguments: [
            // Snowball alone: "smser" stays "smser" (the reason for the rule).
            ("SMSer", "SMS"), ("SMSene", "SMS"), ("SMSen", "SMS"), ("SMS-en", "SMS"), ("SMS-er", "SMS"),
            ("RCTer", "RCT"), ("RCT-ene", "RCT"), ("RCTs", "RCT"), ("PPTs", "PPT"), ("OECDs", "OECD"),
        ])
    func acronymEndings(_ inflected: String, _ acronym: String) {
        let words = TextWords.words(of: inflected, stemmer: stemmer)
        #expect(words.count == 1)
        #expect(words.first?.stem == stems(acronym).first)
        #expect(words.first?.isAcronym == true)
    }

    /// A hyphen before anything but an ending joins two words (line 604: "SMS-system";
    /// "PP-tjenesten"), and a lower-case word is not an acronym.
    @Test func aHyphenBeforeAWordKeepsTwoWords() {
        #expect(TextWords.words(of: "SMS-system", stemmer: stemmer).count == 2)
        #expect(TextWords.words(of: "PP-tjenesten", stemmer: stemmer).count == 2)
        #expect(
            TextWords.words(of: "skole-hjem-samarbeid", stemmer: stemmer).map(\.folded) == [
                "skole", "hjem", "samarbeid",
            ])
        #expect(TextWords.words(of: "Eneste en", stemmer: stemmer).allSatisfy { !$0.isAcronym })
        // Line 902: "fraværs‑SMS", with a non-breaking hyphen (U+2011).
        #expect(TextWords.words(of: "fraværs\u{2011}SMS", stemmer: stemmer).map(\.folded) == ["fravaers", "sms"])
    }

    /// Folding comes first, so ø and o typed for one another stem alike.
    @Test func foldingComesBeforeStemming() {
        #expect(stems("hjemmebesøkene") == stems("hjemmebesokene"))
        #expect(stems("Relasjonene") == stems("relasjon"))
    }

    /// A lower-case word may be an acronym with an ending: `smser` as SMS plus -er.
    @Test func lowerCaseAcronymBases() {
        #expect(stemmer.stem("smser") == "smser") // Snowball's own answer: why the rule exists
        #expect(TextWords.acronymBases(of: "smser", stemmer: stemmer).contains(stems("SMS")[0]))
        #expect(TextWords.acronymBases(of: "er", stemmer: stemmer).isEmpty)
    }
}
