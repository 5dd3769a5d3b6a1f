import RevqLanguage

/// Completion in a count after its `by` paths, where only its clauses may follow:
/// `show` aggregates, `sort by` a path, `count` or an aggregate, and `limit`.
extension CompletionContext {
    static let aggregateKeywords: [Keyword] = [.count, .min, .max, .sum, .avg, .median]

    /// What may come next in a count after `by` paths; nil outside that part of a count
    /// (the general rules apply there).
    func countExpectation(source: String) -> Expectation? {
        guard isCount, let by = groupBy, let last = tokens.last, tokens.count > by + 1 else { return nil }
        let clause = currentClause(after: by)
        switch last.kind {
        case .keyword(.show): return .keywords(Self.aggregateKeywords)
        case .keyword(.sort): return .keywords([.by])
        case .keyword(.by): return .words(groupPaths(after: by) + Self.aggregateKeywords.map(\.rawValue))
        case .keyword(.limit): return .nothing
        case .leftParen: return .field(source: source)
        case .comma:
            switch clause {
            case .show: return .keywords(Self.aggregateKeywords)
            case .sort: return .words(groupPaths(after: by) + Self.aggregateKeywords.map(\.rawValue))
            default: return .field(source: source)
            }
        case .word, .rightParen, .number, .keyword(.count), .keyword(.asc), .keyword(.desc):
            if tokens.count >= 2, tokens[tokens.count - 2].kind == .leftParen { return .nothing }
            let sortsNow = clause == .sort && !last.isKeyword(.asc) && !last.isKeyword(.desc)
            return .keywords((sortsNow ? [.asc, .desc] : []) + unusedClauses(after: by))
        default: return .nothing
        }
    }

    /// The index of the count's `by` (not the `by` of `sort by`).
    private var groupBy: Int? {
        tokens.indices.first { tokens[$0].isKeyword(.by) && ($0 == 0 || !tokens[$0 - 1].isKeyword(.sort)) }
    }

    /// The clause the last tokens belong to: `by` paths, `show`, `sort` or `limit`.
    private func currentClause(after by: Int) -> Keyword {
        tokens[by...].compactMap(\.kind.keyword).last { [.show, .sort, .limit].contains($0) } ?? .by
    }

    private func unusedClauses(after by: Int) -> [Keyword] {
        let used = Set(tokens[by...].compactMap(\.kind.keyword))
        return [.show, .sort, .limit].filter { !used.contains($0) }
    }

    /// The `by` paths typed so far: a count sorts by these.
    private func groupPaths(after by: Int) -> [String] {
        var paths: [String] = []
        var index = by + 1
        while index < tokens.count, case .word = tokens[index].kind {
            paths.append(tokens[index].text)
            index += 1
            guard index < tokens.count, tokens[index].kind == .comma else { break }
            index += 1
        }
        return paths
    }
}

extension TokenKind {
    var keyword: Keyword? {
        if case .keyword(let keyword) = self { return keyword }
        return nil
    }
}
