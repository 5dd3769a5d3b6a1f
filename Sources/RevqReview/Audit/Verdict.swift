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
    let rows: [String]
    let verdict: Verdict
    let reason: String
}
