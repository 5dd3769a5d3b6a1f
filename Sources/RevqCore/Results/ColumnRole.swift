/// What a column of a result is to whoever draws it: a value of the records, a group of a
/// count, an aggregate over a group, or a crosstab's margin. Set where the result is built
/// and read by renderers instead of the column's name, so that a field or a value called
/// "total" or "count" is data like any other.
///
///     ResultSet.Column(name: "count", role: .aggregate(countsRecords: true))
package enum ColumnRole: Sendable, Equatable {
    /// A value of the records, as `show` lists them: the default.
    case data
    /// A `by` path of a count, or a crosstab's corner: its cells name a group.
    case group
    /// An aggregate over a group's records. `countsRecords` for a plain `count`, whose
    /// margins are totals; an average's or a sum's margin is the aggregate over all.
    case aggregate(countsRecords: Bool)
    /// A crosstab's column for one value of its second `by` field, named by the value:
    /// the aggregate over the records that have it.
    case crossValue(field: String)
    /// A crosstab's margin: the aggregate over each row's records, not a value of the data.
    case margin

    /// True for a plain `count`: its bars need no name, and its margin is a total.
    package var countsRecords: Bool { self == .aggregate(countsRecords: true) }

    /// True for a column of aggregates that a chart draws: a count's aggregate or a
    /// crosstab's value column (a margin is none: it would dwarf the bars).
    package var isAggregate: Bool {
        switch self {
        case .aggregate, .crossValue: return true
        case .data, .group, .margin: return false
        }
    }

    /// The field a crosstab's value column holds a value of; nil for any other column.
    package var crossedField: String? {
        if case .crossValue(let field) = self { return field }
        return nil
    }
}
