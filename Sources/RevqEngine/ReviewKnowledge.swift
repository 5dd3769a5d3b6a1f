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

    /// The sources computed from the review in `store` (`audit`), each built when a statement
    /// first reads it; none when `store` lacks what they are computed from. The interpreter
    /// declares them to its store once, at its start; `search` never reads them.
    func computedTables(over store: Store) -> [ComputedTable]

    /// Answers a view (`profile`, `soqf`, `check`) or `why`.
    func answer(_ statement: Statement, in context: QueryContext) throws(Diagnostic) -> ResultSet

    /// What the review's text says `source`'s fields and values mean; nil where it defines none.
    func meanings(of source: String, in store: Store) -> TermMeanings?

    /// Notes under a list or a count (the report's figures it contradicts).
    func notes(on answer: AnswerFacts, in context: QueryContext) -> [String]
}

/// What an extension may use of the interpreter: the store, a binder over it and the
/// rows a bound query selects (sorted and limited as the interpreter does).
package struct QueryContext {
    package let store: Store
    package let binder: Binder
    package let rows: (BoundQuery) -> [Int]

    /// The rows `query` selects.
    package func rows(of query: BoundQuery) -> [Int] { rows(query) }

    /// A context of its own over `store`: the engine alone, without named queries, for work
    /// done apart from any interpreter (building a computed source, whoever first reads it).
    package static func over(_ store: Store) -> QueryContext {
        Interpreter(store: store, review: nil).queryContext
    }
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
        evaluation.queryContext
    }

    /// The source the views read, as the review names it; nil without a review.
    package var viewSource: String? { review?.viewSource }

    /// Answers a view or `why` through the review; an engine without one has no views.
    func runReviewStatement(_ statement: Statement, view: String, at range: SourceRange) throws(Diagnostic) -> ResultSet
    {
        guard let review else { throw Diagnostic(.viewNeedsFindings(view: view, source: nil), at: range) }
        return try review.answer(statement, in: queryContext)
    }

    /// The review's notes under an answer; none without a review.
    func reviewNotes(table: String, rows: [Int], condition: Condition?, groups: [BoundPath], verb: AnswerFacts.Verb)
        -> [String]
    {
        guard let review else { return [] }
        return review.notes(
            on: AnswerFacts(table: table, rows: rows, condition: condition, groups: groups, verb: verb),
            in: queryContext)
    }

    /// Builds the computed sources `statement` reads (`audit`), before it is bound: until
    /// built, a computed source is not listed, so the binder would not find it.
    func buildComputedSources(readBy statement: Statement) {
        for name in store.computedTableNames where statement.mentions(name) { _ = store.table(named: name) }
    }

    /// The review with its computed sources (`audit`) built, as `.export sqlite` writes it.
    package func storeWithComputedSources() -> Store {
        for name in store.computedTableNames { _ = store.table(named: name) }
        return store
    }
}
