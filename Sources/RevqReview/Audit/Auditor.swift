import RevqCore
import RevqEngine
import RevqLanguage

/// Runs every check the dataset declares: each claim's check, then the cross-table checks.
///
///     Auditor(checker: checker).entries().filter { $0.verdict == .disagrees }
struct Auditor {
    let checker: ClaimChecker
    private var store: Store { checker.context.store }

    func entries() -> [AuditEntry] {
        let claims = ClaimRecord.all(in: store)
        let parts = StatedParts(claims: claims)
        // Claims alike in all but their id (a synthetic review's copies) get one line, checked
        // once and shared, rows and all: each line lists every row its check selects, so
        // building each anew would be quadratic in the review.
        var alike: [[String]: AuditEntry] = [:]
        let checked = claims.map { claim in
            if let known = alike[claim.content] { return known.with(id: claim.id) }
            let made = entry(claim, parts: parts)
            alike[claim.content] = made
            return made
        }
        return checked + CrossChecks(store: store).entries()
            + [MatrixStudyCheck(store: store).entry(), StudyNamesCheck(store: store).entry()].compactMap { $0 }
    }

    /// How many lines `entries` gives, from the schema and row counts alone (nothing decoded,
    /// no check run): a line per record of the checked sources, and one per cross-table check
    /// whose fields the dataset has.
    static func lineCount(in store: Store) -> Int {
        let claims = ClaimRecord.checkedSources.reduce(0) { sum, source in
            sum
                + (store.schema.source(named: source)?.field(named: "check") == nil
                    ? 0 : store.rowCount(ofTable: source) ?? 0)
        }
        let crossChecks = CrossChecks.pairs.filter { $0.applies(to: store.schema) }.count
        return claims + crossChecks + (MatrixStudyCheck.applies(to: store.schema) ? 1 : 0)
            + (store.schema.source(named: "studies") == nil ? 0 : 1)
    }

    /// One claim's line of the audit; a check that no longer runs says so (a test keeps that from happening).
    /// A claim the data cannot check says too, from `parts`, when the figures its sentence gives
    /// for the parts of a whole do not add up to the whole it states.
    func entry(_ claim: ClaimRecord, parts: StatedParts? = nil) -> AuditEntry {
        let shown = ([claim.check] + (claim.rule.isEmpty ? [] : ["(\(claim.rule))"])).joined(separator: " ")
        guard !claim.check.isEmpty else {
            let reason = [claim.undecidable, parts?.shortfall(of: claim) ?? ""].filter { !$0.isEmpty }.joined(
                separator: "; ")
            return AuditEntry(
                id: claim.id, kind: claim.kind, states: claim.states, place: claim.source, check: "",
                gives: "", rows: [], verdict: .undecided, reason: reason)
        }
        switch checker.check(claim) {
        case .failure(let failure):
            return AuditEntry(
                id: claim.id, kind: claim.kind, states: claim.states, place: claim.source, check: shown,
                gives: "", rows: [], verdict: .undecided, reason: "the check does not run: \(failure.message)")
        case .success(let checked):
            let judgment = ClaimJudgment.judge(
                checked, values: { values(of: $0, rows: checked.rows, in: checked.table) },
                texts: { row, fields in texts(of: fields, row: row, in: checked.table) })
            let reason = [judgment.reason, judgment.verdict == .undecided ? "" : claim.undecidable]
                .filter { !$0.isEmpty }.joined(separator: "; ")
            return AuditEntry(
                id: claim.id, kind: claim.kind, states: claim.states, place: claim.source, check: shown,
                gives: judgment.gives, rows: labels(checked.rows + checked.unknown, in: checked.table),
                verdict: judgment.verdict, reason: reason)
        }
    }

    private func values(of field: String, rows: [Int], in tableName: String) -> [Value] {
        guard let table = store.table(named: tableName), let position = table.schema.position(of: field) else {
            return []
        }
        return rows.flatMap { row -> [Value] in
            if case .list(let items) = table.rows[row][position] { return items }
            return [table.rows[row][position]]
        }.filter { $0 != .null }
    }

    /// A row's values of `fields` as shown, blanks left out.
    private func texts(of fields: [String], row: Int, in tableName: String) -> [String] {
        guard let table = store.table(named: tableName) else { return [] }
        return fields.compactMap { field in
            guard let value = table.value(row: row, field: field), value != .null,
                let schema = table.schema.field(named: field)
            else { return nil }
            return store.display(value, of: schema)
        }
    }

    private func labels(_ rows: [Int], in table: String) -> [String] {
        rows.map { store.label(ofRow: $0, in: table) }
    }
}
