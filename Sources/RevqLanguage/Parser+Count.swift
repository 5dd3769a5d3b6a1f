import RevqCore

/// The `count` statement: groups, aggregates, and sorting and limiting the groups.
extension Parser {
    /// count = "count" , source , [ "where" , condition ] , [ "by" , paths ] , { count_clause } ;
    /// count_clause = "show" , aggregates | "sort" , "by" , count_sortkeys | limit ;
    /// Each clause at most once, in any order.
    mutating func parseCount() throws(ParseStop) -> Statement {
        let keyword = advance()
        let source = try parseSource()
        let condition = match(.where) ? try parseCondition() : nil
        // Read before `by`: the counted query ends with its condition (or its source).
        let query = Query(source: source, condition: condition, range: source.range.extended(to: previous.range))
        var groups: [FieldPath] = []
        if match(.by) {
            groups = try parsePathList()
            // Looked at, not offered: `where` cannot follow `by`, it only gets a better error.
            if peek.kind == .keyword(.where) { throw whereAfterBy(source: source) }
        }
        let clauses = try parseClauses(
            show: { (parser: inout Parser) throws(ParseStop) in try parser.parseAggregates(groups: groups) },
            sortBy: { (parser: inout Parser) throws(ParseStop) in try parser.parseCountSortKeys(groups: groups) })
        return .count(
            CountQuery(
                query: query, groups: groups, aggregates: clauses.show ?? [], sort: clauses.sort ?? [],
                limit: clauses.limit,
                withTies: clauses.withTies, range: keyword.range.extended(to: previous.range)))
    }

    /// `count findings by theme where ...`: the condition belongs before `by`.
    private func whereAfterBy(source: Name) -> ParseStop {
        .error(Diagnostic(.whereAfterBy(source: source.text), at: peek.range))
    }

    /// aggregates = aggregate , { "," , aggregate } ;
    /// `groups`: the count's `by` paths, which completion offers in `percent(...)`.
    mutating func parseAggregates(groups: [FieldPath] = []) throws(ParseStop) -> [Aggregate] {
        var aggregates: [Aggregate] = []
        repeat { aggregates.append(try parseAggregate(groups: groups)) } while match(.comma)
        return aggregates
    }

    /// aggregate = "count" , [ "(" , [ "distinct" ] , path , ")" ] | "percent" , [ "(" , path , ")" ]
    ///           | ( "min" | "max" | "sum" | "avg" | "median" ) , "(" , path , ")" ;
    /// `percent(theme)`: the share within the group's value of that `by` path (a crosstab's row).
    mutating func parseAggregate(groups: [FieldPath] = []) throws(ParseStop) -> Aggregate {
        if isRecordingHere { recorder?.keywords(Parser.aggregateKeywords) }
        guard let function = aggregateFunction(peek) else {
            throw unexpected(hint: .countShowsAggregates)
        }
        let name = advance()
        if [.count, .percent].contains(function), !check(.leftParen) {
            return Aggregate(function: function, path: nil, range: name.range)
        }
        guard match(.leftParen) else { throw unexpected(hint: .aggregateTakesField(function: function.rawValue)) }
        openParentheses.append(previous.range)
        let distinct = function == .count && match(.distinct)
        if isRecordingHere, function == .percent { recorder?.names(.only(groups.map(\.text))) }
        let path = try parsePath(offeringFields: function != .percent)
        guard match(.rightParen) else { throw unexpected() }
        openParentheses.removeLast()
        return Aggregate(
            function: function, path: path, distinct: distinct, range: name.range.extended(to: previous.range))
    }

    static let aggregateKeywords: [Keyword] = AggregateFunction.allCases.map { Keyword(rawValue: $0.rawValue)! }

    private func aggregateFunction(_ token: Token) -> AggregateFunction? {
        guard case .keyword(let keyword) = token.kind else { return nil }
        return AggregateFunction(rawValue: keyword.rawValue)
    }

    /// count_sortkeys = count_sortkey , { "," , count_sortkey } ;
    /// count_sortkey = ( aggregate | path ) , [ "asc" | "desc" ] ;
    /// A count sorts by its `by` paths, which completion offers (the binder checks them).
    mutating func parseCountSortKeys(groups: [FieldPath]) throws(ParseStop) -> [CountSortKey] {
        var keys: [CountSortKey] = []
        repeat {
            let target: CountSortKey.Target
            let start = peek.range
            if isRecordingHere {
                recorder?.names(.only(groups.map(\.text)))
                recorder?.keywords(Parser.aggregateKeywords)
            }
            if aggregateFunction(peek) != nil {
                target = .aggregate(try parseAggregate(groups: groups))
            } else {
                guard peekIsFieldName else { throw unexpected() }
                target = .path(try parsePath())
            }
            let descending = parseDirection()
            keys.append(CountSortKey(target: target, descending: descending, range: start.extended(to: previous.range)))
        } while match(.comma)
        return keys
    }

}
