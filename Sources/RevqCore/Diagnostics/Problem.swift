/// Every problem revq reports about a statement, with what it needs to say it: the one
/// catalogue of the language's and the engine's errors. The wording of each is written
/// here and nowhere else; the places that find a problem only name it.
///
///     throw Diagnostic(.unknownField("confidenc", source: "findings"), at: name.range, hint: .didYouMean("confidence"))
package enum Problem: Hashable, Sendable {
    // Characters the lexer cannot read.
    case unclosedQuote
    case unexpectedCharacter(Character)
    case controlCharacter(codePoint: String)
    case invalidUTF8
    case lonelyBang

    // The statement's shape.
    /// "expected 'where', 'by' or the end of the statement, found 'x'": what the parser
    /// looked for at the token, as it recorded it.
    case expected(Expected, found: String)
    case emptyStatement
    case whereAfterBy(source: String)
    case clauseTwice(String)
    case limitTooLarge(String)
    case nestingTooDeep(levels: Int)

    // Names, values and types.
    case unknownSource(String)
    case alreadyASource(String)
    case notARelation(field: String)
    case unknownField(String, source: String)
    case needsOrder(operator: String, path: String, type: String, multiValued: Bool)
    case searchNeedsText(path: String, type: String)
    case notAValue(String, path: String, type: String)
    case notANumber(String, path: String, type: String)
    case noSuchRecord(String, source: String, path: String)
    /// `path in NAME` where `path` is no relation.
    case inQueryNeedsRelation(path: String, type: String)
    /// `path in NAME` where NAME's records are neither the related source's nor relate to it.
    case queryNotRelated(name: String, source: String, target: String, through: [String])
    case emptyValue(String, path: String, operator: String)
    case nothingToSearch(String)

    // Counts, aggregates and views.
    case countSortsByGroups(path: String)
    /// `limit n with ties` without `sort by`: nothing says which rows tie.
    case tiesNeedSort
    /// `sort by score` or `show score` in a query with no `~` search to rank by.
    case scoreNeedsSearch(source: String)
    /// `percent(p)` where p is not one of the count's `by` paths.
    case percentNeedsGroup(path: String, groups: [String])
    case aggregateNeeds(function: String, needs: String, path: String, type: String)
    case aggregateTooLarge(aggregate: String, field: String, limit: String)
    case notExplainable
    case noGrid(source: String)
    /// `grid SOURCE show FIELD` where FIELD is not one of the scale's fields the grid draws.
    case notOnTheGrid(field: String, source: String, fields: [String])
    case notChartable
    case chartNeedsNumbers(aggregate: String, type: String)
    case stackedNeedsAdditive(aggregate: String)
    case stackedNeedsCrosstab
    /// A view (`soqf`, `why`) without the source it reads, as the review names it (`source`),
    /// or with no review at all (nil).
    case viewNeedsFindings(view: String, source: String?)
    case noSuchFinding(String, count: Int)

    package var message: String {
        switch self {
        case .unclosedQuote: return "the quote is not closed on its line"
        case .unexpectedCharacter(let character): return "unexpected character '\(character)'"
        case .controlCharacter(let codePoint): return "control character \(codePoint) in the statement"
        case .invalidUTF8: return "the input is not valid UTF-8 here (shown as U+FFFD)"
        case .lonelyBang: return "'!' must be followed by '='"
        case .expected(let what, let found):
            return what.spelled.map { "expected \($0), found \(found)" } ?? "unexpected \(found)"
        case .emptyStatement: return "empty statement"
        case .whereAfterBy: return "'where' goes before 'by' in a count"
        case .clauseTwice(let clause): return "'\(clause)' appears twice in the statement"
        case .limitTooLarge(let limit): return "the limit \(limit) is too large"
        case .nestingTooDeep(let levels):
            return "the condition nests deeper than \(levels) levels of parentheses and 'not'"
        case .unknownSource(let name): return "unknown source '\(name)'"
        case .alreadyASource(let name): return "'\(name)' is already a source"
        case .notARelation(let field): return "'\(field)' is not a relation, so it has no fields to follow with '.'"
        case .unknownField(let name, let source): return "unknown field '\(name)' in '\(source)'"
        case .needsOrder(let op, let path, let type, let multiValued):
            return
                "'\(op)' needs an order, but '\(path)' (\(type)) \(multiValued ? "holds several values" : "has no order")"
        case .searchNeedsText(let path, let type): return "'~' searches words in text, but '\(path)' is \(type)"
        case .notAValue(let value, let path, let type): return "'\(value)' is not a value of '\(path)' (\(type))"
        case .notANumber(let value, let path, let type):
            return "'\(path)' holds numbers (\(type)), but '\(value)' is not a number"
        case .noSuchRecord(let value, let source, let path):
            return "no record of '\(source)' is named '\(value)' (for '\(path)')"
        case .inQueryNeedsRelation(let path, let type):
            return "'\(path) in NAME' needs a relation, but '\(path)' is \(type)"
        case .queryNotRelated(let name, let source, let target, let through) where through.isEmpty:
            return "'\(name)' lists \(source), and no field of \(source) relates to \(target)"
        case .queryNotRelated(let name, let source, let target, let through):
            return
                "'\(name)' lists \(source), which relate to \(target) through several fields (\(through.joined(separator: ", ")))"
        case .emptyValue(let value, let path, let op):
            return "a missing value is not \"\", so '\(path) \(op) \"\(value)\"' cannot ask whether it has one"
        case .nothingToSearch(let value): return "nothing to search for in '\(value)'"
        case .countSortsByGroups(let path): return "a count sorts by its groups, not by '\(path)'"
        case .tiesNeedSort:
            return "'with ties' keeps the rows that sort the same as the last one, so it needs 'sort by'"
        case .scoreNeedsSearch:
            return "'score' ranks the rows by how well they match a '~' search, and this query has none"
        case .percentNeedsGroup(let path, _):
            return "percent(\(path)) is a share within each value of a 'by' field, and '\(path)' is not one"
        case .aggregateNeeds(let function, let needs, let path, let type):
            return "\(function) needs \(needs); '\(path)' is \(type)"
        case .aggregateTooLarge(let aggregate, let field, let limit):
            return
                "\(aggregate) is too large to show: the values of '\(field)' add up past \(limit), the largest number revq holds"
        case .notExplainable: return "only queries and counts can be explained"
        case .noGrid(let source): return "no two fields of '\(source)' share a scale, so it has no grid"
        case .notOnTheGrid(let field, let source, _):
            return "'\(field)' is not one of the fields the grid of \(source) draws"
        case .notChartable: return "only counts can be charted"
        case .chartNeedsNumbers(let aggregate, let type):
            return "a chart draws numbers as bars, and \(aggregate) is a value of \(type), not a number"
        case .stackedNeedsAdditive(let aggregate):
            return "stacked bars add up their segments, and \(aggregate) does not add up: chart a count or a sum"
        case .stackedNeedsCrosstab:
            return "stacked bars need a count by two fields, one crosstab (and no other aggregate)"
        case .viewNeedsFindings(let view, let source?):
            return "'\(view)' needs a source '\(source)', which this dataset lacks"
        case .viewNeedsFindings(let view, nil):
            return "'\(view)' is a view of a review, and this interpreter was given none"
        case .noSuchFinding(let number, _): return "no finding numbered \(number)"
        }
    }

    /// The follow-up line when the problem alone decides it; nil where the place that
    /// finds the problem knows better (suggestions from the dataset) or there is none.
    package var hint: String? {
        switch self {
        case .unclosedQuote: return "end the value with the same quote it starts with; a quoted value cannot span lines"
        case .unexpectedCharacter:
            return "put a value with other characters than letters, digits, '/', '-' and '.' in quotes"
        case .controlCharacter: return "remove it; statements hold printable text only"
        case .invalidUTF8: return "save or type the text as UTF-8"
        case .lonelyBang: return "write != for 'not equal', or use 'not'"
        case .emptyStatement: return "write a query, e.g. findings where confidence >= moderat"
        case .whereAfterBy(let source):
            return "count \(source) where CONDITION by FIELD, e.g. count findings where confidence = høy by theme"
        case .clauseTwice(let clause): return "list everything in one '\(clause)' clause, separated by commas"
        case .limitTooLarge: return "the largest limit is 999999999"
        case .nestingTooDeep: return "write it with fewer levels; 'and' and 'or' chains need no parentheses"
        case .alreadyASource: return "choose another name for the query"
        case .needsOrder: return "compare it with =, != or in (...)"
        case .searchNeedsText: return "compare it with = or in (...); '~' works on text fields"
        case .notANumber(_, let path, _): return "write a number, e.g. \(path) >= 2"
        case .emptyValue(_, let path, let op): return "write \(path) \(op == "!=" ? "is not empty" : "is empty")"
        case .nothingToSearch: return "'~' needs words of letters or digits, e.g. text ~ hjemmebes*"
        case .noGrid: return "matrix has one: grid matrix"
        case .notOnTheGrid(_, let source, let fields):
            return "the grid of \(source) draws " + fields.joined(separator: ", ")
        case .aggregateTooLarge(_, let field, _):
            return "narrow the rows with 'where', or check the values of '\(field)' in the dataset"
        case .chartNeedsNumbers(let aggregate, _):
            return "show it as a table: drop 'chart' (count ... show \(aggregate))"
        case .stackedNeedsAdditive(let aggregate):
            return "draw it as grouped bars: chart count ... by A, B show \(aggregate)"
        case .stackedNeedsCrosstab: return "for example: chart stacked count findings by theme, confidence"
        case .noSuchFinding(_, let count): return "the findings are numbered 1-\(count)"
        case .tiesNeedSort: return "for example: matrix sort by ja_count desc limit 1 with ties"
        case .scoreNeedsSearch(let source):
            return
                "search in the condition, e.g. \(source) where ~ WORDS sort by score (a search under 'not' ranks nothing)"
        case .percentNeedsGroup(_, let groups) where groups.isEmpty:
            return "count by it first, e.g. count findings by theme, confidence show percent(theme)"
        case .percentNeedsGroup(_, let groups):
            return "take it within one of them: " + groups.map { "percent(\($0))" }.joined(separator: ", ")
        case .inQueryNeedsRelation(let path, _): return "list values instead: \(path) in (A, B)"
        case .queryNotRelated(_, _, let target, _):
            return "name a query of \(target), or of a source with a field that relates to it"
        case .expected, .unknownSource, .notARelation, .unknownField, .notAValue, .noSuchRecord, .countSortsByGroups,
            .aggregateNeeds, .notExplainable, .notChartable, .viewNeedsFindings:
            return nil
        }
    }
}

