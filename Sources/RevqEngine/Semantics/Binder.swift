import RevqCore
import RevqLanguage

/// A query defined with `let`: its rows, in order, taken when it was defined (the store
/// never changes, so they stay right).
struct NamedQuery: Sendable {
    let name: String
    let table: String
    let rows: [Int]
    /// Its `show` columns (empty: the source's default columns).
    let columns: [BoundPath]
    /// The defining query as typed, for `sources`.
    let text: String
}

/// The semantic check: resolves a parsed query's names against the schema read at run
/// time, and turns its values into tests on the stored values. Errors point at the
/// offending name or value and suggest or list the valid ones.
package struct Binder {
    let catalog: Catalog
    let namedQueries: [String: NamedQuery]

    var schema: Schema { catalog.store.schema }

    package func bind(_ query: Query) throws(Diagnostic) -> BoundQuery {
        let input = try bindInput(query.source)
        let condition = try query.condition.map { (condition) throws(Diagnostic) in
            try bindCondition(condition, on: input.table)
        }
        var columns: [BoundPath] = []
        for path in query.show {
            if path.isStar {
                columns += everyField(of: input.table)
            } else {
                columns.append(try bindColumn(path, from: input.table, condition: condition))
            }
        }
        var sort: [BoundSortKey] = []
        for key in query.sort {
            sort.append(
                BoundSortKey(
                    path: try bindColumn(key.path, from: input.table, condition: condition), descending: key.descending)
            )
        }
        let limit = query.limit.flatMap { literal -> Int? in
            if case .number(let n) = literal.kind { Int(n) } else { nil }
        }
        try Binder.checkTies(query.withTies, sorted: !sort.isEmpty, limit: query.limit)
        return BoundQuery(
            input: input, condition: condition, columns: columns.isEmpty ? input.columns : columns, sort: sort,
            limit: limit,
            withTies: query.withTies)
    }

    /// `with ties` is read only after a `limit`; without `sort by` nothing says which rows tie.
    package static func checkTies(_ withTies: Bool, sorted: Bool, limit: Literal?) throws(Diagnostic) {
        guard withTies, !sorted, let limit else { return }
        throw Diagnostic(.tiesNeedSort, at: limit.range)
    }

    /// `show *`: every field of the source, in schema order.
    func everyField(of source: String) -> [BoundPath] {
        schema.source(named: source)!.fields.enumerated().map { position, field in
            BoundPath(hops: [], table: source, field: field, position: position, text: field.name)
        }
    }

    /// source -> a source of the schema or a named query.
    func bindInput(_ name: Name) throws(Diagnostic) -> QueryInput {
        // A source named exactly, looked for in place (mapping copies each source's schema).
        if schema.sources.contains(where: { $0.name == name.text }) {
            return QueryInput(table: name.text, rows: nil, name: nil)
        }
        if let source = match(name.text, among: schema.sources.lazy.map(\.name)) {
            return QueryInput(table: source, rows: nil, name: nil)
        }
        if let named = namedQueries[name.text]
            ?? match(name.text, among: namedQueries.keys).flatMap({ namedQueries[$0] })
        {
            return QueryInput(table: named.table, rows: named.rows, name: named.name, columns: named.columns)
        }
        let candidates = schema.sources.map(\.name) + namedQueries.keys.sorted()
        // A misspelt statement keyword (`sorces`) reads as a source name: suggest it too.
        let spellings = (candidates + Keyword.statementStarts.map(\.rawValue)).map { ($0, $0) }
        throw Diagnostic(
            .unknownSource(name.text), at: name.range,
            hint: Suggestions.hint(for: name.text, among: spellings, listing: candidates, kind: .sources))
    }

    /// A name as typed, or the one name equal to it ignoring case.
    func match(_ typed: String, among names: some Collection<String>) -> String? {
        if names.contains(typed) { return typed }
        let typedFolded = TextFolding.fold(typed)
        let folded = names.filter { TextFolding.fold($0) == typedFolded }
        return folded.count == 1 ? folded[0] : nil
    }

    /// path -> relation fields followed by `.`, then a field of the last source reached.
    func bindPath(_ path: FieldPath, from source: String) throws(Diagnostic) -> BoundPath {
        var hops: [Hop] = []
        var current = source
        for (index, part) in path.parts.enumerated() {
            let (position, field) = try resolveField(part, in: current)
            if index == path.parts.count - 1 {
                return BoundPath(hops: hops, table: current, field: field, position: position, text: path.text)
            }
            guard let target = field.type.relatedSource else {
                throw Diagnostic(
                    .notARelation(field: field.name), at: part.range,
                    hint: .relationsAre(
                        field: field.name, type: field.type.spelling, relations: relationNames(of: current)))
            }
            hops.append(Hop(source: current, position: position, target: target))
            current = target
        }
        preconditionFailure("a path has at least one part")
    }

    func resolveField(_ name: Name, in source: String) throws(Diagnostic) -> (Int, Field) {
        // The fields read where they are: `source(named:)` would copy the whole source's schema.
        let sources = schema.sources
        let fields = sources[sources.firstIndex { $0.name == source }!].fields
        if let position = fields.firstIndex(where: { $0.name == name.text }) { return (position, fields[position]) }
        if let matched = match(name.text, among: fields.lazy.map(\.name)),
            let position = fields.firstIndex(where: { $0.name == matched })
        {
            return (position, fields[position])
        }
        throw Diagnostic(
            .unknownField(name.text, source: source), at: name.range,
            hint: Suggestions.hint(for: name.text, among: fields.map(\.name), kind: .fields(of: source)))
    }

    private func relationNames(of source: String) -> String {
        let names = schema.source(named: source)!.fields.filter { $0.type.relatedSource != nil }.map(\.name)
        return names.isEmpty ? "none in '\(source)'" : names.joined(separator: ", ")
    }
}
