import RevqCore

/// What the data says of a figure the report states.
enum Verdict: String, CaseIterable, Sendable {
    case agrees, disagrees, undecided
    /// Two places say the same in other words (`WordingDifference`): not a contradiction.
    case wording = "differs in wording"

    /// Other spellings that match the same verdict in conditions (`audit where verdict = disagree`).
    var synonyms: [String] {
        switch self {
        case .agrees: return ["agree", "enig", "stemmer"]
        case .disagrees: return ["disagree", "contradiction", "uenig", "motstrid"]
        case .undecided: return ["cannot be decided", "unknown", "uavklart"]
        case .wording: return ["wording", "spelling", "ordlyd"]
        }
    }
}

/// One line of the audit: a check's outcome.
struct AuditEntry: Sendable {
    let id: String
    /// `claim` or the kind of cross-table check.
    let kind: String
    let states: String
    let place: String
    let check: String
    let gives: String
    /// The `rows` cell: the records' labels as a list, or null for none. One value, so the
    /// entries of a claim stated many times (a synthetic review's copies) share one list.
    let rows: Value
    let verdict: Verdict
    let reason: String

    init(
        id: String, kind: String, states: String, place: String, check: String, gives: String, rows: [String],
        verdict: Verdict, reason: String
    ) {
        self.init(
            id: id, kind: kind, states: states, place: place, check: check, gives: gives,
            rows: rows.isEmpty ? .null : .list(rows.map { .text($0) }), verdict: verdict, reason: reason)
    }

    init(
        id: String, kind: String, states: String, place: String, check: String, gives: String, rows: Value,
        verdict: Verdict, reason: String
    ) {
        (self.id, self.kind, self.states, self.place, self.check) = (id, kind, states, place, check)
        (self.gives, self.rows, self.verdict, self.reason) = (gives, rows, verdict, reason)
    }

    /// The same entry under another id: a copy of a claim alike in all but its id.
    func with(id: String) -> AuditEntry {
        AuditEntry(
            id: id, kind: kind, states: states, place: place, check: check, gives: gives, rows: rows,
            verdict: verdict, reason: reason)
    }
}
