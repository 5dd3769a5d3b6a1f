import RevqCore
import RevqRender
import Testing

/// Issue 9, item 7: prose breaks at spaces, measured in display columns, and keeps its
/// hanging indent (help's two columns, `note: `).
@Suite struct ProseTests {
    /// No line wider than the width, no word broken, nothing lost.
    @Test(arguments: [
        "Vi inkluderte 38 primærstudier (publisert 2010-2025): 23 kvalitative, 13 kvantitative og 2 flermetodiske studier",
        "e\u{301}e\u{301}e\u{301} combining accents count as one column each, René and Öye too, in every line",
        "研究 学校 家庭 协作 缺勤 研究 学校 家庭 协作 缺勤 研究 学校 家庭 协作 缺勤 wide characters take two columns",
    ])
    func wrapsAtSpacesWithinTheWidth(text: String) {
        for width in [24, 40, 60] {
            let lines = Prose.wrap(text, width: width).split(separator: "\n").map(String.init)
            #expect(lines.allSatisfy { DisplayWidth.of($0) <= width }, "\(width): \(lines)")
            #expect(lines.joined(separator: " ") == text, "no word is cut at \(width)")
        }
    }

    @Test func aTwoColumnLineContinuesUnderItsText() {
        let line = "  .save NAME|PATH      Save this session (statements, named queries, settings)"
        let wrapped = Prose.wrap(line, width: 50).split(separator: "\n").map(String.init)
        let indent = String(repeating: " ", count: "  .save NAME|PATH      ".count)
        #expect(
            wrapped == [
                "  .save NAME|PATH      Save this session", indent + "(statements, named queries,",
                indent + "settings)",
            ])
    }

    /// A diagnostic's hint is wrapped by its formatter, which knows its label
    /// (`DiagnosticTargetTests`); prose finds only `note: `.
    @Test func notesHangUnderTheirText() {
        let note = Prose.wrap(
            "note: groups overlap: a row of studies with several values counts once in each", width: 40)
        #expect(
            note.split(separator: "\n").dropFirst().allSatisfy { $0.hasPrefix("      ") && !$0.hasPrefix("       ") })
    }

    /// A label given apart from the text hangs the text as a label found in the line does.
    @Test(arguments: [30, 40, 60, 200])
    func aGivenLabelHangsLikeAFoundOne(width: Int) {
        let text = "groups overlap: a row of studies with several values counts once in each\nof those  groups"
        #expect(Prose.wrap(text, label: "note: ", width: width) == Prose.wrap("note: " + text, width: width))
    }

    @Test func shortLinesAndBlankLinesStayAsTheyAre() {
        let text = "Topics:\n\n  count, sort"
        #expect(Prose.wrap(text, width: 80) == text)
    }

    /// A path or a statement wider than the line is never split: a copy of half a path
    /// fails (issue 21: the start-up hint split the journal's path at ".rev" / "q").
    @Test func aWordWiderThanTheLineStaysWhole() {
        let path = "/root/.local/state/revq/journals/2026-12-07T06-20-31Z-4711.revq"
        let wrapped = Prose.wrap("note: this session is journaled to \(path); revq --resume brings it back", width: 40)
        let lines = wrapped.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(lines.contains(path + ";"), "\(lines)")
        #expect(!lines.contains { $0.hasSuffix("-") })
        let words = [
            "note:", "this", "session", "is", "journaled", "to", path + ";", "revq", "--resume", "brings", "it", "back",
        ]
        #expect(lines.joined(separator: " ").split(separator: " ").map(String.init) == words)
    }
}
