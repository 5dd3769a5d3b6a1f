import RevqCore
import RevqLanguage

/// Notes for a count whose figure the report states differently: a claim whose check counts the
/// same rows (its condition without the grouping parts selects what the statement's condition
/// selects) under the same grouping.
///
///     count matrix by kompetanse   ->   note: the report states 2 for kompetanse = Ja (line 1596) ...
struct ContradictionNotes {
    let interpreter: Interpreter
    /// The claims whose checks count rows, already checked.
    let claims: [CheckedClaim]

    /// Notes for `count <table> ... by groups`, whose condition selected `rows`.
    func notes(table: String, rows: [Int], groups: [BoundPath]) -> [String] {
        let wanted = Set(rows)
        let groupFields = groups.map { $0.hops.isEmpty ? $0.field.name : "" }
        guard !groupFields.contains("") else { return [] }
        let checker = ClaimChecker(interpreter: interpreter)
        // Claims that state one figure in several places share a check: compared once.
        var matchesByCheck: [String: Bool] = [:]
        let found = claims.filter { checked in
            guard checked.table == table else { return false }
            let key = checked.query.text
            if let known = matchesByCheck[key] { return known }
            let matches = baseRows(checked, grouped: groupFields, checker: checker).map { Set($0) == wanted } ?? false
            matchesByCheck[key] = matches
            return matches
        }
        return merged(found.compactMap(note))
    }

    /// One note per differing figure: the same figure stated in several places (the Norwegian and
    /// the English summary) lists every place.
    private func merged(_ notes: [(figure: String, place: String, outcome: String)]) -> [String] {
        var order: [String] = []
        var places: [String: [String]] = [:]
        var outcomes: [String: String] = [:]
        for note in notes {
            if places[note.figure] == nil { order.append(note.figure) }
            places[note.figure, default: []].append(note.place)
            outcomes[note.figure] = outcomes[note.figure] ?? note.outcome
        }
        return order.map { "\($0) (\(places[$0]!.joined(separator: "; "))); \(outcomes[$0]!)" }
    }

    /// The rows of the check without its `field = value` parts on the grouped fields; nil unless
    /// it has exactly one such part per grouped field.
    private func baseRows(_ checked: CheckedClaim, grouped: [String], checker: ClaimChecker) -> [Int]? {
        let conjuncts = Conjuncts.of(checked.query.condition)
        let isGroupPart = { (condition: Condition) -> Bool in
            guard case .comparison(_, .equal, _, _) = condition, let field = Conjuncts.singleFieldPath(condition) else { return false }
            return grouped.contains { TextFolding.fold($0) == TextFolding.fold(field) }
        }
        let groupParts = conjuncts.filter(isGroupPart).compactMap(Conjuncts.singleFieldPath).map(TextFolding.fold)
        guard groupParts.sorted() == grouped.map(TextFolding.fold).sorted() else { return nil }
        return try? checker.rows(of: checked.query, condition: Conjuncts.joined(conjuncts.filter { !isGroupPart($0) }))
    }

    /// A note when the claim's figure differs from what the count shows for its group: the figure,
    /// the place with the report's words, and what the data gives.
    private func note(_ checked: CheckedClaim) -> (figure: String, place: String, outcome: String)? {
        let judgment = ClaimJudgment.count(checked)
        guard judgment.verdict != .agrees, let n = checked.claim.n else { return nil }
        let condition = Conjuncts.of(checked.query.condition).map(\.text).joined(separator: " and ")
        let verdict = judgment.verdict == .undecided ? "the data cannot decide: \(judgment.reason)" : "they disagree"
        return ("the report states \(n) for \(condition)", "\(checked.claim.lines): \"\(checked.claim.phrase)\"",
                "the data gives \(judgment.gives): \(verdict) (audit where id = \(checked.claim.id))")
    }
}
