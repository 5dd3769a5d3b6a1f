import RevqCore
import RevqLanguage

/// One value of a `count ... by` group: its typed cell (null where a record has no
/// value) and where it sorts.
struct GroupValue: Hashable {
    let cell: Cell
    let rank: SortValue

    static let none = GroupValue(cell: .null, rank: .null)
}

/// A count checked against the schema.
struct BoundCount: Sendable {
    enum SortTarget: Sendable {
        /// The n-th `by` path.
        case group(Int)
        case aggregate(BoundAggregate)
    }

    let query: BoundQuery
    let groups: [BoundPath]
    /// `count` when none are written.
    let aggregates: [BoundAggregate]
    let sort: [(target: SortTarget, descending: Bool)]
    let limit: Int?
    /// `limit n with ties`: the groups (a crosstab's rows) that sort the same as the n-th are kept too.
    var withTies = false

    /// Shown as a crosstab: two `by` paths and one aggregate.
    var isCrosstab: Bool { groups.count == 2 && aggregates.count == 1 }
}

/// One group of a count: its value of each `by` path and the records in it.
struct CountGroup {
    let key: [GroupValue]
    let rows: RowSet
}

/// `count ... by`: tidy data, one row per group with a column per `by` path and per
/// aggregate; groups without records are included for the values of a vocabulary (a
/// whole scale). Totals, crosstab margins and "(none)" travel beside the data as its
/// presentation, and a note says when groups overlap (a field with several values).
/// A count by a vocabulary field intersects the value index with the selected rows.
struct Counter {
    let catalog: Catalog
    /// Off: group rows by reading each row, never from the value indexes.
    var usesIndexes = true
    var store: Store { catalog.store }
    /// More combinations than this of three or more vocabulary fields: only those that occur.
    static let largestGrid = 1000
    /// Set by `explain`: what the count decides is written here as it decides it.
    var trace: CountTrace?

    func count(_ rows: [Int], of table: String, _ count: BoundCount) throws(Diagnostic) -> ResultSet {
        let selected = RowSet(capacity: catalog.index(of: table)!.rowCount, rows: rows)
        let parts = count.groups.map { partition(rows, of: table, by: $0) }
        let aggregators = count.aggregates.map {
            Aggregator($0, catalog: catalog, usesIndexes: usesIndexes, whole: rows.count)
        }
        let dense = isDense(count.groups, parts: parts)
        let all =
            dense
            ? grid(rows, count.groups, parts: parts, table: table)
            : occurring(rows, count.groups, parts: parts, capacity: catalog.index(of: table)!.rowCount)
        if let trace {
            for (path, part) in zip(count.groups, parts) {
                let access =
                    groupsFromIndex(path, of: table) != nil
                    ? "value index of \(path.field.name), intersected with the rows" : "read \(path.text) of each row"
                trace.groupings.append(CountTrace.Grouping(path: path.text, access: access, values: part.count))
            }
            if count.groups.count > 1 {
                trace.combinations =
                    dense
                    ? "every combination of their values, zeros included"
                    : "only the combinations that occur (the grid would be larger than \(Self.largestGrid))"
            }
            trace.groups = all.count
        }
        let groups = try CountOrder(
            count: count, parts: parts, catalog: catalog, usesIndexes: usesIndexes, whole: rows.count
        ).apply(to: all)
        let columns =
            count.groups.map { ResultSet.Column(name: $0.text, role: .group) }
            + count.aggregates.map {
                ResultSet.Column(name: $0.text, role: .aggregate(countsRecords: $0.countsRecords))
            }
        var data: [[Cell]] = []
        for group in groups {
            data.append(
                group.key.map(\.cell)
                    + (try aggregators.map { aggregator throws(Diagnostic) in
                        try aggregator.value(of: group.rows, within: Self.within(aggregator.aggregate, group, parts))
                    }))
        }
        // A limited count has no totals row: its total would count groups not shown.
        let limited = groups.count < all.count
        var presentation = CountPresentation(
            groupColumns: count.groups.count,
            totals: limited
                ? nil : try aggregators.map { aggregator throws(Diagnostic) in try aggregator.value(of: selected) },
            emptyGroups: Set(groups.indices.filter { groups[$0].rows.isEmpty }))
        // A sparse crosstab (two fields with many values, `count sections by id, text`) is
        // listed one row per pair that occurs: its grid would be mostly zeros, too wide to read.
        if count.isCrosstab && dense { presentation.crosstab = try margins(groups, parts, aggregators[0]) }
        return ResultSet(
            columns: columns, rows: data, notes: overlapNotes(count, parts, table: table, counted: rows.count),
            presentation: .count(presentation))
    }

