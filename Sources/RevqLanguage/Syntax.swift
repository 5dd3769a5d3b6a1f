import RevqCore

/// A name as typed (a source, a field, a named query), with its place.
package struct Name: Hashable, Sendable {
    package let text: String
    package let range: SourceRange

    package init(text: String, range: SourceRange) {
        self.text = text
        self.range = range
    }
}

/// A field, or a path through relations to a field of a related source (`study.country`).
package struct FieldPath: Hashable, Sendable {
    package let parts: [Name]
    /// Typed in quotes (`"check"`): its range covers the quotes, and it prints quoted.
    package let isQuoted: Bool
    /// The keyword `score` in `show` or `sort by`: not a field but how well the row matches
    /// the query's `~` search. Kept a path, as `*` is, so clauses stay lists of paths.
    package let isScore: Bool

    package init(parts: [Name], isQuoted: Bool = false, isScore: Bool = false) {
        self.parts = parts
        self.isQuoted = isQuoted
        self.isScore = isScore
    }

    package var range: SourceRange {
        let names = parts[0].range.extended(to: parts[parts.count - 1].range)
        guard isQuoted else { return names }
        return SourceRange(start: names.start.shifted(by: -1), end: names.end.shifted(by: 1))
    }
    /// The path as typed, parts joined by dots.
    package var text: String { parts.count == 1 ? parts[0].text : parts.map(\.text).joined(separator: ".") }

    /// `show *`: every field of the source. Kept a path (of the one part `*`) so `show`
    /// stays a list of paths for everything built on it.
    package var isStar: Bool { parts.count == 1 && parts[0].text == "*" }
}

/// How many of a field's values must pass a comparison, each holding its spelling.
package enum Quantifier: String, CaseIterable, Sendable {
    /// Some value passes (what a comparison without a quantifier means).
    case any
    /// There is at least one value and every value passes.
    case every
    /// No value passes.
    case no
}

/// A value written in a statement: a bare word (or several), a quoted string, or a number.
package struct Literal: Hashable, Sendable {
    package enum Kind: Hashable, Sendable {
        case word, string
        case number(Double)
    }

    package let kind: Kind
    /// The value as typed; a quoted string without its quotes; several bare words joined by one space.
    package let text: String
    package let range: SourceRange

    package init(kind: Kind, text: String, range: SourceRange) {
        self.kind = kind
        self.text = text
        self.range = range
    }
}

/// A condition of `where`: comparisons joined by `and`, `or`, `not` and parentheses.
package indirect enum Condition: Hashable, Sendable {
    /// `field op value`
    case comparison(FieldPath, ComparisonOperator, Literal, operatorRange: SourceRange)
    /// `field in (value, ...)`
    case membership(FieldPath, [Literal], range: SourceRange)
    /// `relation in name`: the relation holds a record of the named query (`let`), or one
    /// that a record of it relates to.
    case inNamedQuery(FieldPath, Name, range: SourceRange)
    /// `count([distinct] path) op number`: how many values the path reaches in a record.
    case counted(Aggregate, ComparisonOperator, Literal, operatorRange: SourceRange)
    /// `~ words` over every text field of the record.
    case search([Literal], range: SourceRange)
    /// `any|every|no comparison`: the comparison is a comparison, a membership or a
    /// negated membership, applied to each value the path reaches.
    case quantified(Quantifier, Condition, range: SourceRange)
    /// `field is empty` (`isEmpty`) or `field is not empty`.
    case emptiness(FieldPath, isEmpty: Bool, range: SourceRange)
    /// Two or more conditions that must all hold; chains are kept flat, so a long line of
    /// `and`s never makes a deep tree.
    case and([Condition])
    case or([Condition])
    case not(Condition, range: SourceRange)

    /// The text the condition covers, for carets under a whole condition.
    package var range: SourceRange {
        switch self {
        case .comparison(let path, _, let value, _): return path.range.extended(to: value.range)
        case .counted(let aggregate, _, let value, _): return aggregate.range.extended(to: value.range)
        case .membership(_, _, let range), .search(_, let range), .not(_, let range), .inNamedQuery(_, _, let range):
            return range
        case .quantified(_, _, let range), .emptiness(_, _, let range): return range
        case .and(let parts), .or(let parts): return parts[0].range.extended(to: parts[parts.count - 1].range)
        }
    }
}

