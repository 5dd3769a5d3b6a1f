import RevqCore
import RevqLanguage

extension Interpreter {
    /// Every check of the review run now: the rows of the `audit` source.
    package func auditEntries() -> [(id: String, verdict: String, reason: String)] {
        Auditor(interpreter: self).entries().map { ($0.id, $0.verdict.rawValue, $0.reason) }
    }

    /// The claims whose check does not parse, bind or name a known rule, and those with neither a
    /// check nor a reason the data cannot decide them: each as "id: what is wrong". Empty when every
    /// claim is checkable (the data tests require it).
    package func claimCheckProblems() -> [String] {
        let checker = ClaimChecker(interpreter: self)
        return ClaimRecord.all(in: store).compactMap { claim in
            if claim.check.isEmpty {
                return claim.undecidable.isEmpty ? "\(claim.id): no check and no reason the data cannot decide it" : nil
            }
            if case .failure(let failure) = checker.check(claim) { return "\(claim.id): \(failure.message)" }
            return nil
        }
    }

    /// The review with its computed sources (`audit`), as `.export sqlite` writes it.
    package func storeWithComputedSources() -> Store {
        addAudit()
        return store
    }

    /// Adds the `audit` source, computed from the review as it was loaded, once; only a dataset
    /// with `claims` or `charts` (the figures a report states about itself) has one. The
    /// store, catalog and layouts are replaced together, here only: the interpreter is the
    /// store's one owner and everything else reads it through `store`, so none keeps the
    /// review without its audit.
    func addAudit() {
        guard store.rowCount(ofTable: AuditTable.name) == nil,
              ClaimRecord.checkedSources.contains(where: { store.rowCount(ofTable: $0) != nil }) else { return }
        let entries = Auditor(interpreter: self).entries()
        store = AuditTable.adding(to: store, entries)
        catalog = Catalog(store: store)
        layouts = ColumnLayouts(store: store)
        // The claims stay: they are about the review's own sources, whose rows the audit does not change.
        checkRows = [:]
        compiledChecks = [:]
    }

    /// Notes under a count or a list whose rows a contested claim covers (`ContradictionNotes`):
    /// `verb` is "counted" or "listed". A list is compared only with the claims that name a
    /// field its condition tests, so a plain query checks no claim at all.
    func contradictionNotes(table: String, rows: [Int], condition: Condition?, groups: [BoundPath], verb: String) -> [String] {
        guard table != AuditTable.name, let stored = store.table(named: table) else { return [] }
        var fields = condition?.testedFields ?? []
        for group in groups { fields.insert(TextFolding.fold(String(group.text.prefix { $0 != "." }))) }
        let isList = groups.isEmpty && verb == "listed"
        if isList && fields.isEmpty { return [] }
        let claims = coveredClaims(of: table, mentioning: isList ? fields : nil)
        guard !claims.isEmpty, let units = GroupUnits(table: stored, store: store).units(rows: rows, groups: groups) else { return [] }
        return ContradictionNotes(verb: verb, fields: fields, claims: claims).notes(for: units)
    }
}

extension Statement {
    /// True when the statement reads the source `name` (as typed, ignoring case).
    func mentions(_ name: String) -> Bool {
        let folded = TextFolding.fold(name)
        switch self {
        case .query(let query), .define(_, let query, _): return TextFolding.fold(query.source.text) == folded
        case .count(let count): return TextFolding.fold(count.query.source.text) == folded
        case .grid(let query, _): return TextFolding.fold(query.source.text) == folded
        case .chart(let inner, _, _): return inner.mentions(name)
        case .view, .why, .search: return false
        case .explain(let inner, _): return inner.mentions(name)
        case .describe(let source, _): return TextFolding.fold(source.text) == folded
        case .sources: return true
        }
    }
}

extension Interpreter {
    /// How `spelling` names a study of this label, year and reference number (`StudyNamesCheck`):
    /// "same", "wording", or what differs ("another year (2010)").
    package static func compareStudyName(_ spelling: String, label: String, year: Int?, ref: Int?) -> String {
        switch StudyNamesCheck.compare(spelling, with: StudyNamesCheck.Study(label: label, year: year, ref: ref)) {
        case .same: return "same"
        case .wording: return "wording"
        case .substance(let what): return what
        }
    }
}
