import RevqCore

/// Notes for rows that a negative condition keeps only because they have no value.
///
/// `a != v`, `not`, `no` and `not in` hold of a row whose field is empty: nothing there is
/// `v`. Where the field is empty because the report does not say (a study's risk of bias
/// that was only in an image), the row is counted as "not v" on no evidence, so the answer
/// says how many rows that is and how to leave them out:
///
///     count studies where kind != kvalitativ and bias != høy
///     note: 3 of the 12 rows have no value of bias (not known): ...
struct UnknownValueNotes {
    let catalog: Catalog

    func notes(for condition: BoundCondition?, rows: [Int]) -> [String] {
        guard let condition, !rows.isEmpty else { return [] }
        var seen = Set<String>()
        return negativePaths(in: condition, negated: false).compactMap { path in
            guard seen.insert(path.text).inserted else { return nil }
            let reader = FieldReader(path, catalog: catalog)
            let empty = rows.filter { row in reader.values(row: row).allSatisfy { $0.elements.isEmpty } }.count
            guard empty > 0 else { return nil }
            let what = path.hops.isEmpty ? "no value of \(path.text) (not known)" : "no \(path.text)"
            return "\(empty) of the \(rows.count) rows have \(what): '!=', 'not' and 'no' keep a row "
                + "without a value, since nothing there matches; add 'and \(path.text) is not empty' to leave them out"
        }
    }

    /// The paths of the predicates that stand under an odd number of `not`s (`!=` and
    /// `no` are bound as `not`), or that negate each value themselves; an emptiness test
    /// says what it means and is left alone.
    private func negativePaths(in condition: BoundCondition, negated: Bool) -> [BoundPath] {
        switch condition {
        case .predicate(let predicate):
            guard let path = predicate.path, negated != predicate.negated else { return [] }
            if case .empty = predicate.test { return [] }
            return [path]
        case .and(let parts), .or(let parts): return parts.flatMap { negativePaths(in: $0, negated: negated) }
        case .not(let inner): return negativePaths(in: inner, negated: !negated)
        case .constant, .counted: return []
        }
    }
}