/// One key of `sort by`: a field and its direction.
package struct SortKey: Hashable, Sendable {
    package let path: FieldPath
    package let descending: Bool
    /// The path through its `asc` or `desc`, when one is written.
    package let range: SourceRange

    package init(path: FieldPath, descending: Bool, range: SourceRange) {
        self.path = path
        self.descending = descending
        self.range = range
    }
}

/// `source [where condition] [show ...] [sort by ...] [limit n]`
package struct Query: Hashable, Sendable {
    /// A source of the schema or a named query.
    package let source: Name
    package let condition: Condition?
    package let show: [FieldPath]
    package let sort: [SortKey]
    package let limit: Literal?
    /// `limit n with ties`: the rows that sort the same as the n-th are kept too.
    package let withTies: Bool
    /// The source name through the clause that ends last (a closing parenthesis included).
    package let range: SourceRange

    package init(
        source: Name, condition: Condition?, show: [FieldPath] = [], sort: [SortKey] = [], limit: Literal? = nil,
        withTies: Bool = false, range: SourceRange
    ) {
        self.source = source
        self.condition = condition
        self.show = show
        self.sort = sort
        self.limit = limit
        self.withTies = withTies
        self.range = range
    }
}

/// A function of `count ... show`, named by its keyword.
package enum AggregateFunction: String, CaseIterable, Hashable, Sendable {
    case count, min, max, sum, avg, median
    /// The group's share of every row counted, in percent; with a `by` path, of the rows
    /// that share the group's value of it (`percent(theme)`: of each theme, a crosstab's row).
    case percent
}

/// One aggregate of a count: `count`, or a function of a path (`avg(support)`).
package struct Aggregate: Hashable, Sendable {
    package let function: AggregateFunction
    /// Nil for `count` and `percent`; for `count(path)` the values it counts; for
    /// `percent(path)` the `by` path within whose values the share is taken.
    package let path: FieldPath?
    /// `count(distinct path)`: each value once.
    package let distinct: Bool
    package let range: SourceRange

    package init(function: AggregateFunction, path: FieldPath?, distinct: Bool = false, range: SourceRange) {
        self.function = function
        self.path = path
        self.distinct = distinct
        self.range = range
    }

    /// Parts of a group add up to the group's own figure: a count, a sum, a share; not a
    /// count of distinct values (one study may be in two parts), nor a min, max or average.
    package var addsUp: Bool {
        switch function {
        case .count: return !distinct
        case .sum, .percent: return true
        case .min, .max, .avg, .median: return false
        }
    }

}

/// One key of a count's `sort by`: a `by` path or an aggregate, and its direction.
package struct CountSortKey: Hashable, Sendable {
    package enum Target: Hashable, Sendable {
        case path(FieldPath)
        case aggregate(Aggregate)
    }

    package let target: Target
    package let descending: Bool
    /// The path or aggregate through its `asc` or `desc`, when one is written.
    package let range: SourceRange

    package init(target: Target, descending: Bool, range: SourceRange) {
        self.target = target
        self.descending = descending
        self.range = range
    }
}

/// `count source [where condition] [by paths]`, then `show aggregates`, `sort by keys` and
/// `limit n [with ties]`, each at most once, in any order.
package struct CountQuery: Hashable, Sendable {
    /// The counted source and its condition (no show, sort or limit of its own).
    package let query: Query
    package let groups: [FieldPath]
    /// Empty: `count` alone.
    package let aggregates: [Aggregate]
    package let sort: [CountSortKey]
    package let limit: Literal?
    /// `limit n with ties`: the groups that sort the same as the n-th are kept too.
    package let withTies: Bool
    /// The `count` keyword through the part that ends last.
    package let range: SourceRange

    package init(
        query: Query, groups: [FieldPath], aggregates: [Aggregate] = [], sort: [CountSortKey] = [],
        limit: Literal? = nil,
        withTies: Bool = false, range: SourceRange
    ) {
        self.query = query
        self.groups = groups
        self.aggregates = aggregates
        self.sort = sort
        self.limit = limit
        self.withTies = withTies
        self.range = range
    }
}

