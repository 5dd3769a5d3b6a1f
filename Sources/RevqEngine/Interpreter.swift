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
/// named queries; what only a review knows (views, `audit`, notes on the report's figures)
/// it asks of `review` (`ReviewKnowledge`).
///
///     let interpreter = Interpreter(store: store, review: nil)
///     interpreter.run("count studies by kind")
package final class Interpreter {
    /// The review, with the review's computed sources (`audit`) declared to it, each built
    /// when first read: never replaced, so the shell's meta-commands, completion and export
    /// read the one store the statements do.
    package let store: Store
    let catalog: Catalog
    /// What a query shows without `show`, and which text is long; per source, on first use.
    let layouts: ColumnLayouts
    /// Off: every condition is answered by scanning rows (for benchmarks and tests).
    package var usesIndexes = true
    private var namedQueries: [String: NamedQuery] = [:]
    /// The views, computed sources and notes of the review; nil: the engine alone.
    package let review: (any ReviewKnowledge)?
    /// The dataset's reasons for blank values (`unknowns`), run on first need.
    var unknownReasonCache: [UnknownReason]?
    /// "source.field" of every field a reason is about, read on the first answer.
    var explainedFieldsCache: Set<String>?

    /// An interpreter of `store` with the sources `review` computes from it declared (a store
    /// of its own, reading `store`'s tables; `store` itself when there are none to add);
    /// `review` answers what only it knows (RevqReview's `Interpreter(store:)` gives its own).
    package init(store: Store, review: (any ReviewKnowledge)?) {
        self.store = review.map { store.adding(computed: $0.computedTables(over: store)) } ?? store
        self.review = review
        catalog = Catalog(store: self.store)
        layouts = ColumnLayouts(store: self.store)
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

    package var binder: Binder { Binder(catalog: catalog, namedQueries: namedQueries) }

    /// What the statements' helpers read, as it is now.
    var evaluation: EvaluationContext {
        EvaluationContext(catalog: catalog, layouts: layouts, binder: binder, usesIndexes: usesIndexes)
    }

    private func execute(_ statement: Statement, text: String) throws(Diagnostic) -> StatementOutcome {
        buildComputedSources(readBy: statement)
        switch statement {
        case .query(let query): return .rows(try runQuery(query, text: text))
        case .count(let count): return .rows(try runCount(count, noting: true, text: text))
        case .define(let name, let query, _): return .message(try define(name, query))
        case .explain(let inner, _): return .rows(try Explainer(context: evaluation).explain(inner))
        case .sources:
            return .rows(Introspection(store: store).sources(named: queryNames.compactMap { namedQueries[$0] }))
        case .describe(let name, _):
            let input = try binder.bindInput(name)
            let table = store.table(named: input.table)!
            var described = Introspection(store: store, meanings: review?.meanings(of: table.name, in: store)).describe(
                table)
            described.notes += GlossaryNotes(store: store).notes(for: table)
            return .rows(described)
        case .view(let view, _, let range, _):
            return .rows(try runReviewStatement(statement, view: view.rawValue, at: range))
        case .why(let number, _, _): return .rows(try runReviewStatement(statement, view: "why", at: number.range))
        case .search(let words, let range):
            return .rows(try SearchEverywhere(context: evaluation.queryContext).search(words, at: range))
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
        var result = Projection(catalog: catalog, layouts: layouts).resultSet(
            selected, of: bound.input.table, columns: bound.columns)
        if result.rows.isEmpty, let text, NearMisses.mayNote(bound.condition) {
            result.notes += NearMisses(context: evaluation).notes(for: query, text: text)
        }
        if let text {
            result.notes += UnknownValueNotes(catalog: catalog).notes(for: bound.condition, rows: selected)
            let shown =
                bound.columns.isEmpty
                ? Projection(catalog: catalog, layouts: layouts).defaultPaths(of: bound.input.table)
                : bound.columns
            result.notes += unknownReasonNotes(paths: shown, rows: selected)
            result.notes += SearchWideningNotes(context: evaluation).notes(for: query.condition, text: text)
            result.notes += reviewNotes(
                table: bound.input.table, rows: selected, condition: query.condition, groups: [], verb: .listed)
        }
        return result
    }

    /// The count's result; `noting`, for a statement as typed, with notes on rows kept only
    /// for lack of a value and on figures the report states differently; with the statement
    /// as typed (`text`), on words a wider search would find.
    func runCount(_ count: CountQuery, noting: Bool = false, text: String? = nil) throws(Diagnostic) -> ResultSet {
        let bound = try binder.bindCount(count)
        let selected = rows(of: bound.query)
        var result = try Counter(catalog: catalog, usesIndexes: usesIndexes).count(
            selected, of: bound.query.input.table, bound)
        // The report's figures are counts: a note only where this statement counts too.
        if noting {
            result.notes += UnknownValueNotes(catalog: catalog).notes(for: bound.query.condition, rows: selected)
            result.notes += unknownReasonNotes(
                paths: bound.groups + bound.aggregates.compactMap(\.path), rows: selected)
        }
        if let text {
            result.notes += SearchWideningNotes(context: evaluation).notes(for: count.query.condition, text: text)
        }
        if bound.aggregates.contains(where: { $0.function == .count && $0.path == nil }) {
            result.notes += reviewNotes(
                table: bound.query.input.table, rows: selected, condition: count.query.condition,
                groups: bound.groups, verb: .counted)
        }
        return result
    }

    /// The rows a checked query selects, sorted and limited.
    package func rows(of query: BoundQuery) -> [Int] {
        evaluation.rows(of: query)
    }

    private func define(_ name: Name, _ query: Query) throws(Diagnostic) -> String {
        // A computed source not yet built is a source too: a query of its name would be hidden once it is.
        if binder.match(name.text, among: store.tableNames + store.computedTableNames) != nil {
            throw Diagnostic(.alreadyASource(name.text), at: name.range)
        }
        let bound = try binder.bind(query)
        let rows = rows(of: bound)
        // Spelt by the syntax tree's printer: without the comment or the spacing it was typed with.
        let definition = query.text
        if namedQueries[name.text] == nil { queryNames.append(name.text) }
        namedQueries[name.text] = NamedQuery(
            name: name.text, table: bound.input.table, rows: rows,
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
