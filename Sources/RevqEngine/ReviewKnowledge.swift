import RevqCore
import RevqLanguage

/// What the generic engine asks of the module that knows a systematic review (RevqReview,
/// which the engine does not import): the source its views read, the statements only it
/// answers, the sources it computes from the review, and its notes under an answer.
///
///     let interpreter = Interpreter(store: store, review: Reviewer())   // RevqReview's
///     interpreter.run("soqf where confidence = høy")                    // answered by the review
package protocol ReviewKnowledge: AnyObject {
    /// The source `profile`, `soqf`, `check` and `why` select from: the parser is told it.
    var viewSource: String { get }

    /// The sources computed from the review (`audit`): added to the store when a statement
    /// first reads one, never searched by `search`.
    var computedSources: [ComputedSource] { get }

    /// Answers a view (`profile`, `soqf`, `check`) or `why`.
    func answer(_ statement: Statement, in context: QueryContext) throws(Diagnostic) -> ResultSet

    /// `context`'s store with the computed sources added, or nil when it has none to add.
    /// What the review kept about the old store is dropped: the interpreter swaps stores next.
    func addingComputedSources(in context: QueryContext) -> Store?

    /// Notes under a list or a count (the report's figures it contradicts).
    func notes(on answer: AnswerFacts, in context: QueryContext) -> [String]
}

/// A source computed from the review rather than loaded: its name and what a query of it
/// shows without `show` (its own code knows which columns answer a reader).
package struct ComputedSource: Sendable {
    package let name: String
    package let defaultColumns: [String]

    package init(name: String, defaultColumns: [String]) {
        self.name = name
        self.defaultColumns = defaultColumns
    }
}

/// What an extension may use of the interpreter: the store, a binder over it and the
/// rows a bound query selects (sorted and limited as the interpreter does).
package struct QueryContext {
    package let store: Store
    package let binder: Binder
    package let rows: (BoundQuery) -> [Int]

    /// The rows `query` selects.
    package func rows(of query: BoundQuery) -> [Int] { rows(query) }
}

/// What an answer covers, for the notes an extension adds under it.
package struct AnswerFacts {
    /// "listed" for a query's rows, "counted" for a count's.
    package enum Verb: String, Sendable { case listed, counted }

    package let table: String
    package let rows: [Int]
    package let condition: Condition?
    /// A count's `by` paths; empty for a list.
    package let groups: [BoundPath]
    package let verb: Verb
}

extension Interpreter {
    /// The store, binder and evaluator an extension reads, as they are now.
    package var queryContext: QueryContext {
        QueryContext(store: store, binder: binder, rows: { self.rows(of: $0) })
    }

    /// The source the views read, as the review names it; nil without a review.
    package var viewSource: String? { review?.viewSource }

    /// Answers a view or `why` through the review; an engine without one has no views.
    func runReviewStatement(_ statement: Statement, view: String, at range: SourceRange) throws(Diagnostic) -> ResultSet {
        guard let review else { throw Diagnostic(.viewNeedsFindings(view: view), at: range) }
        return try review.answer(statement, in: queryContext)
    }

    /// The review's notes under an answer; none without a review.
    func reviewNotes(table: String, rows: [Int], condition: Condition?, groups: [BoundPath], verb: AnswerFacts.Verb) -> [String] {
        guard let review else { return [] }
        return review.notes(on: AnswerFacts(table: table, rows: rows, condition: condition, groups: groups, verb: verb), in: queryContext)
    }

    /// Adds the review's computed sources once a statement reads one. The store, catalog and
    /// layouts are replaced together, here only: the interpreter is the store's one owner and
    /// everything else reads it through `store`, so none keeps the review without its audit.
    func addComputedSources() {
        guard let review, let added = review.addingComputedSources(in: queryContext) else { return }
        store = added
        catalog = Catalog(store: store, storedWords: catalog.storedWords)
        layouts = ColumnLayouts(store: store, computed: review.computedSources)
    }

    /// The review with its computed sources (`audit`), as `.export sqlite` writes it.
    package func storeWithComputedSources() -> Store {
        addComputedSources()
        return store
    }
}