    /// True when every combination of the paths' values is a group, zero counts included:
    /// for one path; for vocabulary fields (a scale has every value) when the grid is small;
    /// for two paths when the grid is small. Else only the combinations that occur are
    /// groups, so the work and the output stay linear in the records counted.
    private func isDense(_ paths: [BoundPath], parts: [[GroupValue: RowSet]]) -> Bool {
        guard paths.count > 1 else { return true }
        let gridSize = zip(paths, parts).reduce(1) { size, pair in
            size * max(1, pair.0.field.type.vocabulary?.terms.count ?? 0, pair.1.count)
        }
        guard gridSize <= Self.largestGrid else { return false }
        return paths.count == 2 || paths.allSatisfy { $0.field.type.vocabulary != nil }
    }

    /// Every combination of the paths' values (a vocabulary's whole scale, other fields'
    /// values that occur), with its records.
    private func grid(_ rows: [Int], _ paths: [BoundPath], parts: [[GroupValue: RowSet]], table: String) -> [CountGroup]
    {
        let capacity = catalog.index(of: table)!.rowCount
        guard !paths.isEmpty else { return [CountGroup(key: [], rows: RowSet(capacity: capacity, rows: rows))] }
        let domains = zip(paths, parts).map { domain($0, seen: Array($1.keys)) }
        var keys: [[GroupValue]] = [[]]
        for domain in domains { keys = keys.flatMap { key in domain.map { key + [$0] } } }
        return keys.map { key in
            var members = parts[0][key[0]] ?? RowSet(capacity: capacity)
            for (index, value) in key.enumerated().dropFirst() {
                members = members.intersection(parts[index][value] ?? RowSet(capacity: capacity))
            }
            return CountGroup(key: key, rows: members)
        }
    }

    /// The combinations of values that some record has, in the order of their values.
    private func occurring(_ rows: [Int], _ paths: [BoundPath], parts: [[GroupValue: RowSet]], capacity: Int)
        -> [CountGroup]
    {
        var members: [[GroupValue]: RowSet] = [:]
        let readers = paths.map { FieldReader($0, catalog: catalog) }
        for row in rows {
            var keys: [[GroupValue]] = [[]]
            for reader in readers {
                let values = values(reader, row: row)
                keys = keys.flatMap { key in values.map { key + [$0] } }
            }
            for key in keys { members[key, default: RowSet(capacity: capacity)].insert(row) }
        }
        let ordered = members.keys.sorted { $0.map(\.rank).lexicographicallyPrecedes($1.map(\.rank)) }
        return ordered.map { CountGroup(key: $0, rows: members[$0]!) }
    }

    /// The rows of each value of `path`: from the value index when the field is a vocabulary
    /// field of the counted source, else by reading every row.
    func partition(_ rows: [Int], of table: String, by path: BoundPath) -> [GroupValue: RowSet] {
        let index = catalog.index(of: table)!
        let selected = RowSet(capacity: index.rowCount, rows: rows)
        if let vocabulary = path.field.type.vocabulary, let termRows = groupsFromIndex(path, of: table) {
            var parts: [GroupValue: RowSet] = [:]
            var valued = RowSet(capacity: index.rowCount)
            for (term, list) in termRows.enumerated() {
                let part = selected.intersection(RowSet(capacity: index.rowCount, rows: list))
                parts[GroupValue(cell: .text(vocabulary.terms[term].value), rank: .number(Double(term)))] = part
                valued.formUnion(part)
            }
            let none = selected.intersection(valued.complement())
            if !none.isEmpty { parts[.none] = none }
            return parts
        }
        var parts: [GroupValue: RowSet] = [:]
        let reader = FieldReader(path, catalog: catalog)
        for row in rows {
            for value in values(reader, row: row) {
                parts[value, default: RowSet(capacity: index.rowCount)].insert(row)
            }
        }
        return parts
    }

