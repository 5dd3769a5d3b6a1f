import Glibc
import RevqCore
import RevqRender
import Testing

/// Bar charts of what has no length: an aggregate over no records (null in every row),
/// values too large for a bar (1e308, infinity), negative values. Each draws its labels
/// and numbers and no bar for what has none; none may trap.
@Suite struct ChartEdgeTests {
    private func chart(_ columns: [String], _ rows: [[Cell]], groups: Int, stacked: Bool = false) -> String {
        var result = ResultSet(
            columns: columns.map { .init(name: $0) }, rows: rows,
            presentation: .count(CountPresentation(groupColumns: groups, totals: nil)))
        result.drawing = .bars(stacked: stacked)
        return Renderer.render(result, spec: OutputSpec(mode: .table, width: 80))
    }

    /// `chart count findings where number > 99 by theme show min(number)`: every group
    /// is listed, with no bar and no number.
    @Test func anAggregateOverNoRecordsListsItsGroups() {
        let text = chart(
            ["theme", "min(number)"], [[.text("Forebygging"), .null], [.text("Kommunikasjon"), .null]], groups: 1)
        let lines = text.split(separator: "\n").map { String($0).trimmingSuffix(" ") }
        #expect(lines == ["bars: min(number)", "Forebygging", "Kommunikasjon", "(2 rows)"], "\(text)")
    }

    /// No `by`: one row, the aggregate of nothing.
    @Test func anAggregateOfNothingWithoutGroups() {
        let text = chart(["min(number)"], [[.null]], groups: 0)
        #expect(text.hasSuffix("(1 row)\n"), "\(text)")
        #expect(!text.contains("█"))
    }

    /// A crosstab of nulls (grouped bars): each group and series named, no bar.
    @Test func aCrosstabOfNothing() {
        var result = ResultSet(
            columns: [.init(name: "theme"), .init(name: "confidence"), .init(name: "min(number)")],
            rows: [[.text("A"), .text("lav"), .null], [.text("A"), .text("høy"), .null]],
            presentation: .count(
                CountPresentation(
                    groupColumns: 2, totals: nil,
                    crosstab: Crosstab(rowTotals: [.null], columnTotals: [.null, .null]))))
        result.drawing = .bars(stacked: false)
        let text = Renderer.render(result, spec: OutputSpec(mode: .table, width: 80))
        #expect(text.contains("\n  lav") && text.contains("\n  høy"), "\(text)")
        #expect(!text.contains("█"))
    }

    /// The longest bar is the largest finite value; a value with no finite length (inf)
    /// or none at all (negative) gets no bar, and every number is shown as it is.
    @Test(arguments: [false, true])
    func valuesWithoutAFiniteLength(stacked: Bool) {
        let rows: [[Cell]] = [
            [.text("a"), .number(1e308)], [.text("b"), .number(.infinity)], [.text("c"), .number(-5)],
            [.text("d"), .integer(Int.max)],
        ]
        let text =
            stacked
            ? chart(["x \\ y", "one", "two"], rows.map { $0 + [.integer(1)] }, groups: 1, stacked: true)
            : chart(["x", "sum(value)"], rows, groups: 1)
        #expect(text.contains("1e+308"), "\(text)")
        #expect(text.contains("9223372036854775807"), "\(text)")
        let bar = text.split(separator: "\n").first { $0.hasPrefix("b ") }.map(String.init) ?? ""
        #expect(!bar.contains("█"), "\(text)")
    }
}

extension String {
    fileprivate func trimmingSuffix(_ character: Character) -> String {
        String(reversed().drop { $0 == character }.reversed())
    }
}
