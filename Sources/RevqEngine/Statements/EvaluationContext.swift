import RevqCore

/// What a statement's helpers (`explain`, `search`, the notes under an answer) read of the
/// interpreter: the indexes, the layouts, a binder with the session's named queries, and
/// whether conditions use indexes. Nothing else: no review, no named queries to define.
///
///     let rows = context.rows(of: try context.binder.bind(query))
struct EvaluationContext {
    let catalog: Catalog
    let layouts: ColumnLayouts
    let binder: Binder
    /// Off: every condition is answered by scanning rows (`Interpreter.usesIndexes`).
    let usesIndexes: Bool

    var store: Store { catalog.store }

    /// The rows a checked query selects, sorted and limited.
    func rows(of query: BoundQuery) -> [Int] {
        var evaluator = Evaluator(catalog: catalog, usesIndexes: usesIndexes)
        return ordered(evaluator.filter(query.input, query.condition), by: query)
    }

    /// The selected rows sorted and limited as the query says (`explain` shares it).
    func ordered(_ filtered: [Int], by query: BoundQuery) -> [Int] {
        let projection = Projection(catalog: catalog, layouts: layouts)
        let sorted = projection.sorted(filtered, by: query.sort)
        guard let limit = query.limit else { return sorted }
        guard query.withTies, limit > 0, limit < sorted.count else { return Array(sorted.prefix(limit)) }
        return Array(sorted.prefix(projection.endOfTies(sorted, at: limit, by: query.sort)))
    }

    /// The store, binder and rows as an extension reads them.
    var queryContext: QueryContext {
        QueryContext(store: store, binder: binder, rows: rows(of:))
    }
}
