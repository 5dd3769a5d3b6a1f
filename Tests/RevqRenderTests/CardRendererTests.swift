import RevqCore
import RevqRender
import Testing

@Suite struct CardRendererTests {
    static func cards(_ result: ResultSet, width: Int) -> [String] {
        Rendered.lines(Renderer.render(result, spec: OutputSpec(mode: .card, width: width)))
    }

    @Test(arguments: [40, 60, 100])
    func fieldsAreAlignedAndWrappedWithAHangingIndent(width: Int) {
        let lines = Self.cards(Fixtures.findings, width: width)
        let indent = "confidence".count + 2
        for line in lines where !line.hasPrefix("─") && !line.hasPrefix("(") {
            #expect(DisplayWidth.of(line) <= width)
            let characters = Array(line)
            if let colon = characters.firstIndex(of: ":"), !line.hasPrefix(" ") {
                #expect(Fixtures.findings.columns.map(\.name).contains(String(characters[..<colon])))
                let valueStarts =
                    characters.count > indent && characters[indent - 1] == " " && characters[indent] != " "
                #expect(characters.count == colon + 1 || valueStarts, "value not aligned: \(line)")
            } else {
                #expect(
                    characters.prefix(indent).allSatisfy { $0 == " " } && characters[indent] != " ", "indent: \(line)")
            }
        }
    }

    @Test func longValuesLoseNothing() {
        let lines = Self.cards(Fixtures.findings, width: 50)
        let start = lines.firstIndex { $0.hasPrefix("text:") }!
        let end = lines[start...].firstIndex { $0.hasPrefix("confidence:") }!
        let text = lines[start..<end].map { String($0.dropFirst("confidence: ".count)) }.joined(separator: " ")
        #expect(Rendered.squeeze(text) == Rendered.squeeze(Fixtures.findings.rows[0][2].text))
    }

    @Test func recordsAreSeparatedAndTheTotalsRowSetApart() {
        let lines = Self.cards(Fixtures.confidenceCount, width: 80)
        #expect(lines.filter { $0.hasPrefix("─") }.count == 1)
        #expect(lines.filter { $0.hasPrefix("═") }.count == 1)
        #expect(lines.last == "(2 rows)")
        #expect(lines.first == "confidence: moderat")
    }

    @Test func nullIsEmptyWithoutTrailingBlanksOrTheChosenText() {
        #expect(Self.cards(Fixtures.findings, width: 80).contains("theme:"))
        let spec = OutputSpec(mode: .card, width: 80, nullText: "NULL")
        #expect(Rendered.lines(Renderer.render(Fixtures.findings, spec: spec)).contains("theme:      NULL"))
    }

    /// Data must not steer the terminal: controls are shown, never sent.
    @Test(arguments: [
        ("a\u{1B}[31mb", "a^[[31mb"), ("a\tb", "a b"), ("\u{7}\u{7F}", "^G^?"), ("x\u{9B}y", "x\\u{9B}y"),
        ("x\u{202E}y\u{2066}", "x\\u{202E}y\\u{2066}"), ("Øye\u{0}", "Øye^@"),
    ])
    func controlCharactersAreShown(text: String, shown: String) {
        let result = ResultSet(columns: [.init(name: "v")], rows: [[.text(text)]])
        #expect(Self.cards(result, width: 40) == ["v: " + shown, "(1 row)"])
    }

    @Test func emptyResult() {
        let empty = ResultSet(columns: Fixtures.findings.columns, rows: [])
        #expect(Renderer.render(empty, spec: OutputSpec(mode: .card)) == "(0 rows)\n")
    }
}
