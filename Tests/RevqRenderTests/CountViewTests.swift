import RevqCore
import RevqRender
import Testing

/// Issue 9: a count's display (totals, "(none)", the crosstab, rounded averages) is
/// made from its tidy rows by the display modes only.
@Suite struct CountViewTests {
    @Test func aCrosstabNamesBothFieldsAndShowsUnknownAsNone() {
        let text = Renderer.render(Fixtures.themeConfidence, spec: OutputSpec(mode: .table, width: 100))
        let lines = Rendered.lines(text)
        #expect(Rendered.cells(lines[1]).map(Rendered.squeeze) == ["theme \\ confidence"] + Fixtures.scale + ["total"])
        #expect(lines.contains { Rendered.cells($0).first.map(Rendered.squeeze) == "(none)" })
        #expect(!Renderer.render(Fixtures.themeConfidence, spec: OutputSpec(mode: .json)).contains("(none)"))
    }

    /// Too wide to pivot, a crosstab is listed one row per pair, and says so: a table still.
    @Test func aCrosstabTooWideIsListedByPairs() {
        let text = Renderer.render(Fixtures.themeConfidence, spec: OutputSpec(mode: .table, width: 44))
        let lines = Rendered.lines(text)
        #expect(text.hasPrefix("┌"))
        #expect(Rendered.cells(lines[1]).map(Rendered.squeeze) == ["theme", "confidence", "count"])
        #expect(Rendered.squeeze(text).contains("listed one row per pair"))
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 44 })
    }

    /// An average shows two decimals in a table; JSON keeps every digit.
    @Test func averagesAreRoundedForDisplayOnly() {
        let table = Renderer.render(Fixtures.supportByConfidence, spec: OutputSpec(mode: .table, width: 100))
        #expect(table.contains(" 3.33 "))
        // A third, not a figure of the review: the rounding is the display's.
        let third = ResultSet(
            columns: [.init(name: "avg(x)")], rows: [[.number(10.0 / 3.0)]],
            presentation: .count(CountPresentation(groupColumns: 0, totals: nil)))
        #expect(Renderer.render(third, spec: OutputSpec(mode: .table)).contains(" 3.33 "))
        #expect(Renderer.render(third, spec: OutputSpec(mode: .jsonl)) == "{\"avg(x)\":3.3333333333333335}\n")
        let csv = Renderer.render(Fixtures.supportByConfidence, spec: OutputSpec(mode: .csv))
        #expect(!csv.contains("total"))
    }
}
