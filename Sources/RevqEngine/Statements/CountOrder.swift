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

    func apply(to groups: [CountGroup]) throws(Diagnostic) -> [CountGroup] {
        let sorted = count.sort.isEmpty ? groups : try self.sorted(groups)
        guard let limit = count.limit else { return sorted }
        let ties = count.withTies ? sortValues() : nil
        guard count.isCrosstab else {
            guard let ties, limit > 0, limit < sorted.count else { return Array(sorted.prefix(limit)) }
            let last = ties(sorted[limit - 1])
            return Array(sorted.prefix(limit)) + sorted[limit...].prefix { ties($0) == last }
        }
        // A crosstab's rows: the first `limit` distinct first values, and with ties those
        // whose total sorts the same as the last one kept.
        var kept = UniqueList<GroupValue>()
        var lastKept: [SortValue]?
        for group in sorted where !kept.contains(group.key[0]) {
            if kept.count < limit {
                kept.append(group.key[0])
                lastKept = ties?(group)
            } else if let ties, ties(group) == lastKept {
                kept.append(group.key[0])
            } else {
                break
            }
        }
        return sorted.filter { kept.contains($0.key[0]) }
    }

    /// What a group sorts by, key by key: groups with the same values tie.
    private func sortValues() -> (CountGroup) -> [SortValue] {
        let aggregators = count.sort.map { key -> Aggregator? in
            if case .aggregate(let aggregate) = key.target { return Aggregator(aggregate, catalog: catalog, usesIndexes: usesIndexes) }
            return nil
        }
        return { group in count.sort.indices.map { sortValue(group, key: $0, aggregator: aggregators[$0]) } }
    }

    /// A stable sort on the keys, ties in the groups' own order; nulls last.
    private func sorted(_ groups: [CountGroup]) throws(Diagnostic) -> [CountGroup] {
        let aggregators = count.sort.map { key -> Aggregator? in
            if case .aggregate(let aggregate) = key.target { return Aggregator(aggregate, catalog: catalog, usesIndexes: usesIndexes) }
            return nil
        }
        var decorated: [(CountGroup, Int, [SortValue])] = []
        for (order, group) in groups.enumerated() {
            var keys: [SortValue] = []
            for key in count.sort.indices { keys.append(try sortValue(group, key: key, aggregator: aggregators[key])) }
            decorated.append((group, order, keys))
        }
        return decorated.sorted { lhs, rhs in
            for (index, key) in count.sort.enumerated() where lhs.2[index] != rhs.2[index] {
                let (a, b) = (lhs.2[index], rhs.2[index])
                if a == .null || b == .null { return b == .null }
                return key.descending ? b < a : a < b
            }
            return lhs.1 < rhs.1
        }.map(\.0)
    }

    private func sortValue(_ group: CountGroup, key: Int, aggregator: Aggregator?) throws(Diagnostic) -> SortValue {
        switch count.sort[key].target {
        case .group(let index): return group.key[index].rank
        case .aggregate:
            // A crosstab ranks its rows by their totals, so a row's cells stay together.
            let rows = count.isCrosstab ? (parts[0][group.key[0]] ?? group.rows) : group.rows
            return try aggregator!.sortValue(of: rows)
        }
    }
}
