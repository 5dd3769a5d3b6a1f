import RevqCore

extension Parser {
    /// statement_line = statement , [ ";" ] ;
    /// and then the end of the text.
    mutating func parseStatementToEnd() throws(ParseStop) -> Statement {
        if isRecordingHere {
            recorder?.names(.sources)
            recorder?.keywords(Keyword.statementStarts)
        }
        guard peek.kind != .end else {
            throw .error(Diagnostic(.emptyStatement, at: peek.range))
        }
        let statement = try parseStatement()
        // A `;` is looked at, not offered: it only ends a line.
        if peek.kind == .semicolon {
            advance()
            guard check(.end) else { throw unexpected(hint: .oneStatementAtATime) }
        }
        guard check(.end) else { throw unexpected() }
        return statement
    }

    /// statement = query | count | let | explain | "sources" | describe | view | why | grid | chart | search_all ;
    mutating func parseStatement() throws(ParseStop) -> Statement {
        switch peek.kind {
        case .keyword(.count): return try parseCount()
        case .keyword(.let): return try parseLet()
        case .keyword(.explain): return try parseExplain()
        case .keyword(.sources): return .sources(range: advance().range)
        case .keyword(.describe): return try parseDescribe()
        case .keyword(.profile), .keyword(.soqf), .keyword(.check): return try parseView()
        case .keyword(.why): return try parseWhy()
        case .keyword(.grid): return try parseGrid()
        case .keyword(.chart): return try parseChart()
        case .keyword(.search): return try parseSearchEverywhere()
        case .word: return .query(try parseQuery())
        default:
            throw unexpected()
        }
    }

    /// explain = "explain" , ( query | count ) ;
    mutating func parseExplain() throws(ParseStop) -> Statement {
        let keyword = advance()
        if check(.count) { return .explain(try parseCount(), range: keyword.range) }
        if isRecordingHere { recorder?.names(.sources) }
        guard case .word = peek.kind else { throw unexpected() }
        return .explain(.query(try parseQuery()), range: keyword.range)
    }

    /// let = "let" , name , "=" , query ;
    mutating func parseLet() throws(ParseStop) -> Statement {
        let keyword = advance()
        if isRecordingHere { recorder?.other(.newName) }
        let name = try parseName()
        guard match(.comparison(.equal)) else { throw unexpected() }
        return .define(name, try parseQuery(), range: keyword.range)
    }

    /// describe = "describe" , name ;
    mutating func parseDescribe() throws(ParseStop) -> Statement {
        let keyword = advance()
        if isRecordingHere { recorder?.names(.sources) }
        return .describe(try parseName(), range: keyword.range)
    }

    /// query = source , [ "where" , condition ] , { clause } ;
    /// clause = "show" , columns | "sort" , "by" , sortkeys | limit ;
    /// Each clause at most once, in any order. `score` is offered where the condition searches.
    mutating func parseQuery() throws(ParseStop) -> Query {
        let source = try parseSource()
        let condition = match(.where) ? try parseCondition() : nil
        let searches = condition?.searchesWords ?? false
        let clauses = try parseClauses(
            show: { (parser: inout Parser) throws(ParseStop) in try parser.parseColumns(offeringScore: searches) },
            sortBy: { (parser: inout Parser) throws(ParseStop) in try parser.parseSortKeys(offeringScore: searches) })
        return Query(
            source: source, condition: condition, show: clauses.show ?? [], sort: clauses.sort ?? [],
            limit: clauses.limit,
            withTies: clauses.withTies, range: source.range.extended(to: previous.range))
    }

    /// The clauses of a query or a count (`clause`, `count_clause`): each at most once, in
    /// any order. One loop serves both; they differ only in what `show` and `sort by` read.
    mutating func parseClauses<Shown, Sorted>(
        show parseShown: (inout Parser) throws(ParseStop) -> Shown,
        sortBy parseSorted: (inout Parser) throws(ParseStop) -> Sorted
    ) throws(ParseStop) -> (show: Shown?, sort: Sorted?, limit: Literal?, withTies: Bool) {
        var show: Shown?
        var sort: Sorted?
        var limit: Literal?
        var withTies = false
        while true {
            let clause = peek
            if matchClause(.show, alreadyUsed: show != nil) {
                guard show == nil else { throw repeated(clause) }
                show = try parseShown(&self)
            } else if matchClause(.sort, alreadyUsed: sort != nil) {
                guard sort == nil else { throw repeated(clause) }
                _ = try consume(.by)
                sort = try parseSorted(&self)
            } else if matchClause(.limit, alreadyUsed: limit != nil) {
                guard limit == nil else { throw repeated(clause) }
                (limit, withTies) = try parseLimit()
            } else {
                return (show, sort, limit, withTies)
            }
        }
    }

