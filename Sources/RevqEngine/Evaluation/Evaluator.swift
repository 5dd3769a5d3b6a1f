import RevqCore

/// One line of a plan: a condition, how it was served, and how many rows came out.
struct PlanStep: Sendable {
    let depth: Int
    let condition: String
    let access: String
    let rowsIn: Int
    let rowsOut: Int
}

/// Evaluates checked conditions to row sets: through the indexes, or by scanning rows
/// when `usesIndexes` is off (the benchmark's and the property test's reference).
struct Evaluator {
    let catalog: Catalog
    let usesIndexes: Bool
    /// Filled with the plan as it runs when `recordsPlan` (for `explain`); a statement
    /// that does not show its plan spells none of it.
    private(set) var steps: [PlanStep] = []
    let recordsPlan: Bool

    init(catalog: Catalog, usesIndexes: Bool = true, recordsPlan: Bool = false) {
        self.catalog = catalog
        self.usesIndexes = usesIndexes
        self.recordsPlan = recordsPlan
    }

    /// Adds a step to the plan (at `position`: a parent before its parts), when one is kept.
    private mutating func record(_ step: @autoclosure () -> PlanStep, at position: Int? = nil) {
        guard recordsPlan else { return }
        if let position { steps.insert(step(), at: position) } else { steps.append(step()) }
    }

    /// The rows of `input` that satisfy `condition`, in the input's order.
    mutating func filter(_ input: QueryInput, _ condition: BoundCondition?) -> [Int] {
        let count = catalog.index(of: input.table)!.rowCount
        guard let condition else { return input.rows ?? Array(0..<count) }
        let matched = evaluate(condition, on: input.table, depth: 0, rowsIn: input.rows?.count ?? count)
        guard let rows = input.rows else { return matched.rows }
        return rows.filter(matched.contains)
    }

    mutating func evaluate(_ condition: BoundCondition, on table: String, depth: Int, rowsIn: Int) -> RowSet {
        // Looked up only where it is used: a predicate's lookup and an `and` need no count.
        var count: Int { catalog.index(of: table)!.rowCount }
        switch condition {
        case .constant(let value):
            return value ? .all(count) : RowSet(capacity: count)
        case .predicate(let predicate):
            return evaluate(predicate, on: table, depth: depth, rowsIn: rowsIn)
        case .not(let operand):
            let position = steps.count
            let result = evaluate(operand, on: table, depth: depth + 1, rowsIn: rowsIn).complement()
            let total = count
            record(
                PlanStep(depth: depth, condition: "not", access: "complement", rowsIn: total, rowsOut: result.count),
                at: position)
            return result
        case .and(let parts), .or(let parts):
            return combine(condition, parts, on: table, depth: depth, rowsIn: rowsIn)
        case .counted(let counted):
            // No index holds how many values a record reaches: each row is read.
            let total = count
            let reader = FieldReader(counted.path, catalog: catalog)
            let result = RowSet(
                capacity: total,
                rows: (0..<total).filter { row in
                    let elements = reader.values(row: row).flatMap(\.elements)
                    let found = counted.distinct ? Set(elements).count : elements.count
                    return ScanMatcher.compare(found, counted.kind, counted.number)
                })
            record(
                PlanStep(
                    depth: depth, condition: counted.text,
                    access: "count the values of \(counted.path.text) in each of \(total) rows",
                    rowsIn: rowsIn, rowsOut: result.count))
            return result
        }
    }

    private mutating func combine(
        _ condition: BoundCondition, _ parts: [BoundCondition], on table: String,
        depth: Int, rowsIn: Int
    ) -> RowSet {
        let isAnd: Bool
        if case .and = condition { isAnd = true } else { isAnd = false }
        let position = steps.count
        var result = evaluate(parts[0], on: table, depth: depth + 1, rowsIn: rowsIn)
        for part in parts.dropFirst() {
            let next = evaluate(part, on: table, depth: depth + 1, rowsIn: rowsIn)
            result = isAnd ? result.intersection(next) : result.union(next)
        }
        record(
            PlanStep(
                depth: depth, condition: isAnd ? "and" : "or",
                access: isAnd ? "intersect \(parts.count) row sets" : "union of \(parts.count) row sets",
                rowsIn: rowsIn, rowsOut: result.count), at: position)
        return result
    }

    private mutating func evaluate(_ predicate: Predicate, on table: String, depth: Int, rowsIn: Int) -> RowSet {
        let result: RowSet
        let access: String
        if usesIndexes {
            (result, access) = IndexLookup(catalog: catalog, describes: recordsPlan).rows(for: predicate, in: table)
        } else {
            let count = catalog.index(of: table)!.rowCount
            let matcher = ScanMatcher(store: catalog.store)
            result = RowSet(
                capacity: count, rows: (0..<count).filter { matcher.matches(predicate, row: $0, in: table) })
            access = "scan \(count) rows of \(table)" + predicate.quantifierNote
        }
        record(PlanStep(depth: depth, condition: predicate.text, access: access, rowsIn: rowsIn, rowsOut: result.count))
        return result
    }
}
