import RevqCore
import RevqLanguage

/// `explain`: the plan of a query or count, one row per step: what it does, which index
/// or scan serves it, and the rows that go in and come out.
struct Explainer {
    let interpreter: Interpreter

    func explain(_ statement: Statement) throws(Diagnostic) -> ResultSet {
        switch statement {
        case .query(let query):
            return try plan(query, groups: [])
        case .count(let query, let groups):
            return try plan(query, groups: groups)
        default:
            throw Diagnostic(.error, "only queries and counts can be explained", at: nil)
        }
    }

    private func plan(_ query: Query, groups: [FieldPath]) throws(Diagnostic) -> ResultSet {
        let bound = try interpreter.binder.bind(query)
        var groupPaths: [BoundPath] = []
        for group in groups { groupPaths.append(try interpreter.binder.bindPath(group, from: bound.input.table)) }
        let tableCount = interpreter.store.table(named: bound.input.table)!.count
        let inputCount = bound.input.rows?.count ?? tableCount
        var rows: [[Cell]] = [step("input", inputDescription(bound.input, tableCount), tableCount, inputCount)]
        var evaluator = Evaluator(catalog: interpreter.catalog, useIndexes: interpreter.usesIndexes)
        let filtered = evaluator.filter(bound.input, bound.condition)
        rows += evaluator.steps.map { step(String(repeating: "  ", count: $0.depth + 1) + $0.condition, $0.access, $0.rowsIn, $0.rowsOut) }
        if bound.condition != nil {
            rows.append(step("filter", bound.input.rows == nil ? "rows of the condition, in table order" : "keep the named query's rows that match", inputCount, filtered.count))
        }
        if !bound.sort.isEmpty {
            let keys = bound.sort.map { $0.path.text + ($0.descending ? " desc" : "") }.joined(separator: ", ")
            rows.append(step("sort by \(keys)", "stable sort, ties in table order", filtered.count, filtered.count))
        }
        let final = interpreter.rows(of: bound)
        if let limit = bound.limit { rows.append(step("limit \(limit)", "first rows", filtered.count, final.count)) }
        for path in groupPaths {
            rows.append(step("count by \(path.text)", groupAccess(path, groups: groupPaths.count), final.count, final.count))
        }
        let columns: [ResultSet.Column] = [.init(name: "step"), .init(name: "access"), .init(name: "rows in"), .init(name: "rows out")]
        return ResultSet(columns: columns, rows: rows)
    }

    /// How `count ... by` groups on `path` (see `Counter.partition`).
    private func groupAccess(_ path: BoundPath, groups: Int) -> String {
        if groups <= 2, interpreter.usesIndexes, path.hops.isEmpty, path.field.type.vocabulary != nil {
            return "value index of \(path.field.name), intersected with the rows"
        }
        return "read \(path.text) of each row"
    }

    private func inputDescription(_ input: QueryInput, _ count: Int) -> String {
        if let name = input.name { return "rows of the named query \(name)" }
        return "all \(count) rows of \(input.table)"
    }

    private func step(_ what: String, _ access: String, _ rowsIn: Int, _ rowsOut: Int) -> [Cell] {
        [.text(what), .text(access), .integer(rowsIn), .integer(rowsOut)]
    }
}