    /// The one error for a clause written twice, in a query or a count.
    func repeated(_ clause: Token) -> ParseStop {
        .error(Diagnostic(.clauseTwice(clause.text), at: clause.range))
    }

    /// limit = "limit" , number , [ "with" , "ties" ] ;
    /// The number is whole, 0 or more; `limit` itself was read by the clause loop.
    mutating func parseLimit() throws(ParseStop) -> (Literal, withTies: Bool) {
        if isRecordingHere { recorder?.other(.wholeNumber) }
        guard case .number(let value) = peek.kind, value >= 0, value == value.rounded() else {
            throw unexpected()
        }
        guard value < 1e9 else {
            throw ParseStop.error(Diagnostic(.limitTooLarge(Parser.abbreviated(peek.text)), at: peek.range))
        }
        let token = advance()
        let number = Literal(kind: .number(value), text: token.text, range: token.range)
        guard match(.with) else { return (number, false) }
        _ = try consume(.ties)
        return (number, true)
    }

    /// sortkeys = sortkey , { "," , sortkey } ;
    /// sortkey = ( path | "score" ) , [ "asc" | "desc" ] ;
    /// `score` sorts the best match first, as search engines do, unless `asc` is written.
    mutating func parseSortKeys(offeringScore: Bool = false) throws(ParseStop) -> [SortKey] {
        var keys: [SortKey] = []
        repeat {
            if isRecordingHere, offeringScore { recorder?.keyword(.score) }
            let path = peek.kind == .keyword(.score) ? scorePath() : try parsePath()
            let descending = parseDirection(descendingUnlessAsc: path.isScore)
            keys.append(SortKey(path: path, descending: descending, range: path.range.extended(to: previous.range)))
        } while match(.comma)
        return keys
    }

    /// The keyword `score` where a column or a sort key goes, read as a path.
    private mutating func scorePath() -> FieldPath {
        let token = advance()
        return FieldPath(parts: [Name(text: token.text, range: token.range)], isScore: true)
    }

    /// `asc` or `desc` after a sort key, or neither: true for descending, and for neither
    /// when `descendingUnlessAsc` (`score`: the best match first).
    mutating func parseDirection(descendingUnlessAsc: Bool = false) -> Bool {
        if match(.asc) { return false }
        return match(.desc) || descendingUnlessAsc
    }

    /// columns = column , { "," , column } ;
    /// column = "*" | "score" | path ;
    /// `*` is every field of the source in schema order; it lexes as a word (a `*` may end
    /// a search prefix), so it is recognised here.
    mutating func parseColumns(offeringScore: Bool = false) throws(ParseStop) -> [FieldPath] {
        var columns: [FieldPath] = []
        repeat {
            if isRecordingHere {
                recorder?.fields()
                recorder?.word("*")
                if offeringScore { recorder?.keyword(.score) }
            }
            if case .word = peek.kind, peek.text == "*" {
                let star = advance()
                columns.append(FieldPath(parts: [Name(text: "*", range: star.range)]))
            } else if peek.kind == .keyword(.score) {
                columns.append(scorePath())
            } else {
                columns.append(try parsePath())
            }
        } while match(.comma)
        return columns
    }

    /// paths = path , { "," , path } ;
    mutating func parsePathList() throws(ParseStop) -> [FieldPath] {
        var paths: [FieldPath] = []
        repeat { paths.append(try parsePath()) } while match(.comma)
        return paths
    }

    /// path = name , { "." , name } | quoted_path ;
    /// Typed as one word (`study.country`), so the lexer reads it whole and it is split here.
    /// `offeringFields` off: the caller recorded the few paths that fit (`percent(...)`).
    mutating func parsePath(offeringFields: Bool = true) throws(ParseStop) -> FieldPath {
        if isRecordingHere, offeringFields { recorder?.fields() }
        guard peekIsFieldName, let parts = Parser.splitPath(peek) else { throw unexpected() }
        return FieldPath(parts: parts, isQuoted: advance().kind == .string)
    }

    /// True when the next token can be a field's name: a word, a quoted path (SQL's
    /// quoted identifier: `"count"`), or a keyword that only starts a statement (`check`
    /// is also a field of `claims`).
    var peekIsFieldName: Bool {
        switch peek.kind {
        case .word: return true
        case .string: return Parser.splitPath(peek) != nil
        case .keyword(let keyword): return Keyword.statementOnlyKeywords.contains(keyword)
        default: return false
        }
    }

