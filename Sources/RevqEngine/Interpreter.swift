import RevqCore
import RevqLanguage

/// What running one statement gave.
package enum StatementOutcome: Sendable {
    /// Rows to render (queries, counts, `sources`, `describe`, `explain`).
    case rows(ResultSet)
    /// A line of text for the user (`let` confirmations and the like).
    case message(String)
    /// The text ends inside a parenthesis or a quote: ask for the next line.
    case incomplete
    /// The statement was refused; nothing changed.
    case failure([Diagnostic])
}

/// Runs statements of the query language against one store, keeping the session's
/// named queries.
///
///     let interpreter = Interpreter(store: store)
///     interpreter.run("findings where confidence >= moderat")
package final class Interpreter {
    /// The review, and the one owner of it: everything else (the shell's meta-commands,
    /// completion, export) reads it here, so all see the computed `audit` source once a
    /// statement has named it and it was built.
    package internal(set) var store: Store
    var catalog: Catalog
    /// What a query shows without `show`, and which text is long; per source, on first use.
    var layouts: ColumnLayouts
    /// Off: every condition is answered by scanning rows (for benchmarks and tests).
    package var usesIndexes = true
    private var namedQueries: [String: NamedQuery] = [:]
    /// The claims with a plain count check, per source, each checked when an answer first
    /// needs it (for notes; the store's review never changes, so neither do they).
    var claimCoverage = ClaimCoverageCache()
    /// Where the compiled claims are kept between runs (`compiledClaims()`); nil: nowhere.
    package var compiledClaimsStorage: (any CompiledClaimsStorage)?
    /// The rows of each claim check already run, by its statement's text: the report states
    /// one figure in several places, and a synthetic review repeats every claim, so a check
    /// is run once however often it is stated (see `ClaimChecker.rows(of:)`).
    var checkRows: [String: [Int]] = [:]
    /// Each claim check's statement parsed and bound, by its text (see `ClaimChecker.bind`).
    var compiledChecks: [String: Result<(Query, BoundQuery), CheckFailure>] = [:]
    /// The dataset's reasons for blank values (`unknowns`), run on first need.
    var unknownReasonCache: [UnknownReason]?
    /// "source.field" of every field a reason is about, read on the first answer.
    var explainedFieldsCache: Set<String>?

    /// Builds the indexes of every table of `store`.
    package init(store: Store) {
        self.store = store
        catalog = Catalog(store: store)
        layouts = ColumnLayouts(store: store)
    }

    /// The names defined with `let` so far, in order of definition.
    package private(set) var queryNames: [String] = []

    /// Prepares, checks and runs one statement; `text` may span several lines.
    package func run(_ text: String) -> StatementOutcome {
        switch prepare(text) {
        case .incomplete: return .incomplete
        case .failure(let diagnostics): return .failure(diagnostics)
        case .ready(let prepared): return run(prepared)
        }
    }

    /// Checks and runs a statement `prepare` gave; it is not parsed again.
    package func run(_ prepared: PreparedStatement) -> StatementOutcome {
        do { return try execute(prepared.statement, text: prepared.text) } catch { return .failure([error]) }
    }

    var binder: Binder { Binder(catalog: catalog, namedQueries: namedQueries) }

    private func execute(_ statement: Statement, text: String) throws(Diagnostic) -> StatementOutcome {
        if statement.mentions(AuditTable.name) { addAudit() }
        switch statement {
        case .query(let query): return .rows(try runQuery(query, text: text))
        case .count(let count): return .rows(try runCount(count, noting: true, text: text))
        case .define(let name, let query, _): return .message(try define(name, query))
        case .explain(let inner, _): return .rows(try Explainer(interpreter: self).explain(inner))
        case .sources: return .rows(Introspection(store: store).sources(named: queryNames.compactMap { namedQueries[$0] }))
        case .describe(let name, _):
            let input = try binder.bindInput(name)
            let table = store.table(named: input.table)!
            var described = Introspection(store: store).describe(table)
            described.notes += GlossaryNotes(store: store).notes(for: table)
            return .rows(described)
        case .view(.check, let query, let range, _):
            return .rows(try ViewClauses(query: query, view: "check").apply(to: runCheck(query.condition, range: range)))
        case .view(let view, let query, let range, _):
            return .rows(try ViewClauses(query: query, view: view.rawValue).apply(to: runView(view, query.condition, range: range)))
        case .why(let number, let clauses, _): return .rows(try ViewClauses(query: clauses, view: "why").apply(to: runWhy(number)))
        case .search(let words, let range): return .rows(try SearchEverywhere(interpreter: self).search(words, at: range))
        case .grid(let query, _): return .rows(titled(try runGrid(query), statement))
        case .chart(let inner, let stacked, _): return .rows(titled(try runChart(inner, stacked: stacked), statement))
        }
    }

    /// A drawing is titled by its statement, as the language prints it (an SVG's title).
    private func titled(_ result: ResultSet, _ statement: Statement) -> ResultSet {
        var titled = result
        titled.title = statement.text
        return titled
    }

    /// The rows of `query`; when none and `text` is the statement as typed, notes on near misses.
    func runQuery(_ query: Query, text: String?) throws(Diagnostic) -> ResultSet {
        let bound = try binder.bind(query)
        let selected = rows(of: bound)
        var result = Projection(catalog: catalog, layouts: layouts).resultSet(selected, of: bound.input.table, columns: bound.columns)
        if result.rows.isEmpty, let text { result.notes += NearMisses(interpreter: self).notes(for: query, text: text) }
        if let text {
            result.notes += UnknownValueNotes(catalog: catalog).notes(for: bound.condition, rows: selected)
            let shown = bound.columns.isEmpty ? Projection(catalog: catalog, layouts: layouts).defaultPaths(catalog.table(bound.input.table)) : bound.columns
            result.notes += unknownReasonNotes(paths: shown, rows: selected)
            result.notes += SearchWideningNotes(interpreter: self).notes(for: query.condition, text: text)
            result.notes += contradictionNotes(table: bound.input.table, rows: selected, condition: query.condition, groups: [], verb: "listed")
        }
        return result
    }

    /// The count's result; `noting`, for a statement as typed, with notes on rows kept only
    /// for lack of a value and on figures the report states differently; with the statement
    /// as typed (`text`), on words a wider search would find.
    func runCount(_ count: CountQuery, noting: Bool = false, text: String? = nil) throws(Diagnostic) -> ResultSet {
        let bound = try binder.bindCount(count)
        let selected = rows(of: bound.query)
        var result = try Counter(catalog: catalog, usesIndexes: usesIndexes).count(selected, of: bound.query.input.table, bound)
        // The report's figures are counts: a note only where this statement counts too.
        if noting {
            result.notes += UnknownValueNotes(catalog: catalog).notes(for: bound.query.condition, rows: selected)
            result.notes += unknownReasonNotes(paths: bound.groups + bound.aggregates.compactMap(\.path), rows: selected)
        }
        if let text { result.notes += SearchWideningNotes(interpreter: self).notes(for: count.query.condition, text: text) }
        if bound.aggregates.contains(where: { $0.function == .count && $0.path == nil }) {
            result.notes += contradictionNotes(table: bound.query.input.table, rows: selected, condition: count.query.condition,
                                               groups: bound.groups, verb: "counted")
        }
        return result
    }

    /// The rows a checked query selects, sorted and limited.
    func rows(of query: BoundQuery) -> [Int] {
        var evaluator = Evaluator(catalog: catalog, usesIndexes: usesIndexes)
        return ordered(evaluator.filter(query.input, query.condition), by: query)
    }

    /// The selected rows sorted and limited as the query says (`explain` shares it).
    func ordered(_ filtered: [Int], by query: BoundQuery) -> [Int] {
        let projection = Projection(catalog: catalog, layouts: layouts)
        let sorted = projection.sorted(filtered, by: query.sort)
        guard let limit = query.limit else { return sorted }
        guard query.withTies, limit > 0, limit < sorted.count else { return Array(sorted.prefix(limit)) }
        return Array(sorted.prefix(projection.endOfTies(sorted, at: limit, by: query.sort)))
    }

    private func define(_ name: Name, _ query: Query) throws(Diagnostic) -> String {
        if store.rowCount(ofTable: name.text) != nil || binder.match(name.text, among: store.tableNames) != nil {
            throw Diagnostic(.alreadyASource(name.text), at: name.range)
        }
        let bound = try binder.bind(query)
        let rows = rows(of: bound)
        // Spelt by the syntax tree's printer: without the comment or the spacing it was typed with.
        let definition = query.text
        if namedQueries[name.text] == nil { queryNames.append(name.text) }
        namedQueries[name.text] = NamedQuery(name: name.text, table: bound.input.table, rows: rows,
                                             columns: bound.columns, text: definition)
        return "\(name.text): \(rows.count) \(rows.count == 1 ? "row" : "rows") of \(bound.input.table)"
    }
}

extension String {
    func trimmingTrailingSpace() -> String {
        var text = self
        while let last = text.last, last.isWhitespace || last == ";" { text.removeLast() }
        return text
    }
}
