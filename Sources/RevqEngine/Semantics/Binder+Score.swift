import RevqCore
import RevqLanguage

extension Binder {
    /// column, sortkey -> a field path, or `score` over the condition's `~` searches.
    func bindColumn(_ path: FieldPath, from source: String, condition: BoundCondition?) throws(Diagnostic) -> BoundPath
    {
        if path.isScore { return try bindScore(path, from: source, condition: condition) }
        do {
            return try bindPath(path, from: source)
        } catch {
            // `relevance` is what search engines call it; the language calls it `score`.
            guard case .unknownField(let name, _) = error.problem, TextFolding.fold(name) == "relevance" else {
                throw error
            }
            throw error.replacingHint(with: .scoreIsRelevance)
        }
    }

    /// `score`: needs a `~` search that a row must pass, outside any `not`.
    private func bindScore(_ path: FieldPath, from source: String, condition: BoundCondition?) throws(Diagnostic)
        -> BoundPath
    {
        let searches = condition.map(Self.rankedSearches) ?? []
        guard !searches.isEmpty else { throw Diagnostic(.scoreNeedsSearch(source: source), at: path.range) }
        // A stand-in field: `(score)` is no field's name, so nothing reads a value of it.
        let field = Field(
            name: "(score)", type: .number, isRequired: false,
            description: "BM25 score of the row for the query's ~ searches")
        return BoundPath(
            hops: [], table: source, field: field, position: -1, text: path.text, score: SearchScore(searches: searches)
        )
    }

    /// The `~` searches a matching row may pass: under `and` and `or`, none under `not`
    /// (`no text ~ x` binds as `not any`).
    static func rankedSearches(_ condition: BoundCondition) -> [Predicate] {
        switch condition {
        case .predicate(let predicate):
            guard case .words = predicate.test, !predicate.negated else { return [] }
            return [predicate]
        case .and(let parts), .or(let parts): return parts.flatMap(rankedSearches)
        case .not, .constant, .counted: return []
        }
    }
}
