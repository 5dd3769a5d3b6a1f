import RevqCore

/// `sort by` and `limit` of a count: the groups ordered by a `by` path, `count` or an
/// aggregate, then cut to the first n. On a crosstab they order and cut its rows (the
/// values of the first path): an aggregate is then the row's total, and `limit 3`
/// keeps three rows with all their columns.
struct CountOrder {
    let count: BoundCount
    let parts: [[GroupValue: RowSet]]
    let catalog: Catalog
    var usesIndexes = true
    /// Every row counted, for `sort by percent`.
    var whole = 0

    func apply(to groups: [CountGroup]) throws(Diagnostic) -> [CountGroup] {
        let sorted = try keyed(groups)
        guard let limit = count.limit else { return sorted.map(\.group) }
        guard count.isCrosstab else {
            guard count.withTies, limit > 0, limit < sorted.count else { return sorted.prefix(limit).map(\.group) }
            let last = sorted[limit - 1].keys
            return (sorted.prefix(limit) + sorted[limit...].prefix { $0.keys == last }).map(\.group)
        }
        // A crosstab's rows: the first `limit` distinct first values, and with ties those
        // whose total sorts the same as the last one kept.
        var kept = UniqueList<GroupValue>()
        var lastKept: [SortValue] = []
        for (group, keys) in sorted where !kept.contains(group.key[0]) {
            if kept.count < limit {
                kept.append(group.key[0])
                lastKept = keys
            } else if count.withTies, keys == lastKept {
                kept.append(group.key[0])
            } else {
                break
            }
        }
        return sorted.map(\.group).filter { kept.contains($0.key[0]) }
    }

    /// The groups in `sort by` order with the values they sort by (groups with the same
    /// values tie): a stable sort on the keys, ties in the groups' own order; nulls last.
    private func keyed(_ groups: [CountGroup]) throws(Diagnostic) -> [(group: CountGroup, keys: [SortValue])] {
        guard !count.sort.isEmpty else { return groups.map { ($0, []) } }
        let aggregators = count.sort.map { key -> Aggregator? in
            if case .aggregate(let aggregate) = key.target {
                return Aggregator(aggregate, catalog: catalog, usesIndexes: usesIndexes, whole: whole)
            }
            return nil
        }
        var keyed: [(group: CountGroup, keys: [SortValue])] = []
        for group in groups {
            var keys: [SortValue] = []
            for key in count.sort.indices { keys.append(try sortValue(group, key: key, aggregator: aggregators[key])) }
            keyed.append((group, keys))
        }
        return SortValue.sorted(keyed, keys: keyed.map(\.keys), descending: count.sort.map(\.descending))
    }

    private func sortValue(_ group: CountGroup, key: Int, aggregator: Aggregator?) throws(Diagnostic) -> SortValue {
        switch count.sort[key].target {
        case .group(let index): return group.key[index].rank
        case .aggregate(let aggregate):
            // A crosstab ranks its rows by their totals, so a row's cells stay together.
            guard count.isCrosstab else {
                return try aggregator!.sortValue(of: group.rows, within: Counter.within(aggregate, group, parts))
            }
            let rows = parts[0][group.key[0]] ?? group.rows
            return try aggregator!.sortValue(of: rows, within: aggregate.within == 0 ? rows : nil)
        }
    }
}
