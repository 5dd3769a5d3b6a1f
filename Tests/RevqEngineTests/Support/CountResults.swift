import RevqCore

/// A count's result is tidy data (one row per group); its totals and crosstab margins
/// travel beside it as presentation. These read them back for the tests.
extension ResultSet {
    /// The totals row's aggregate cells as text; nil when the count shows none.
    var countTotals: [String]? {
        guard case .count(let count) = presentation else { return nil }
        return count.totals?.map(\.text)
    }

    /// The crosstab's margins as text: totals per row value and per column value.
    var crosstabMargins: (rows: [String], columns: [String])? {
        guard case .count(let count) = presentation, let crosstab = count.crosstab else { return nil }
        return (crosstab.rowTotals.map(\.text), crosstab.columnTotals.map(\.text))
    }

    /// The count of one group of a tidy two-field count.
    func count(_ first: String, _ second: String) -> String? {
        rows.first { $0[0].text == first && $0[1].text == second }?[2].text
    }
}
