import RevqCore
import RevqTestSupport
import Testing

@testable import RevqREPL

/// What a display prints under a result: the `.rowlimit` line and the notes, kept as
/// values until they are written.
@Suite struct ResultFooterTests {
    /// The 38 included studies (review line 33: "Totalt inkluderte vi 38 studier"), by id.
    static let studies: ResultSet = {
        let ids = BundledStore.column("id", of: "studies")
        return ResultSet(columns: [.init(name: "id")], rows: ids.map { [.text($0)] }, notes: ["a note\nover two lines"])
    }()

    @Test func aLongResultIsCutToTheRowLimit() {
        #expect(Self.studies.rows.count == 38)
        let footer = ResultFooter(Self.studies, rowLimit: 5)
        #expect(footer.cut == ResultFooter.Cut(rows: 38, shown: 5))
        #expect(footer.shown(Self.studies).rows == Array(Self.studies.rows.prefix(5)))
        #expect(
            footer.text(width: 200)
                == "38 rows, 5 shown: .rowlimit 0 shows all, .last shows this result whole\nnote: a note\nover two lines\n"
        )
    }

    @Test(arguments: [nil, 0, 38, 100])
    func aResultWithinTheLimitIsWhole(limit: Int?) {
        let footer = ResultFooter(Self.studies, rowLimit: limit)
        #expect(footer.cut == nil)
        #expect(footer.shown(Self.studies) == Self.studies)
        #expect(footer.notes == ["a note\nover two lines"])
    }

    /// A count keeps every group, whatever the limit: its totals need them all.
    @Test func aCountIsNeverCut() {
        var count = Self.studies
        count.presentation = .count(CountPresentation(groupColumns: 1, totals: nil))
        #expect(ResultFooter(count, rowLimit: 5).cut == nil)
    }

    /// A note is labelled, escaped as a message, and wraps under its text.
    @Test func notesHangUnderTheirLabel() {
        let escaped = ResultFooter.noteLine("a value \u{1B}[31m")
        #expect(
            escaped == "note: a value " + VisibleText.escaped("\u{1B}") + "[31m" && !escaped.contains("\u{1B}"),
            "\(escaped)")
        let wrapped = ResultFooter.noteLine(String(repeating: "word ", count: 12), width: 30)
        #expect(
            wrapped.split(separator: "\n").dropFirst().allSatisfy {
                $0.hasPrefix("      ") && !$0.hasPrefix("       ")
            }, "\(wrapped)")
    }
}
