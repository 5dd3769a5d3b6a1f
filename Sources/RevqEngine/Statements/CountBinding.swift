import RevqCore
import RevqLanguage

extension Binder {
    /// A count checked against the schema: its source and condition, `by` paths,
    /// aggregates (`count` when none is written), sort keys and limit.
    func bindCount(_ count: CountQuery) throws(Diagnostic) -> BoundCount {
        let query = try bind(count.query)
        let table = query.input.table
        var groups: [BoundPath] = []
        for group in count.groups { groups.append(try bindPath(group, from: table)) }
        var aggregates: [BoundAggregate] = []
        for aggregate in count.aggregates {
            aggregates.append(try bindCountAggregate(aggregate, groups: groups, table: table))
        }
        var sort: [(target: BoundCount.SortTarget, descending: Bool)] = []
        for key in count.sort {
            sort.append((try bindSortTarget(key.target, groups: groups, table: table), key.descending))
        }
        let limit = count.limit.flatMap { literal -> Int? in
            if case .number(let n) = literal.kind { Int(n) } else { nil }
        }
        try Binder.checkTies(count.withTies, sorted: !sort.isEmpty, limit: count.limit)
        return BoundCount(
            query: query, groups: groups, aggregates: aggregates.isEmpty ? [.count] : aggregates,
            sort: sort, limit: limit, withTies: count.withTies)
    }

    /// An aggregate of a count; `percent(p)` is a share within the group's value of p, so p
    /// must be one of the `by` paths.
    private func bindCountAggregate(_ aggregate: Aggregate, groups: [BoundPath], table: String) throws(Diagnostic)
        -> BoundAggregate
    {
        var bound = try bindAggregate(aggregate, from: table)
        guard aggregate.function == .percent, let typed = aggregate.path, let path = bound.path else { return bound }
        guard let index = groups.firstIndex(where: { TextFolding.fold($0.text) == TextFolding.fold(path.text) }) else {
            throw Diagnostic(.percentNeedsGroup(path: typed.text, groups: groups.map(\.text)), at: typed.range)
        }
        bound.within = index
        return bound
    }

    /// A count sorts by one of its `by` paths or by an aggregate (shown or not).
    private func bindSortTarget(_ target: CountSortKey.Target, groups: [BoundPath], table: String) throws(Diagnostic)
        -> BoundCount.SortTarget
    {
        switch target {
        case .aggregate(let aggregate):
            return .aggregate(try bindCountAggregate(aggregate, groups: groups, table: table))
        case .path(let path):
            let bound = try bindPath(path, from: table)
            if let index = groups.firstIndex(where: { TextFolding.fold($0.text) == TextFolding.fold(bound.text) }) {
                return .group(index)
            }
            let paths = groups.map(\.text)
            throw Diagnostic(
                .countSortsByGroups(path: path.text), at: path.range,
                hint: .sortByGroups(paths))
        }
    }
}
