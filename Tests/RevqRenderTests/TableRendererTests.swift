import RevqCore
import RevqRender
import Testing

@Suite struct TableRendererTests {
    /// Norwegian letters, a combining accent (e + U+0301), CJK, the review's long text, and
    /// line breaks and tabs inside a text and a list.
    static let mixedText = ResultSet(
        columns: [.init(name: "name"), .init(name: "text", isLongText: true), .init(name: "n")],
        rows: [
            [.text("Øye 2018"), .text(Fixtures.cell(1148)), .integer(6)],
            [
                .text("Rene\u{301} Ås"),
                .text("svært lav tillit: ÆØÅ æøå e\u{301}e\u{301} 研究 学校 " + Fixtures.cell(1186)), .integer(3),
            ],
            [.text("研究者 Fraværsregistrering"), .null, .integer(14)],
            [.list(["Øye 2018", "Rossholt\n2024", "Ås\tÅs"]), .text("linje 1\nlinje 2\r\nlinje 3"), .null],
        ])

    static func table(_ result: ResultSet, width: Int, headers: Bool = true) -> String {
        Renderer.render(result, spec: OutputSpec(mode: .table, headers: headers, width: width))
    }

    @Test(arguments: [60, 72, 80, 100, 120, 200])
    func everyLineHasTheSameWidthWithinTheSpec(width: Int) {
        let lines = Rendered.lines(Self.table(Self.mixedText, width: width)).dropLast() // the row count line
        let widths = Set(lines.map(DisplayWidth.of))
        #expect(widths.count == 1, "line widths \(widths) at \(width)")
        #expect(widths.allSatisfy { $0 <= width })
    }

    /// The cells of the long-text column, read back line by line, are the text itself:
    /// wrapped only at spaces, no word cut, nothing lost.
    @Test(arguments: [100, 120, 160])
    func longTextWrapsAtWordsAndLosesNothing(width: Int) {
        let blocks = Rendered.rowBlocks(Self.table(Fixtures.findings, width: width))
        #expect(blocks.count == Fixtures.findings.rows.count)
        for (block, row) in zip(blocks, Fixtures.findings.rows) {
            let text = block.map { Rendered.cells($0)[2] }.joined(separator: " ")
            #expect(Rendered.squeeze(text) == Rendered.squeeze(row[2].text))
            #expect(block.count > 1, "the long text wraps")
        }
    }

    @Test func numbersAreRightAlignedAndTextLeftAligned() {
        let blocks = Rendered.rowBlocks(Self.table(Fixtures.findings, width: 100))
        for (block, row) in zip(blocks, Fixtures.findings.rows) {
            let cells = Rendered.cells(block[0])
            #expect(cells[0].hasSuffix(row[0].text) && cells[0].hasPrefix(" "))
            #expect(cells[5].hasSuffix(row[5].text))
            #expect(cells[3].hasPrefix(row[3].text))
        }
    }

    @Test func listCellsBreakBetweenElements() {
        let blocks = Rendered.rowBlocks(Self.table(Fixtures.findings, width: 160))
        let lines = blocks[0].map { Rendered.squeeze(Rendered.cells($0)[4]) }.filter { !$0.isEmpty }
        #expect(lines.allSatisfy { $0.hasSuffix(";") || $0 == lines.last })
        #expect(lines.joined(separator: " ") == Fixtures.studies(1151).joined(separator: "; "))
    }

    @Test func totalsRowIsDrawnApartAndNotCounted() {
        let lines = Rendered.lines(Self.table(Fixtures.confidenceCount, width: 100))
        // The totals row is presentation (issue 9): not in the data, shown by the table.
        let totals = lines.firstIndex { Rendered.cells($0).first?.hasPrefix("total") == true }
        #expect(totals.map { lines[$0 - 1].hasPrefix("╞") } == true)
        #expect(totals.map { Rendered.squeeze(Rendered.cells(lines[$0]).last ?? "") } == "3")
        #expect(lines.last == "(\(Fixtures.confidenceCount.rows.count) rows)")
    }