/// One statement of the query language.
///
/// A `range:` of a case is the place of the keyword the statement begins with (`let`,
/// `explain`, a view's name, ...); `Statement.range` covers the whole statement.
package indirect enum Statement: Hashable, Sendable {
    case query(Query)
    /// `count source [where condition] [by paths]` and its clauses (`CountQuery`)
    case count(CountQuery)
    /// `let name = query`
    case define(Name, Query, range: SourceRange)
    case explain(Statement, range: SourceRange)
    case sources(range: SourceRange)
    case describe(Name, range: SourceRange)
    /// `profile [where condition] [show ...] [sort by ...] [limit n]`, and `soqf`, `check`:
    /// a table of findings as the GRADE-CERQual forms lay it out; the query is over the
    /// source the parser is given for views (named at the keyword), its clauses over the view's columns.
    /// `range` is the view's keyword, where an error about the whole view points; `extent`
    /// the whole view, through a closing `)` that its condition's range leaves out.
    case view(FindingView, Query, range: SourceRange, extent: SourceRange)
    /// `why number [show ...] [sort by ...] [limit n]`: one finding with everything behind
    /// its confidence; `clauses` holds the clauses (its source and condition unused).
    case why(Literal, clauses: Query, range: SourceRange)
    /// `grid source [where condition]`: the records as a grid of the fields that share a scale.
    case grid(Query, range: SourceRange)
    /// `chart [stacked] count ...`: the count drawn as bars; `stacked` draws a crosstab's
    /// columns as the segments of one bar per row instead of a bar each.
    case chart(Statement, stacked: Bool, range: SourceRange)
    /// `search words`: `~ words` in every source at once, a row per source that has some.
    case search(Literal, range: SourceRange)
}

extension Statement {
    /// The whole statement, from its first token through its last (a `;` not included).
    ///
    ///     Parser.parse("explain findings where theme = a;")   // range: offsets 0..<32
    package var range: SourceRange {
        switch self {
        case .query(let query): return query.range
        case .count(let count): return count.range
        case .define(_, let query, let range), .grid(let query, let range): return range.extended(to: query.range)
        case .explain(let inner, let range), .chart(let inner, _, let range): return range.extended(to: inner.range)
        case .sources(let range): return range
        case .describe(let name, let range): return range.extended(to: name.range)
        case .view(_, _, _, let extent): return extent
        case .why(let number, let clauses, let range):
            return range.extended(to: number.range).extended(to: clauses.range)
        case .search(let number, let range): return range.extended(to: number.range)
        }
    }
}

/// The GRADE-CERQual tables of findings, each spelled as its keyword.
extension Statement {
    /// The source the statement reads (a view's and `why`'s is the one the parser was given,
    /// nil without one); nil for `sources`. A name defined with `let` is returned as it is written.
    package var sourceName: String? {
        switch self {
        case .query(let query), .define(_, let query, _), .grid(let query, _): return query.source.text
        case .count(let count): return count.query.source.text
        case .explain(let inner, _), .chart(let inner, _, _): return inner.sourceName
        case .view(_, let query, _, _), .why(_, let query, _):
            return query.source.text.isEmpty ? nil : query.source.text
        case .describe(let name, _): return name.text
        case .sources, .search: return nil
        }
    }
}

package enum FindingView: String, CaseIterable, Sendable {
    /// The CERQual check: rules of the guidance applied to the findings.
    case check
    /// The Evidence Profile (Vedlegg 4): each component with its level and explanation.
    case profile
    /// The Summary of Qualitative Findings (Tabell 9): finding, studies, confidence, explanation.
    case soqf
}

/// What parsing a statement gave.
package enum ParseResult: Hashable, Sendable {
    case statement(Statement)
    /// The text stops inside a parenthesis: more lines may complete it. (A quote still
    /// open is an error: a quoted value ends on its line.)
    case incomplete
    case failure([Diagnostic])
}