extension Diagnostic {
    /// An error of the catalogue; `hint` replaces the catalogue's own where the finder knows better.
    package init(_ problem: Problem, at range: SourceRange?, hint: Hint? = nil) {
        self.init(.error, problem.message, at: range, hint: hint?.text ?? problem.hint, problem: problem)
    }
}

extension Expected {
    /// "a field of findings, 'not', 'any' or '('": names first, then keywords, operators
    /// and punctuation, the end of the statement last; nil when nothing was recorded.
    var spelled: String? {
        var items: [String] = []
        for name in names {
            switch name {
            case .sources: items.append("a source name")
            case .fields(let source): items.append("a field of \(source)")
            case .values(_, let path): items.append("a value of \(path)")
            case .only(let paths) where !paths.isEmpty: items.append("a 'by' field (\(paths.joined(separator: ", ")))")
            case .only: break
            }
        }
        items += others.compactMap(\.spelledAsName)
        items += words.map { "'\($0)'" }
        // All of them at once read as one item: after a field, any operator may follow.
        items +=
            operators.count > 2 ? ["an operator (\(operators.joined(separator: " ")))"] : operators.map { "'\($0)'" }
        items += others.compactMap(\.spelledAsSymbol)
        if others.contains(.endOfStatement) { items.append("the end of the statement") }
        guard let last = items.popLast() else { return nil }
        return items.isEmpty ? last : items.joined(separator: ", ") + " or " + last
    }
}

extension Expected.Other {
    fileprivate var spelledAsName: String? {
        switch self {
        case .newName: return "a name"
        case .field: return "a field name"
        case .value: return "a value"
        case .wholeNumber: return "a whole number"
        case .findingNumber: return "a finding's number"
        case .symbol, .endOfStatement: return nil
        }
    }

    fileprivate var spelledAsSymbol: String? {
        if case .symbol(let symbol) = self { return "'\(symbol)'" }
        return nil
    }
}
