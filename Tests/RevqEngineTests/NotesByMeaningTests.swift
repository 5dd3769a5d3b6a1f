import Foundation
import RevqCore
import RevqEngine
import RevqReview
import RevqTestSupport
import Testing

/// A note on a figure the report states differently is attached by what the answer covers,
/// not by how the statement was worded (issue 20): the same rows, a part of them, more than
/// them, or the parts of one figure that make up the answer. Every figure expected here is
/// read from the review's text at the line named.
@Suite("Contradiction notes by meaning")
struct NotesByMeaningTests {
    let interpreter = Interpreter(store: BundledStore.shared)
    static let review = SourceText.review

    func notes(_ statement: String) throws -> [String] {
        try #require(interpreter.run(statement).resultSet, "\(statement)").notes
    }

    /// Line 36: "... fem hadde moderat og fire hadde høy risiko" of the 15 quantitative and
    /// mixed-methods studies. A count of the quantitative ones alone is a part of that claim.
    @Test func aPartOfAClaimGetsItsNote() throws {
        #expect(Self.review.line(36).contains("fire hadde høy risiko"))
        let whole = try notes("count studies where kind != kvalitativ and bias = høy")
        #expect(whole.contains { $0.hasPrefix("the report states 4 for kind != kvalitativ and bias = høy (line 36") })
        let part = try notes("count studies where kind = kvantitativ and bias = høy")
        #expect(
            part.contains {
                $0.contains(
                    "are part of the rows of kind != kvalitativ and bias = høy, which the report states as 4 (line 36")
            },
            "\(part)")
        // Listed rather than counted, and grouped rather than filtered: the same note.
        let listed = try notes("studies where kind = kvantitativ and bias = høy")
        #expect(
            listed.contains { $0.contains("listed here are part of the rows of kind != kvalitativ and bias = høy") },
            "\(listed)")
        let grouped = try notes("count studies where kind = kvantitativ by bias")
        #expect(
            grouped.contains {
                $0.contains("rows of bias = høy counted here are part of the rows of kind != kvalitativ and bias = høy")
            },
            "\(grouped)")
    }

    /// Figur 5 (lines 3227-3229): Ungdomsskole 6, Ungdomskole og vgs 5, Vgs 1 of the
    /// qualitative studies. Asking for the three levels at once is compared with their sum.
    @Test func thePartsOfAFigureAddUp() throws {
        let bars = Self.review.line(3229).split(separator: "\t").map(String.init)
        let levels = ["Ungdomsskole", "Ungdomskole og vgs", "Vgs"]
        let figures = try levels.map { level in
            try #require(bars.firstIndex(of: level).flatMap { Int(bars[$0 + 6]) }, "\(level)")
        }
        #expect(figures == [6, 5, 1])
        let total = figures.reduce(0, +)
        let data = try #require(
            interpreter.run("count studies where school_level in (ungdomsskole, \"ungdomsskole og vgs\", vgs)")
                .resultSet)
        let counted = try #require(Int(data.rows[0][0].text))
        #expect(counted != total)
        // The sum itself differs from the count, so the note says they disagree (not "the sum agrees").
        #expect(
            data.notes.contains {
                $0.contains("add up to 6 + 5 + 1 = \(total)") && $0.contains("the data gives \(counted): they disagree")
            },
            "\(data.notes)")
    }

    /// Line 1596: "Kun to av tiltakene omfattet elementer som skulle heve lærernes eller
    /// skolenes kompetanse": the list of those interventions has the note its count has.
    @Test func aListHasTheNoteOfItsCount() throws {
        #expect(
            Self.review.line(1596).hasPrefix(
                "Kun to av tiltakene omfattet elementer som skulle heve lærernes eller skolenes kompetanse"))
        let expected = "the report states 2 for kompetanse = Ja (line 1596"
        #expect(try notes("count matrix by kompetanse").contains { $0.hasPrefix(expected) })
        #expect(try notes("matrix where kompetanse = Ja").contains { $0.hasPrefix(expected) })
        #expect(try notes("count matrix where kompetanse = Ja").contains { $0.hasPrefix(expected) })
    }

    /// Answers that touch no claim stay quiet, and a group is not noted for a claim about
    /// another field that happens to hold the same rows (fleksibilitet = Ja is Cook as
    /// kompetanse = Ja is).
    @Test(arguments: [
        "studies where id = cook-2017",
        "findings where number = 3",
        "findings where confidence >= moderat and theme = kommunikasjon",
        "count studies by year",
        "count outcomes by direction",
        "matrix show study, intervention",
    ])
    func quietWhereNoClaimIsTouched(_ statement: String) throws {
        #expect(try notes(statement).filter(Self.isClaimNote).isEmpty, "\(statement)")
    }

    @Test func aGroupIsComparedWithClaimsAboutItsOwnField() throws {
        let notes = try notes("count matrix by kompetanse")
        #expect(!notes.contains { $0.contains("fleksibilitet") }, "\(notes)")
    }

    static func isClaimNote(_ note: String) -> Bool {
        note.contains("the report states") || note.contains("the report's figures")
    }
}