    /// source = name ;
    /// A source of the schema or a name defined with `let`: which, the binder decides.
    mutating func parseSource() throws(ParseStop) -> Name {
        if isRecordingHere { recorder?.names(.sources) }
        let name = try parseName()
        recorder?.source = name.text
        return name
    }

    /// name = letter , { letter | digit | "_" } ;
    mutating func parseName() throws(ParseStop) -> Name {
        guard case .word = peek.kind, Parser.isName(peek.text) else { throw unexpected() }
        let token = advance()
        return Name(text: token.text, range: token.range)
    }

    /// The names of a dotted path typed as text (for completion), without places.
    package static func splitPathText(_ text: String) -> [Name]? {
        let location = SourceLocation(offset: 0, line: 1, column: 1)
        return splitPath(Token(kind: .word, text: text, range: SourceRange(start: location, end: location)))
    }

    /// True when `text` reads back as one bare word of a value (no keyword, no other characters).
    package static func isBareWord(_ text: some StringProtocol) -> Bool {
        let tokens = Lexer.tokens(of: String(text))
        guard tokens.count == 2 else { return false }
        switch tokens[0].kind {
        case .word, .number: return tokens[0].text == String(text)
        default: return false
        }
    }

    static func isName(_ text: some StringProtocol) -> Bool {
        if let ascii = isASCIIName(text.utf8) { return ascii }
        guard let first = text.first, first.isLetter else { return false }
        return text.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" }
    }

    /// `isName` read from the bytes when they are all ASCII (the usual name); nil otherwise,
    /// as Unicode letters need `Character`'s properties.
    private static func isASCIIName(_ bytes: some Collection<UInt8>) -> Bool? {
        // Read in place where the text lies in one buffer: a String's bytes one by one through
        // its view cost more than the check.
        if let answer = bytes.withContiguousStorageIfAvailable({ isASCIIName(contiguous: $0) }) { return answer }
        return isASCIIName(contiguous: Array(bytes))
    }

    private static func isASCIIName(contiguous bytes: some Collection<UInt8>) -> Bool? {
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
        func isLetter(_ byte: UInt8) -> Bool {
            (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
        }
        guard let first = bytes.first, isLetter(first) else { return false }
        return bytes.allSatisfy { isLetter($0) || Lexer.isDigit($0) || $0 == UInt8(ascii: "_") }
    }

    /// The names of a dotted word with their own ranges; nil unless every part is a name.
    /// quoted_path = string ;
    /// A quoted path's names are the string's: any of them may be spelled like a keyword,
    /// and their places start after the opening quote.
    static func splitPath(_ token: Token) -> [Name]? {
        // A bare word without a dot, nearly every path, is one name spanning the token.
        if case .word = token.kind, !token.text.utf8.contains(UInt8(ascii: ".")) {
            return isName(token.text) ? [Name(text: token.text, range: token.range)] : nil
        }
        var names: [Name] = []
        var offset = token.kind == .string ? 1 : 0
        for (part, length) in pathParts(token.text) {
            guard isName(part) else { return nil }
            let start = token.range.start
            let from = SourceLocation(offset: start.offset + offset, line: start.line, column: start.column + offset)
            let to = SourceLocation(offset: from.offset + length, line: start.line, column: from.column + length)
            names.append(Name(text: String(part), range: SourceRange(start: from, end: to)))
            offset += length + 1
        }
        return names
    }

    /// The parts of a dotted word and their lengths in characters. An ASCII word's
    /// characters are its bytes: it is split and counted without making `Character`s.
    private static func pathParts(_ text: String) -> [(Substring, Int)] {
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else {
            return text.split(separator: ".", omittingEmptySubsequences: false).map { ($0, $0.count) }
        }
        return text.utf8.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false).map {
            (Substring($0), $0.count)
        }
    }
}

extension Condition {
    /// True when a `~` search stands in the condition outside any `not`: what `score` ranks by.
    var searchesWords: Bool {
        switch self {
        case .search: return true
        case .comparison(_, let op, _, _): return op == .contains
        case .and(let parts), .or(let parts): return parts.contains(where: \.searchesWords)
        case .quantified(let quantifier, let inner, _): return quantifier != .no && inner.searchesWords
        case .membership, .inNamedQuery, .counted, .emptiness, .not: return false
        }
    }
}