    @Test(arguments: [(0, "(0 rows)"), (1, "(1 row)"), (3, "(3 rows)")])
    func rowCountLine(rows: Int, expected: String) {
        let result = ResultSet(columns: Fixtures.findings.columns, rows: Array(Fixtures.findings.rows.prefix(rows)))
        #expect(Rendered.lines(Self.table(result, width: 120)).last == expected)
    }

    @Test func emptyResultShowsItsHeaderAndZeroRows() {
        let empty = ResultSet(columns: [.init(name: "number"), .init(name: "theme")], rows: [])
        #expect(
            Self.table(empty, width: 80) == """
                ┌────────┬───────┐
                │ number │ theme │
                ╞════════╪═══════╡
                └────────┴───────┘
                (0 rows)

                """)
    }

    @Test func emptyResultWithoutHeadersIsJustTheCount() {
        let empty = ResultSet(columns: [.init(name: "number")], rows: [])
        #expect(Self.table(empty, width: 80, headers: false) == "(0 rows)\n")
    }

    @Test func headersOff() {
        let lines = Rendered.lines(Self.table(Fixtures.confidenceCount, width: 80, headers: false))
        #expect(!lines.contains { $0.contains("confidence") })
        #expect(Rendered.cells(lines[1]).first?.hasPrefix("moderat") == true)
    }

    /// An escape code in the data must not reach the terminal; a tab must not jump.
    @Test func controlCharactersAreShownNotObeyed() {
        let result = ResultSet(columns: [.init(name: "text")], rows: [[.text("a\u{1B}[31mb\tc\r\nd")]])
        let text = Self.table(result, width: 40)
        #expect(!text.contains("\u{1B}") && !text.contains("\t") && !text.contains("\r"))
        #expect(Rendered.rowBlocks(text)[0].map { Rendered.cells($0)[0] } == ["a^[[31mb c", "d         "])
    }

    /// Issue 9: a result too wide for the terminal stays a table (never cards behind the
    /// user's back): its text columns narrow, their cells are cut with "…", and a line
    /// under the table says how to see them whole.
    @Test func tooManyColumnsStayATableWithCutCellsAndAdvice() {
        let text = Renderer.render(Fixtures.matrix, spec: OutputSpec(mode: .table, width: 60))
        let lines = Rendered.lines(text)
        let box = lines.prefix { !$0.hasPrefix("(") }
        #expect(text.hasPrefix("┌"))
        #expect(Set(box.map(DisplayWidth.of)) == [60] || Set(box.map(DisplayWidth.of)).count == 1)
        #expect(box.allSatisfy { DisplayWidth.of($0) <= 60 })
        #expect(box.contains { $0.contains("…") }, "a cut cell ends with …")
        #expect(text.contains(".mode card shows every value whole"))
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 60 }, "the advice wraps too")
        #expect(lines.contains("(2 rows)"))
        let wide = Renderer.render(Fixtures.matrix, spec: OutputSpec(mode: .table, width: 200))
        #expect(wide.hasPrefix("┌") && !wide.contains("…") && !wide.contains(".mode card"))
    }

    /// A table that fits at its columns' natural widths, drawn as bytes: æøå and a
    /// combining accent one column each, CJK two, the bars in line under every cell.
    @Test func mixedASCIIAndWiderCharactersAtNaturalWidths() {
        let result = ResultSet(
            columns: [.init(name: "navn"), .init(name: "n")],
            rows: [
                [.text("Ås"), .integer(1)], [.text("e\u{301}"), .integer(22)], [.text("研究"), .integer(3)],
                [.text("abc"), .null],
            ])
        let expected = """
            ┌──────┬────┐
            │ navn │  n │
            ╞══════╪════╡
            │ Ås   │  1 │
            │ e\u{301}    │ 22 │
            │ 研究 │  3 │
            │ abc  │    │
            └──────┴────┘
            (4 rows)

            """
        #expect(Self.table(result, width: 80) == expected)
    }
}
