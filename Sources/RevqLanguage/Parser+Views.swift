import RevqCore

extension Parser {
    /// view = ( "profile" | "soqf" | "check" ) , [ "where" , condition ] , { clause } ;
    /// The clauses read the view's columns (`profile show number, confidence`).
    mutating func parseView() throws(ParseStop) -> Statement {
        let keyword = advance()
        let view = FindingView(rawValue: keyword.text.lowercased())!
        recorder?.source = viewSource
        let condition = match(.where) ? try parseCondition() : nil
        let clauses = try parseClauses(
            show: { (parser: inout Parser) throws(ParseStop) in try parser.parseColumns() },
            sortBy: { (parser: inout Parser) throws(ParseStop) in try parser.parseSortKeys() })
        let query = Query(
            source: Name(text: viewSource ?? "", range: keyword.range), condition: condition, show: clauses.show ?? [],
            sort: clauses.sort ?? [], limit: clauses.limit, withTies: clauses.withTies,
            range: keyword.range.extended(to: previous.range))
        // Through the last token read, so that a group's closing ')' is inside.
        return .view(view, query, range: keyword.range, extent: keyword.range.extended(to: previous.range))
    }

    /// why = "why" , number , { clause } ;
    /// The number of a finding, a whole number from 1; the clauses read the view's columns.
    mutating func parseWhy() throws(ParseStop) -> Statement {
        let keyword = advance()
        if isRecordingHere { recorder?.other(.findingNumber) }
        guard case .number(let value) = peek.kind, value >= 1, value == value.rounded(), value < 1e9 else {
            throw unexpected(hint: .whyExample)
        }
        let token = advance()
        let clauses = try parseClauses(
            show: { (parser: inout Parser) throws(ParseStop) in try parser.parseColumns() },
            sortBy: { (parser: inout Parser) throws(ParseStop) in try parser.parseSortKeys() })
        // Only the clauses are printed: the source is a placeholder at the number.
        let query = Query(
            source: Name(text: viewSource ?? "", range: token.range), condition: nil, show: clauses.show ?? [],
            sort: clauses.sort ?? [], limit: clauses.limit, withTies: clauses.withTies,
            range: token.range.extended(to: previous.range))
        return .why(
            Literal(kind: .number(value), text: token.text, range: token.range), clauses: query, range: keyword.range)
    }
}

extension Parser {
    /// grid = "grid" , source , [ "where" , condition ] , { clause } ;
    /// `show` picks the scale's fields drawn; `sort by` and `limit` order and cut the rows.
    mutating func parseGrid() throws(ParseStop) -> Statement {
        let keyword = advance()
        let source = try parseSource()
        let condition = match(.where) ? try parseCondition() : nil
        let clauses = try parseClauses(
            show: { (parser: inout Parser) throws(ParseStop) in try parser.parseColumns() },
            sortBy: { (parser: inout Parser) throws(ParseStop) in try parser.parseSortKeys() })
        return .grid(
            Query(
                source: source, condition: condition, show: clauses.show ?? [], sort: clauses.sort ?? [],
                limit: clauses.limit,
                withTies: clauses.withTies, range: source.range.extended(to: previous.range)), range: keyword.range)
    }

    /// search_all = "search" , value ;
    /// The words as `~` takes them, looked for in every source.
    mutating func parseSearchEverywhere() throws(ParseStop) -> Statement {
        let keyword = advance()
        recorder?.valuePath = nil
        return .search(try parseValue(), range: keyword.range)
    }

    /// chart = "chart" , [ "stacked" ] , count ;
    mutating func parseChart() throws(ParseStop) -> Statement {
        let keyword = advance()
        let stacked = match(.stacked)
        guard check(.count) else {
            throw unexpected(hint: .chartExample)
        }
        return .chart(try parseCount(), stacked: stacked, range: keyword.range)
    }
}
