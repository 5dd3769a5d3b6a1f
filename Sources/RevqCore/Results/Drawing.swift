/// How a display mode may draw a result instead of a table; machine formats and Markdown
/// ignore it and write the plain data.
///
///     var result = ResultSet(columns: ..., rows: ...)
///     result.drawing = .bars(stacked: false)
package enum Drawing: Sendable, Equatable {
    /// The cells of `columns` are values of one ordered scale (`scale`, lowest first, with
    /// which end is good), drawn as glyphs, ● for the highest and ○ for the lowest.
    case grid(scale: ScaleMeaning, columns: [Int])
    /// The numeric columns drawn as horizontal bars, labelled by the other columns;
    /// `stacked`: a crosstab's columns as the segments of one bar per row.
    case bars(stacked: Bool)
}
