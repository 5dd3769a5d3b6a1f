import RevqCore
import RevqEngine
import RevqLanguage

/// A claim's check, parsed and bound: the rows it selects and what they give under its rule.
struct CheckedClaim: Sendable {
    let claim: ClaimRecord
    let rule: ClaimRule
    let query: Query
    let table: String
    let rows: [Int]
    /// Rows that would match but for an unknown value of a field the check tests (a rating only in an image).
    let unknown: [Int]
    /// The rows of the rule's own statement (`share of`, `same as`), if it has one.
    let otherRows: [Int]?
}

/// The claim checks already parsed, bound and run, by their text: the report states one
/// figure in several places, and a synthetic review repeats every claim, so a check is run
/// once however often it is stated. A class: every checker of one review shares it.
final class ClaimCache {
    /// The rows of each check already run, by its statement's text (`ClaimChecker.rows(of:)`).
    var checkRows: [String: [Int]] = [:]
    /// Each check's statement parsed and bound, by its text (`ClaimChecker.bind`).
    var compiledChecks: [String: Result<(Query, BoundQuery), CheckFailure>] = [:]
}

/// Runs claims' checks through the language's parser and the engine's binder and evaluator.
struct ClaimChecker {
    let context: QueryContext
    let cache: ClaimCache

    /// The check of `claim`, or the diagnostic that stops it (a check must parse and bind).
    func check(_ claim: ClaimRecord) -> Result<CheckedClaim, CheckFailure> {
        guard let rule = ClaimRule.parse(claim.rule) else {
            return .failure(CheckFailure("unknown rule '\(claim.rule)'"))
        }
        do {
            let (query, bound) = try bind(claim.check)
            let rows = try self.rows(of: query, key: claim.check) { bound }
            let other = try rule.statement.map { (text) throws(CheckFailure) in
                let (otherQuery, otherBound) = try bind(text)
                return try self.rows(of: otherQuery, key: text) { otherBound }
            }
            // Only where the curated reason says values are unknown: elsewhere an empty field is "does not apply".
            let unknown =
                rule == .count && !claim.undecidable.isEmpty
                ? try unknownRows(query, key: claim.check, table: bound.input.table) : []
            return .success(
                CheckedClaim(
                    claim: claim, rule: rule, query: query, table: bound.input.table,
                    rows: rows, unknown: unknown, otherRows: other))
        } catch { return .failure(error) }
    }

    /// statement -> a query or an ungrouped count, checked against the schema; each distinct
    /// check once a session (`ClaimCache.compiledChecks`): the report states one figure in
    /// several places, and a review synthesized ×N states every claim N times.
    func bind(_ text: String) throws(CheckFailure) -> (Query, BoundQuery) {
        if let known = cache.compiledChecks[text] { return try known.get() }
        let compiled = Result(catching: { () throws(CheckFailure) in try compile(text) })
        cache.compiledChecks[text] = compiled
        return try compiled.get()
    }

    private func compile(_ text: String) throws(CheckFailure) -> (Query, BoundQuery) {
        let query: Query
        switch Parser.parse(text) {
        case .statement(.query(let parsed)): query = parsed
        case .statement(.count(let count))
        where count.groups.isEmpty && count.aggregates.allSatisfy({ $0.function == .count && $0.path == nil })
            && count.sort.isEmpty && count.limit == nil:
            query = count.query
        case .statement: throw CheckFailure("'\(text)' is not a query or an ungrouped count")
        case .incomplete: throw CheckFailure("'\(text)' is unfinished")
        case .failure(let diagnostics):
            throw CheckFailure("'\(text)': \(diagnostics.first?.message ?? "does not parse")")
        }
        do { return (query, try context.binder.bind(query)) } catch {
            throw CheckFailure("'\(text)': \(error.message)")
        }
    }

    /// Rows that satisfy every other conjunct of the check while the field one conjunct tests is
    /// unknown: they could be counted or not, so the figure is a range.
    func unknownRows(_ query: Query, key text: String, table: String) throws(CheckFailure) -> [Int] {
        // Once per distinct check, as its rows are (`rows(of:key:bound:)`): a claim stated in
        // several places would otherwise filter the same rows again each time.
        let key = "unknown rows of " + text
        if let known = cache.checkRows[key] { return known }
        let unknown = try computedUnknownRows(query, table: table)
        cache.checkRows[key] = unknown
        return unknown
    }

    private func computedUnknownRows(_ query: Query, table: String) throws(CheckFailure) -> [Int] {
        let conjuncts = Conjuncts.of(query.condition)
        var unknown = Set<Int>()
        for (index, conjunct) in conjuncts.enumerated() {
            guard let path = Conjuncts.singleFieldPath(conjunct),
                let position = context.store.table(named: table)?.schema.position(of: path)
            else { continue }
            var others = conjuncts
            others.remove(at: index)
            let values = context.store.table(named: table)!.rows
            unknown.formUnion(
                try rows(of: query, condition: Conjuncts.joined(others)).filter { values[$0][position] == .null })
        }
        return unknown.sorted()
    }

    /// The rows `query` selects with `condition` instead of its own (`rows(of:bound:)`).
    func rows(of query: Query, condition: Condition?) throws(CheckFailure) -> [Int] {
        let variant = Query(source: query.source, condition: condition, range: query.range)
        return try rows(of: variant, key: variant.text) { () throws(CheckFailure) in
            do throws(Diagnostic) { return try context.binder.bind(variant) } catch {
                throw CheckFailure(error.message)
            }
        }
    }

    /// The rows of the check `query`, from `ClaimCache.checkRows` when the same statement
    /// (`key`: its text as written or as printed; both select the same rows) ran before (then
    /// `bound` is not even called): checking every claim is linear in the claims and the
    /// distinct checks, not in claims times rows, and repeated checks share one array.
    func rows(of query: Query, key: String, bound: () throws(CheckFailure) -> BoundQuery) throws(CheckFailure) -> [Int]
    {
        if let known = cache.checkRows[key] { return known }
        let rows = context.rows(of: try bound())
        cache.checkRows[key] = rows
        return rows
    }
}

/// Why a check could not run: it does not parse or bind, or its rule is unknown.
struct CheckFailure: Error, Sendable {
    let message: String
    init(_ message: String) { self.message = message }
}

/// A condition as the list of its top-level `and` parts.
enum Conjuncts {
    static func of(_ condition: Condition?) -> [Condition] {
        switch condition {
        case nil: return []
        case .and(let parts)?: return parts.flatMap { of($0) }
        case let other?: return [other]
        }
    }

    static func joined(_ parts: [Condition]) -> Condition? {
        parts.isEmpty ? nil : parts.count == 1 ? parts[0] : .and(parts)
    }

    /// The field a comparison or membership tests, when it is one field of the source itself.
    static func singleFieldPath(_ condition: Condition) -> String? {
        switch condition {
        case .comparison(let path, _, _, _), .membership(let path, _, _):
            return path.parts.count == 1 ? path.parts[0].text : nil
        default: return nil
        }
    }
}
