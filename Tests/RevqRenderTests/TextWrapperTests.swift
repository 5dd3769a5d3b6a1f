import RevqCore
import Testing

@testable import RevqRender

@Suite struct TextWrapperTests {
    @Test(arguments: [
        ("svært lav tillit", 9, ["svært lav", "tillit"]),
        ("svært lav tillit", 16, ["svært lav tillit"]),
        ("Øye 2018; Rossholt 2024", 10, ["Øye 2018;", "Rossholt", "2024"]),
        // A word wider than the line is broken, and the hyphen says so; its last piece fits.
        ("Fraværsregistrering", 10, ["Fraværsre-", "gistrering"]),
        ("e\u{301}e\u{301}e\u{301} ok", 2, ["e\u{301}e\u{301}", "e\u{301}", "ok"]),
        ("研究学校", 4, ["研-", "究-", "学校"]),
        ("研究学校", 3, ["研-", "究-", "学-", "校"]),
        ("a 研究", 3, ["a", "研-", "究"]),
        // Two columns leave no room for a hyphen beside a piece: the word is cut as it is.
        ("Fravær", 2, ["Fr", "av", "ær"]),
        ("kontrollgruppen", 12, ["kontrollgru-", "ppen"]),
        ("en kontrollgruppen", 15, ["en", "kontrollgruppen"]),
        ("linje 1\nlinje 2", 20, ["linje 1", "linje 2"]),
        ("", 5, [""]),
    ])
    func wrap(text: String, width: Int, expected: [String]) {
        let lines = TextWrapper.wrap(text, width: width)
        #expect(lines == expected)
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= width })
    }

    @Test(arguments: [
        (["Opland HM 2023", "Øye 2018", "Pedersen 2024"], 25, ["Opland HM 2023; Øye 2018;", "Pedersen 2024"]),
        (["Krane V & Klevan T 2019", "Øye 2018"], 12, ["Krane V &", "Klevan T", "2019;", "Øye 2018"]),
        (["Øye 2018"], 8, ["Øye 2018"]),
        ([], 8, [""]),
    ])
    func wrapList(elements: [String], width: Int, expected: [String]) {
        #expect(TextWrapper.wrap(list: elements, width: width) == expected)
    }

    /// A cell as long as a section of the review's full text still wraps, fast and whole.
    @Test func aVeryLongCellWraps() {
        let text = (1100...1400).map { Fixtures.cell($0) }.joined(separator: " ")
        let result = ResultSet(
            columns: [.init(name: "section"), .init(name: "text", isLongText: true)],
            rows: [[.text("Resultater"), .text(text)]])
        let lines = Rendered.lines(Renderer.render(result, spec: OutputSpec(width: 90))).dropLast()
        #expect(Set(lines.map(DisplayWidth.of)) == [90])
        let read = lines.filter(Rendered.isContentLine).dropFirst().map { Rendered.cells($0)[1] }.joined(separator: " ")
        #expect(Rendered.squeeze(read) == Rendered.squeeze(text))
    }
}
