import RevqCore
import RevqRender
import Testing

/// One golden file per output mode and fixture: the whole rendered text, byte for byte.
/// svg draws charts and grids only (a table in svg is refused by the shell; see
/// SVGOutputTests), so it has no table goldens.
@Suite struct GoldenTests {
    static let fixtures: [(String, ResultSet)] = [("findings", Fixtures.findings), ("count", Fixtures.confidenceCount)]

    @Test(arguments: OutputMode.tableModes)
    func findings(mode: OutputMode) throws {
        let text = Renderer.render(Fixtures.findings, spec: OutputSpec(mode: mode, width: 100))
        try Golden.check(text, named: "findings.\(mode.rawValue)")
    }

    @Test(arguments: OutputMode.tableModes)
    func countWithTotals(mode: OutputMode) throws {
        let text = Renderer.render(Fixtures.confidenceCount, spec: OutputSpec(mode: mode, width: 100))
        try Golden.check(text, named: "count.\(mode.rawValue)")
    }

    /// Issue 9: counts, crosstabs, aggregates, empty lists and unknown values in every
    /// mode. Display modes show totals, "(none)" and the crosstab; machine formats hold
    /// the tidy rows only.
    @Test(arguments: OutputMode.tableModes)
    func countsCrosstabsAggregatesAndEmptyValues(mode: OutputMode) throws {
        let fixtures = [
            ("crosstab", Fixtures.themeConfidence), ("aggregates", Fixtures.supportByConfidence),
            ("empty", Fixtures.emptyAndUnknown),
        ]
        for (name, result) in fixtures {
            try Golden.check(
                Renderer.render(result, spec: OutputSpec(mode: mode, width: 100)), named: "\(name).\(mode.rawValue)")
        }
    }

    /// The same table narrower, and in colour, as a terminal would show it.
    @Test(arguments: [(60, false), (100, true)])
    func tableVariants(width: Int, color: Bool) throws {
        let text = Renderer.render(Fixtures.findings, spec: OutputSpec(mode: .table, width: width, color: color))
        try Golden.check(text, named: "findings.table-\(width)\(color ? "-color" : "")")
    }

    @Test func cardsForTheMatrixAtSixtyColumns() throws {
        let text = Renderer.render(Fixtures.matrix, spec: OutputSpec(mode: .table, width: 60))
        try Golden.check(text, named: "matrix.table-60")
    }
}
