import RevqCore

/// The one printer of the syntax tree: every node spelt as the language writes it, so
/// that a note, `let`, `explain` and the tests quote statements a user can paste back,
/// and parsing what is printed gives the same tree (GrammarRoundTripTests).
///
///     Parser.parse("FINDINGS  where confidence>=moderat") -> .text
///     // findings where confidence >= moderat  (names as typed, spacing the language's)

extension Statement {
    package var text: String {
        switch self {
        case .query(let query): return query.text
        case .count(let count): return count.text
        case .define(let name, let query, _): return "let \(name.text) = \(query.text)"
        case .explain(let inner, _): return "explain " + inner.text
        case .sources: return "sources"
        case .describe(let name, _): return "describe " + name.text
        case .view(let view, let query, _, _): return view.rawValue + query.clausesText
        case .why(let number, let clauses, _): return "why " + number.spelled + clauses.clausesText
        case .search(let words, _): return "search " + words.spelled
        case .grid(let query, _): return "grid " + query.text
        case .chart(let inner, let stacked, _): return (stacked ? "chart stacked " : "chart ") + inner.text
        }
    }
}

extension Query {
    package var text: String { source.text + clausesText }

    /// What follows the source: " where ... show ... sort by ... limit n", or "".
    var clausesText: String {
        var parts = [""]
        if let condition { parts.append("where " + condition.text) }
        if !show.isEmpty { parts.append("show " + show.map(\.spelled).joined(separator: ", ")) }
        if !sort.isEmpty { parts.append("sort by " + sort.map(\.text).joined(separator: ", ")) }
        if let limit { parts.append("limit " + limit.spelled + (withTies ? " with ties" : "")) }
        return parts.joined(separator: " ")
    }
}

extension CountQuery {
    package var text: String {
        var parts = ["count " + query.source.text]
        if let condition = query.condition { parts.append("where " + condition.text) }
        if !groups.isEmpty { parts.append("by " + groups.map(\.spelled).joined(separator: ", ")) }
        if !aggregates.isEmpty { parts.append("show " + aggregates.map(\.text).joined(separator: ", ")) }
        if !sort.isEmpty { parts.append("sort by " + sort.map(\.text).joined(separator: ", ")) }
        if let limit { parts.append("limit " + limit.spelled + (withTies ? " with ties" : "")) }
        return parts.joined(separator: " ")
    }
}

extension Aggregate {
    /// `count`, `avg(support)`; also the name of its column.
    package var text: String {
        path.map { "\(function.rawValue)(\(distinct ? "distinct " : "")\($0.spelled))" } ?? function.rawValue
    }
}

extension SortKey {
    /// `score` sorts the best match first unless `asc` is written, so it spells the other way.
    package var text: String {
        guard path.isScore else { return path.spelled + (descending ? " desc" : "") }
        return path.spelled + (descending ? "" : " asc")
    }
}

extension CountSortKey {
    package var text: String {
        let target: String
        switch self.target {
        case .path(let path): target = path.spelled
        case .aggregate(let aggregate): target = aggregate.text
        }
        return target + (descending ? " desc" : "")
    }
}

extension Condition {
    /// An `or` keeps its parentheses everywhere, so that a note may append
    /// " and more" to any condition and still mean what it says.
    ///
    ///     // every study.country = Norge and note is not empty
    package var text: String {
        switch self {
        case .comparison(let path, let op, let value, _): return "\(path.spelled) \(op.rawValue) \(value.spelled)"
        case .membership(let path, let values, _):
            return "\(path.spelled) in (\(values.map(\.spelled).joined(separator: ", ")))"
        case .search(let words, _): return "~ " + words.map(\.spelled).joined(separator: " ")
        // Under a quantifier, `not` stands where the parser reads it: after the path.
        case .quantified(let quantifier, .not(.membership(let path, let values, _), _), _):
            return "\(quantifier.rawValue) \(path.spelled) not in (\(values.map(\.spelled).joined(separator: ", ")))"
        case .quantified(let quantifier, .not(.inNamedQuery(let path, let name, _), _), _):
            return "\(quantifier.rawValue) \(path.spelled) not in \(name.text)"
        case .quantified(let quantifier, let inner, _): return quantifier.rawValue + " " + inner.text
        case .emptiness(let path, let isEmpty, _): return path.spelled + (isEmpty ? " is empty" : " is not empty")
        case .inNamedQuery(let path, let name, _): return "\(path.spelled) in \(name.text)"
        case .counted(let aggregate, let op, let value, _): return "\(aggregate.text) \(op.rawValue) \(value.spelled)"
        // An `and` inside an `and` keeps its parentheses, so the tree prints as it parsed.
        case .and(let parts):
            return parts.map { part in
                if case .and = part { return "(" + part.text + ")" }
                return part.text
            }.joined(separator: " and ")
        case .or(let parts): return "(" + parts.map(\.text).joined(separator: " or ") + ")"
        case .not(.and(let parts), _): return "not (" + Condition.and(parts).text + ")"
        case .not(let inner, _): return "not " + inner.text
        }
    }
}

extension FieldPath {
    /// The path as it must be typed: quoted as it was typed, or when one of its names is
    /// spelled like a keyword that would not read as a field there (`"count"`; `check`
    /// needs no quotes).
    package var spelled: String {
        if isScore { return text }
        let needsQuotes =
            isQuoted
            || parts.contains { part in
                Keyword(spelling: part.text).map { !Keyword.statementOnlyKeywords.contains($0) } ?? false
            }
        return needsQuotes ? Quoting.Revq.literal(text) : text
    }
}

extension Literal {
    /// The value as it must be typed: a string quoted as `Quoting.Revq` quotes it, so that
    /// the lexer reads back the same text (`'a "b" c'`); a word or number as it is.
    package var spelled: String {
        switch kind {
        case .string: return Quoting.Revq.literal(text)
        case .word, .number: return text
        }
    }

    /// A value taken from the data as it must be typed: as it is when the lexer reads it
    /// back as one bare word, else quoted (`Fraværsregistrering`, `"Øye 2018"`).
    package static func spelling(of value: String) -> String {
        Parser.isBareWord(value) ? value : Quoting.Revq.literal(value)
    }
}
