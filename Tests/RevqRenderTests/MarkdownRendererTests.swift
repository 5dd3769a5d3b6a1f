import RevqCore
import RevqRender
import Testing

@Suite struct MarkdownRendererTests {
    static func markdown(_ result: ResultSet) -> [String] {
        Rendered.lines(Renderer.render(result, spec: OutputSpec(mode: .markdown)))
    }

    /// The cells of a pipe-table line, split at unescaped `|`.
    static func cells(_ line: String) -> [String] {
        var cells: [String] = []
        var cell = ""
        var escaped = false
        for character in line {
            if character == "|" && !escaped {
                cells.append(cell)
                cell = ""
            } else {
                cell.append(character)
            }
            escaped = character == "\\" && !escaped
        }
        return Array(cells.dropFirst()).map { String($0.dropFirst().dropLast()) }
    }

    @Test func pipesAndLineBreaksAreEscaped() {
        let result = ResultSet(
            columns: [.init(name: "a|b"), .init(name: "n")],
            rows: [[.text("Ja | Nei\nDelvis"), .integer(1)], [.list(["x|y", "z"]), .null]])
        let lines = Self.markdown(result)
        #expect(lines.count == 4)
        #expect(lines.allSatisfy { Self.cells($0).count == 2 && $0.hasPrefix("| ") && $0.hasSuffix(" |") })
        #expect(Self.cells(lines[0])[0].hasPrefix(#"a\|b"#))
        #expect(Self.cells(lines[2])[0].hasPrefix(#"Ja \| Nei<br>Delvis"#))
        #expect(Self.cells(lines[3])[0].hasPrefix(#"x\|y; z"#))
    }

    /// A GFM reader splits cells at every `|` byte: one that a combining mark follows (one
    /// Character with it) is escaped too.
    @Test func aPipeBeforeACombiningMarkIsEscaped() {
        let lines = Self.markdown(ResultSet(columns: [.init(name: "v")], rows: [[.text("a|\u{301}b *\u{20DD}")]]))
        #expect(
            lines[2].unicodeScalars.elementsEqual("| a\\|\u{301}b \\*\u{20DD} |".unicodeScalars),
            "\(lines[2].debugDescription)")
    }

    /// The review's own `*` notes under Figur 4 (lines 1100-1101) and a `<` must show as written.
    @Test(arguments: [
        ("* Inkl. én studie", #"\* Inkl. én studie"#), ("** Her inngår", #"\*\* Her inngår"#),
        ("<10 %", #"\<10 %"#), (#"C:\mappe"#, #"C:\\mappe"#), ("`kode`", #"\`kode\`"#),
        ("tidlig_innsats", "tidlig_innsats"), ("Øye 2018", "Øye 2018"),
    ])
    func markupIsEscaped(text: String, escaped: String) {
        let lines = Self.markdown(ResultSet(columns: [.init(name: "v")], rows: [[.text(text)]]))
        #expect(lines.last == "| " + escaped + String(repeating: " ", count: max(0, 3 - escaped.count)) + " |")
    }

    @Test func numberColumnsAlignRight() {
        let delimiter = Self.cells(Self.markdown(Fixtures.findings)[1])
        #expect(delimiter.map { $0.hasSuffix(":") } == [true, false, false, false, false, true])
        #expect(delimiter.allSatisfy { $0.count >= 3 && $0.allSatisfy { $0 == "-" || $0 == ":" } })
    }

    @Test func cellsHoldTheValues() {
        let lines = Self.markdown(Fixtures.findings)
        #expect(lines.count == Fixtures.findings.rows.count + 2)
        for (line, row) in zip(lines.dropFirst(2), Fixtures.findings.rows) {
            #expect(Self.cells(line).map(Rendered.squeeze) == row.map { Rendered.squeeze($0.text) })
        }
    }

    @Test func emptyResultIsHeaderAndDelimiter() {
        let empty = ResultSet(columns: [.init(name: "number"), .init(name: "theme")], rows: [])
        #expect(Self.markdown(empty) == ["| number | theme |", "| ------ | ----- |"])
    }
}
