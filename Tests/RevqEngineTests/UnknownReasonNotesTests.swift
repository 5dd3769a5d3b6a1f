import Foundation
import RevqCore
import RevqReview
import RevqTestSupport
import Testing

@testable import RevqEngine

/// A blank in an answer says why where the report does not give the value in its text (the
/// dataset's `unknowns`), and only there: a qualitative study's blank risk of bias does not apply.
@Suite("Notes on why a value is blank")
struct UnknownReasonNotesTests {
    let interpreter = Interpreter(store: BundledStore.shared)
    let review = SourceText.review

    func notes(_ statement: String) throws -> [String] {
        try #require(interpreter.run(statement).resultSet, "\(statement) failed").notes
    }

    /// The RCTs whose risk of bias the text does not give: Tabell 3's RCTs, less the four line
    /// 866 names lav and the one line 1624 names høy by its reference (86). Line 617 says all
    /// eight were rated; line 621 is Figur 3, the image that held the ratings.
    static func unratedRCTs() throws -> [String] {
        let review = SourceText.review
        let named = try #require(review.line(866).firstMatch(of: /fire \(([^)]*)\) ble vurdert å ha lav risiko/)).output
            .1
        #expect(
            review.line(1624).contains("sammensatt tiltak (86)") && review.line(1624).contains("den har høy risiko"))
        #expect(review.line(617).contains("åtte inkluderte RCT-ene"))
        #expect(review.line(621).hasPrefix("Figur 3:"))
        let lav = named.replacing(" og ", with: ", ").split(separator: ", ").map { TextFolding.fold(String($0)) }
        let studies = TSVSheet.data("studies").records.filter { $0["design"] == "RCT" }
        #expect(studies.count == 8)
        return studies.filter { study in
            !lav.contains {
                TextFolding.fold(study["label"].replacing("-", with: " ")).hasPrefix($0.replacing("-", with: " "))
            }
                && study["ref"] != "86"
        }.map { $0["label"] }
    }

    @Test func anAggregateOverUnratedStudiesSaysWhy() throws {
        let unrated = try Self.unratedRCTs()
        #expect(unrated.count == 3)
        let note = try #require(
            try notes("count outcomes by study show max(study.bias)").first { $0.hasPrefix("study.bias is blank for") })
        for label in unrated { #expect(note.contains(label), "\(label)") }
        let rated = TSVSheet.data("studies").records.filter { $0["design"] == "RCT" && !unrated.contains($0["label"]) }
        for study in rated { #expect(!note.contains(study["label"]), "\(study["label"]) is rated in the text") }
        #expect(note.contains("Figur 3") && note.contains("lines 621"))
    }

    @Test func aListShowingTheBlankSaysWhy() throws {
        let unrated = try Self.unratedRCTs()
        let note = try #require(
            try notes("studies where design = RCT show label, bias, bias_text").first {
                $0.contains("is blank for") || $0.contains("are blank for")
            })
        #expect(note.hasPrefix("bias and bias_text are blank for "))
        for label in unrated { #expect(note.contains(label), "\(label)") }
    }

    /// Qualitative studies have no risk of bias: the blank does not apply, and nothing is said.
    @Test(arguments: [
        "studies where kind = kvalitativ show label, bias", "count studies where kind = kvalitativ by bias",
        "studies where design = RCT and bias is not empty show label, bias",
    ])
    func aBlankThatDoesNotApplyHasNoNote(statement: String) throws {
        #expect(try notes(statement).allSatisfy { !$0.contains("blank for") })
    }

    /// Vedlegg 5's JBI checklists were images (lines 2844 and 2865 are image alt texts).
    @Test func imageOnlyAnswersSayWhy() throws {
        #expect(review.line(2844).hasPrefix("[image:") && review.line(2865).hasPrefix("[image:"))
        let note = try #require(
            try notes("appraisals where tool = \"JBI Case-control\" and item != overall show study, item, answer").first
            { $0.contains("blank for") })
        #expect(note.hasPrefix("answer is blank for") && note.contains("images in Vedlegg 5"))
    }

    /// The fields some reason is about, read from the store's two fields alone, are those the
    /// TSV file names, "source.field" for each.
    @Test func theExplainedFieldsAreThoseTheFileNames() throws {
        let reasons = TSVSheet.data("unknowns").records
        let expected = Set(reasons.flatMap { reason in reason.list("fields").map { reason["about"] + "." + $0 } })
        #expect(expected.count >= 4)
        #expect(UnknownReason.explainedFields(in: interpreter.store) == expected)
    }

    /// Each reason's query runs on its source and every record it selects is blank in every
    /// field it names: a reason never covers a value the data has.
    @Test func everyReasonCoversOnlyBlanks() throws {
        let reasons = TSVSheet.data("unknowns").records
        #expect(reasons.count >= 4)
        for reason in reasons {
            let statement = reason["records"] + " show " + reason.list("fields").joined(separator: ", ")
            let result = try #require(
                interpreter.run(statement).resultSet, "\(reason["id"]): \(statement) does not run")
            #expect(reason["records"].hasPrefix(reason["about"] + " "))
            #expect(!result.rows.isEmpty, "\(reason["id"]) selects nothing")
            #expect(
                result.rows.allSatisfy { $0.allSatisfy { $0 == .null } }, "\(reason["id"]) covers a value the data has")
        }
    }
}
