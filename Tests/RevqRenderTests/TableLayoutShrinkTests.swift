import RevqCore
import RevqTestSupport
import Testing

@testable import RevqRender

/// The table layout's shrinking as a water level must give the widths the step-by-step
/// rule gives (the widest column above its floor gives width down to the next widest, the
/// first among equals one column at a time), on random tables; and a table of many
/// columns is laid out without a step per column of width.
@Suite struct TableLayoutShrinkTests {
    /// The rule as it was written before, one step at a time: the reference.
    static func stepwise(_ widths: inout [Int], columns: [Int], to available: Int, floors: [Int]) {
        var excess = widths.reduce(0, +) - available
        while excess > 0 {
            let shrinkable = columns.filter { widths[$0] > floors[$0] }
            guard let widest = shrinkable.max(by: { widths[$0] < widths[$1] }) else { return }
            let next = shrinkable.filter { $0 != widest }.map { widths[$0] }.max() ?? 0
            let step = max(1, min(excess, widths[widest] - max(floors[widest], next)))
            widths[widest] -= step
            excess -= step
        }
    }

    @Test(arguments: 0..<200)
    func theWaterLevelGivesTheStepwiseWidths(seed: Int) {
        var random = SeededGenerator(seed: UInt64(seed))
        let count = Int.random(in: 1...12, using: &random)
        let widths = (0..<count).map { _ in Int.random(in: 1...60, using: &random) }
        let floors = (0..<count).map { _ in Int.random(in: 0...30, using: &random) }
        let columns = (0..<count).filter { _ in Bool.random(using: &random) }
        let available = Int.random(in: 0...widths.reduce(0, +), using: &random)
        var expected = widths
        var actual = widths
        Self.stepwise(&expected, columns: columns, to: available, floors: floors)
        TableLayout.shrink(&actual, columns: columns, to: available, floors: floors)
        #expect(actual == expected, "widths \(widths) floors \(floors) columns \(columns) available \(available)")
    }

    /// Ten copies of every column of a wide result, laid out at 100 columns: the columns
    /// that fit are the leading ones that fit alone, and the rest are named as not shown.
    @Test func aTableOfManyColumnsKeepsThoseThatFit() {
        let one = (0..<20).map { ResultSet.Column(name: "field\($0)", isLongText: $0 % 5 == 0) }
        let row = (0..<20).map { Cell.text(String(repeating: "ord ", count: $0 + 3)) }
        let result = ResultSet(
            columns: Array(repeating: one, count: 10).flatMap { $0 },
            rows: Array(repeating: Array(repeating: row, count: 10).flatMap { $0 }, count: 5))
        let spec = OutputSpec(mode: .table, width: 100)
        var text = ""
        TableRenderer.fitted(result, spec: spec, to: &text)
        let header = text.split(separator: "\n")[1]
        let shown = header.split(separator: "│").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        #expect(!shown.isEmpty)
        // One more column would not fit even squeezed: its layout overflows.
        let measures = TableLayout.measures(
            of: result, cells: TerminalCells(result, nullText: spec.nullText), spec: spec)
        #expect(!TableLayout(measures: Array(measures.prefix(shown.count)), spec: spec).overflows(spec))
        #expect(TableLayout(measures: Array(measures.prefix(shown.count + 1)), spec: spec).overflows(spec))
        #expect(text.contains("\(200 - shown.count) columns not shown"))
    }

    /// A table whose columns fit at their natural widths is laid out without measuring
    /// what squeezing needs: its layout must be the one the whole rule gives, at widths
    /// where the tables fit and where they do not, with and without headers.
    @Test(arguments: [20, 40, 60, 80, 100, 140, 200, 1000])
    func theNaturalWidthsShortcutGivesTheWholeRulesLayout(width: Int) {
        let results = [Fixtures.findings, Fixtures.confidenceCount, Fixtures.matrix, TableRendererTests.mixedText]
        for result in results {
            for headers in [true, false] {
                let spec = OutputSpec(mode: .table, headers: headers, width: width)
                let cells = TerminalCells(result, nullText: spec.nullText)
                let whole = TableLayout(
                    measures: TableLayout.measures(of: result, cells: cells, spec: spec), spec: spec)
                #expect(TableLayout(fitting: result, cells: cells, spec: spec) == whole, "at \(width)")
            }
        }
    }
}
