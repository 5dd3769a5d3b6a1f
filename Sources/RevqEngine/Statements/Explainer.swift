import RevqCore
import RevqLanguage

/// `explain`: the plan of a query or count, one row per step: what it does, which index
/// or scan serves it, and the rows that go in and come out. The statement runs once; the
/// steps are what the evaluator and the counter report as they decide (their `steps` and
/// `CountTrace`), so the plan shown is the plan that ran.
struct Explainer {
    let context: EvaluationContext

    func explain(_ statement: Statement) throws(Diagnostic) -> ResultSet {
        switch statement {
        case .query(let query):
            return try plan(
                try context.binder.bind(query), count: nil, sortText: query.sort.map(\.text).joined(separator: ", "))
        case .count(let count):
            let bound = try context.binder.bindCount(count)
            return try plan(bound.query, count: (bound, count.sort.map(\.text).joined(separator: ", ")), sortText: "")
        default:
            throw Diagnostic(.notExplainable, at: nil)
        }
    }

    /// `sortText`: the sort keys as the statement's printer spells them (`Statement.text`).
    private func plan(_ bound: BoundQuery, count: (bound: BoundCount, sortText: String)?, sortText: String)
        throws(Diagnostic) -> ResultSet
    {
        let tableCount = context.store.table(named: bound.input.table)!.count
        let inputCount = bound.input.rows?.count ?? tableCount
        var rows: [[Cell]] = [step("input", inputDescription(bound.input, tableCount), tableCount, inputCount)]
        var evaluator = Evaluator(catalog: context.catalog, usesIndexes: context.usesIndexes, recordsPlan: true)
        let filtered = evaluator.filter(bound.input, bound.condition)
        rows += evaluator.steps.map {
            step(String(repeating: "  ", count: $0.depth + 1) + $0.condition, $0.access, $0.rowsIn, $0.rowsOut)
        }
        if bound.condition != nil {
            rows.append(
                step(
                    "filter",
                    bound.input.rows == nil
                        ? "rows of the condition, in table order" : "keep the named query's rows that match",
                    inputCount, filtered.count))
        }
        if !bound.sort.isEmpty {
            let scored =
                bound.sort.contains { $0.path.score != nil }
                ? "score: BM25 of each row's words for the ~ search (k1 = \(BM25Scorer.k1), b = \(BM25Scorer.b)); " : ""
            rows.append(
                step("sort by \(sortText)", scored + "stable sort, ties in table order", filtered.count, filtered.count)
            )
        }
        let final = context.ordered(filtered, by: bound)
        if let limit = bound.limit {
            rows.append(
                bound.withTies
                    ? step(
                        "limit \(limit) with ties", "first rows, and those that sort the same as the last",
                        filtered.count, final.count)
                    : step("limit \(limit)", "first rows", filtered.count, final.count))
        }
        var notes: [String] = []
        if let count {
            let (steps, overlap) = try countSteps(count.bound, sortText: count.sortText, rows: final)
            rows += steps
            notes = overlap
        }
        let columns: [ResultSet.Column] = [
            .init(name: "step"), .init(name: "access"), .init(name: "rows in"), .init(name: "rows out"),
        ]
        return ResultSet(columns: columns, rows: rows, notes: notes)
    }

    /// The steps of a count after its rows are selected: grouping, aggregates, sorting and
    /// limiting the groups; and the note when groups overlap.
    private func countSteps(_ count: BoundCount, sortText: String, rows: [Int]) throws(Diagnostic) -> (
        [[Cell]], [String]
    ) {
        let trace = CountTrace()
        var counter = Counter(catalog: context.catalog, usesIndexes: context.usesIndexes)
        counter.trace = trace
        let result = try counter.count(rows, of: count.query.input.table, count)
        let groups = trace.groups
        var steps: [[Cell]] = []
        for (path, grouping) in zip(count.groups, trace.groupings) {
            let overlaps = path.field.type.isMultiValued || !path.hops.isEmpty
            let access =
                grouping.access + (overlaps ? "; a row with several values counts in each of their groups" : "")
            steps.append(
                step(
                    "count by \(grouping.path)", access, rows.count, count.groups.count == 1 ? groups : grouping.values)
            )
        }
        if let combinations = trace.combinations {
            steps.append(
                step("combine " + count.groups.map(\.text).joined(separator: " × "), combinations, rows.count, groups))
        }
        let aggregates = count.aggregates.map(\.text).joined(separator: ", ")
        steps.append(
            step(
                "show \(aggregates)", "over the rows of each group; totals over all \(rows.count) rows, each once",
                groups, groups))
        if !count.sort.isEmpty {
            let how =
                count.isCrosstab
                ? "the crosstab's rows by their totals, ties in value order"
                : "stable sort of the groups, ties in value order"
            steps.append(step("sort by \(sortText)", how, groups, groups))
        }
        if let limit = count.limit {
            let how = count.isCrosstab ? "first rows of the crosstab, every column kept" : "first groups"
            steps.append(
                step(
                    "limit \(limit)" + (count.withTies ? " with ties" : ""),
                    how + (count.withTies ? ", and those that sort the same as the last" : ""),
                    groups, result.rows.count))
        }
        return (steps, result.notes)
    }

    private func inputDescription(_ input: QueryInput, _ count: Int) -> String {
        if let name = input.name { return "rows of the named query \(name)" }
        return "all \(count) rows of \(input.table)"
    }

    private func step(_ what: String, _ access: String, _ rowsIn: Int, _ rowsOut: Int) -> [Cell] {
        [.text(what), .text(access), .integer(rowsIn), .integer(rowsOut)]
    }
}