    /// The rows of each term of `path` from the value index, when the count groups from it:
    /// the one decision, read by `partition` and reported to `explain`.
    func groupsFromIndex(_ path: BoundPath, of table: String) -> [[Int]]? {
        guard usesIndexes, path.hops.isEmpty, path.field.type.vocabulary != nil else { return nil }
        return catalog.index(of: table)?.termRows(at: path.position)
    }

    /// The group values of a row: several for a field with several values, `none` for none.
    func values(_ reader: FieldReader, row: Int) -> [GroupValue] {
        let path = reader.path
        let elements = reader.values(row: row).flatMap(\.elements)
        guard !elements.isEmpty else { return [.none] }
        var seen = UniqueList<GroupValue>()
        for element in elements {
            seen.append(GroupValue(cell: store.cell(element, of: path.field), rank: rank(element, of: path.field)))
        }
        return seen.elements
    }

    private func rank(_ value: Value, of field: Field) -> SortValue {
        switch value {
        case .term(let term): return .number(Double(term))
        // Related records in their source's order, as the report lists them.
        case .ref(let row): return .number(Double(row))
        case .integer(let number): return .number(Double(number))
        case .number(let number): return .number(number)
        default: return .text(CollationKey(store.display(value, of: field)))
        }
    }

    /// Every value a field may take (a vocabulary's whole scale) and any other value seen, in order.
    func domain(_ path: BoundPath, seen: [GroupValue]) -> [GroupValue] {
        var domain = UniqueList(
            path.field.type.vocabulary.map { vocabulary in
                vocabulary.terms.enumerated().map { GroupValue(cell: .text($1.value), rank: .number(Double($0))) }
            } ?? [])
        for value in seen { domain.append(value) }
        return domain.elements.sorted { $0.rank < $1.rank }
    }

    /// A crosstab's margins: the aggregate over each row value and each column value, in
    /// the order they first occur in the groups.
    private func margins(_ groups: [CountGroup], _ parts: [[GroupValue: RowSet]], _ aggregator: Aggregator)
        throws(Diagnostic) -> Crosstab
    {
        func totals(_ axis: Int) throws(Diagnostic) -> [Cell] {
            var seen = Set<GroupValue>()
            let values = groups.map { $0.key[axis] }.filter { seen.insert($0).inserted }
            return try values.map { value throws(Diagnostic) in
                let rows = parts[axis][value] ?? RowSet(capacity: 0)
                return try aggregator.value(of: rows, within: aggregator.aggregate.within == axis ? rows : nil)
            }
        }
        return Crosstab(rowTotals: try totals(0), columnTotals: try totals(1))
    }

    /// The rows `percent(p)` takes a group's share of: those with the group's value of p.
    static func within(_ aggregate: BoundAggregate, _ group: CountGroup, _ parts: [[GroupValue: RowSet]]) -> RowSet? {
        guard let index = aggregate.within else { return nil }
        return parts[index][group.key[index]] ?? RowSet(capacity: 0)
    }

    /// "groups overlap" when a record with several values of a `by` path counts in
    /// several groups, so that the groups add up to more than the records counted.
    func overlapNotes(_ count: BoundCount, _ parts: [[GroupValue: RowSet]], table: String, counted: Int) -> [String] {
        zip(count.groups, parts).compactMap { path, part in
            let sum = part.values.reduce(0) { $0 + $1.count }
            guard sum > counted else { return nil }
            return
                "groups overlap: a row of \(table) with several values of \(path.text) counts once in each of those groups, "
                + "so the groups add up to \(sum); the total counts each of the \(counted) rows once"
        }
    }
}

/// What a count decided as it ran, for `explain`: how it grouped each path, whether it
/// kept every combination or only those that occur, and how many groups it found before
/// any limit. A class, so that the count's non-mutating steps can write to it.
final class CountTrace {
    struct Grouping {
        let path: String
        let access: String
        let values: Int
    }

    var groupings: [Grouping] = []
    var combinations: String?
    var groups = 0
}
