import RevqCore
import RevqEngine
import RevqLanguage

/// What revq knows of a systematic review, plugged into the generic engine
/// (`ReviewKnowledge`): the GRADE-CERQual views over the findings, the `audit` of the
/// report's figures, and notes where an answer covers a figure the report states otherwise.
/// One per interpreter: it keeps the claims' checks that interpreter ran.
///
///     let interpreter = Interpreter(store: store, review: Reviewer())
///     interpreter.run("count audit by verdict")
package final class Reviewer: ReviewKnowledge {
    /// The claims with a plain count check, per source, each checked when an answer first
    /// needs it (for notes; the store's review never changes, so neither do they).
    var claimCoverage = ClaimCoverageCache()
    /// Where the compiled claims are kept between runs (`compiledClaims(of:in:)`); nil: nowhere.
    package var compiledClaimsStorage: (any CompiledClaimsStorage)?
    /// The claim checks already run (`ClaimCache`), shared by the audit and the notes.
    let claims = ClaimCache()

    package init() {}

    /// The source the views read, for a caller with no interpreter at hand.
    package static var viewSource: String { FindingRecords.source }

    package var viewSource: String { Self.viewSource }

    /// A checker of the claims against `context`'s store, sharing this review's checks.
    func checker(in context: QueryContext) -> ClaimChecker {
        ClaimChecker(context: context, cache: claims)
    }

    package func answer(_ statement: Statement, in context: QueryContext) throws(Diagnostic) -> ResultSet {
        switch statement {
        case .view(.check, let query, let range, _):
            return try ViewClauses(query: query, view: "check").apply(
                to: context.runCheck(query.condition, range: range))
        case .view(let view, let query, let range, _):
            return try ViewClauses(query: query, view: view.rawValue).apply(
                to: context.runView(view, query.condition, range: range))
        case .why(let number, let clauses, _):
            return try ViewClauses(query: clauses, view: "why").apply(to: context.runWhy(number))
        default:
            preconditionFailure("the engine asks the review only for views and why")
        }
    }

    /// The `audit` source, computed from the review as it was loaded, when first read; only a
    /// dataset with `claims` or `charts` (the figures a report states about itself) has one.
    package func computedTables(over store: Store) -> [ComputedTable] {
        guard ClaimRecord.checkedSources.contains(where: { store.rowCount(ofTable: $0) != nil }) else { return [] }
        // Built with a context of its own over the loaded review, whoever reads it first; the
        // checks it runs are kept for the notes. Safe to share: it runs once, under the
        // table's guard, and the interpreter that reads the notes runs on one thread.
        nonisolated(unsafe) let claims = claims
        return [
            AuditTable.computed(
                rowCount: { Auditor.lineCount(in: store) },
                build: {
                    AuditTable.table(Auditor(checker: ClaimChecker(context: .over(store), cache: claims)).entries())
                })
        ]
    }

    /// The report's GRADE-CERQual definitions (`Definitions`), of the views' source only.
    package func meanings(of source: String, in store: Store) -> TermMeanings? {
        guard source == viewSource else { return nil }
        let definitions = Definitions(store: store)
        return definitions.entries.isEmpty ? nil : definitions.meanings
    }

    /// Notes under a count or a list whose rows a contested claim covers (`ContradictionNotes`).
    /// A list is compared only with the claims that name a field its condition tests, so a
    /// plain query checks no claim at all.
    package func notes(on answer: AnswerFacts, in context: QueryContext) -> [String] {
        // No rows cover no claim and make up no figure: an empty answer has nothing to compare.
        guard !answer.rows.isEmpty else { return [] }
        let store = context.store
        guard answer.table != AuditTable.name, let rowCount = store.rowCount(ofTable: answer.table) else { return [] }
        var fields = answer.condition?.testedFields ?? []
        for group in answer.groups { fields.insert(TextFolding.fold(String(group.text.prefix { $0 != "." }))) }
        let isList = answer.groups.isEmpty && answer.verb == .listed
        if isList && fields.isEmpty { return [] }
        let claims = coveredClaims(of: answer.table, mentioning: isList ? fields : nil, in: context)
        guard !claims.isEmpty,
            let units = GroupUnits(source: answer.table, rowCount: rowCount, store: store).units(
                rows: answer.rows, groups: answer.groups)
        else { return [] }
        return ContradictionNotes(verb: answer.verb.rawValue, fields: fields, claims: claims).notes(for: units)
    }
}

extension Interpreter {
    /// An interpreter of `store` that knows the review: its views, `audit` and notes.
    ///
    ///     let interpreter = Interpreter(store: store)
    ///     interpreter.run("why 16")
    package convenience init(store: Store) {
        self.init(store: store, review: Reviewer())
    }
}
