import RevqCore
import RevqEngine
import RevqLanguage

/// Notes under an answer that covers rows the report states a figure for, and states
/// differently from the data (or so that the data cannot decide). A note is attached by what
/// the answer covers, not by how it was worded: the answer's rows (or a group's) are the
/// claim's rows, a part of them, or more than them; and where the parts of one figure
/// (Figur 5's levels) make up the rows exactly, the sum the report's figures give.
///
///     count matrix by kompetanse   ->   note: the report states 2 for kompetanse = Ja (line 1596) ...
///     matrix where kompetanse = Ja ->   the same note
struct ContradictionNotes {
    /// A set of rows an answer shows as one figure: the whole answer, or one group of a count.
    struct Unit {
        /// `kompetanse = Ja` for a group; nil for the whole answer.
        let label: String?
        let rows: RowSet
        /// False for a crosstab's cells: they are compared only for the same rows.
        let comparesParts: Bool
    }

    /// What a list or a count is: "listed" or "counted".
    let verb: String
    /// The folded fields the answer's condition and groups test.
    let fields: Set<String>
    let claims: [CoveredClaim]

    func notes(for units: [Unit]) -> [String] {
        var notes: [(figure: String, place: String, outcome: String)] = []
        for unit in units { notes += self.notes(for: unit) }
        return merged(notes)
    }

    private func notes(for unit: Unit) -> [(figure: String, place: String, outcome: String)] {
        // No rows cover no claim and make up no figure's parts: nothing to compare.
        guard !unit.rows.isEmpty else { return [] }
        var notes: [(figure: String, place: String, outcome: String)] = []
        // A list is not a figure: only a count is compared with the sum of a figure's parts.
        let sums = unit.comparesParts && verb == "counted" ? partsMakingUp(unit) : []
        let summed = Set(sums.flatMap { $0.map(\.id) })
        for parts in sums { notes.append(sumNote(parts, unit: unit)) }
        for claim in claims where claim.isContested {
            guard let coverage = Coverage(answer: unit.rows, claim: claim.rows) else { continue }
            switch coverage {
            case .equal where isAbout(claim):
                notes.append(note(claim, figure: "the report states \(claim.n) for \(condition(claim))"))
            case .partOf where unit.comparesParts && isAbout(claim):
                notes.append(
                    note(
                        claim,
                        figure:
                            "\(rowsHere(unit)) are part of the rows of \(condition(claim)), which the report states as \(claim.n)"
                    ))
            case .moreThan where unit.comparesParts && isAbout(claim) && !summed.contains(claim.id):
                let rows = claim.rows.count == 1 ? "the 1 row" : "the \(claim.rows.count) rows"
                notes.append(
                    note(
                        claim,
                        figure:
                            "\(rowsHere(unit)) include \(rows) of \(condition(claim)), which the report states as \(claim.n)"
                    ))
            default: continue
            }
        }
        return notes
    }

    /// The claims of one family, about what the answer tests, whose rows are disjoint parts
    /// that make up `unit` exactly, when their figures do not add up to its size or one of
    /// them is contested. A figure stated in several places counts once.
    private func partsMakingUp(_ unit: Unit) -> [[CoveredClaim]] {
        var families: [String: [CoveredClaim]] = [:]
        var order: [String] = []
        for claim in claims
        where isAbout(claim) && !claim.rows.isEmpty && claim.rows.isSubset(of: unit.rows) && claim.rows != unit.rows {
            if families[claim.family] == nil { order.append(claim.family) }
            if !families[claim.family, default: []].contains(where: { $0.statement == claim.statement }) {
                families[claim.family, default: []].append(claim)
            }
        }
        return order.compactMap { family in
            let parts = families[family]!
            let covered = parts.dropFirst().reduce(into: parts[0].rows) { $0.formUnion($1.rows) }
            guard parts.count > 1, covered == unit.rows, parts.map(\.rows.count).reduce(0, +) == covered.count else {
                return nil
            }
            let stated = parts.map { $0.n }.reduce(0, +)
            return stated != unit.rows.count || parts.contains(where: \.isContested) ? parts : nil
        }
    }

    private func sumNote(_ parts: [CoveredClaim], unit: Unit) -> (figure: String, place: String, outcome: String) {
        let stated = parts.map { $0.n }
        let terms = parts.map { "\($0.n) for \(condition($0))" }.joined(separator: ", ")
        var places: [String] = []
        for part in parts where !places.contains(part.lines) { places.append(part.lines) }
        let ids = parts.map(\.id).joined(separator: ", ")
        let total = stated.reduce(0, +)
        let verdict = total == unit.rows.count ? "the sum agrees, but a part does not" : "they disagree"
        return (
            "the report's figures for the parts of \(rowsHere(unit)) add up to \(stated.map(String.init).joined(separator: " + ")) = \(total) (\(terms))",
            places.joined(separator: "; ") + ": " + parts.map { "\"\($0.phrase)\"" }.joined(separator: ", "),
            "the data gives \(unit.rows.count): \(verdict) (audit where id in (\(ids)))"
        )
    }

    /// A claim is about the answer when the answer tests the field the claim counts by, or
    /// neither tests any (a source's total): a list of one study is part of many claims' rows,
    /// and a group of `kompetanse = Ja` may hold the same rows as `fleksibilitet = Ja`, but
    /// neither is about them.
    private func isAbout(_ claim: CoveredClaim) -> Bool {
        claim.subjectFields.isEmpty ? fields.isEmpty : !fields.isDisjoint(with: claim.subjectFields)
    }

    private func rowsHere(_ unit: Unit) -> String {
        (unit.rows.count == 1 ? "the 1 row " : "the \(unit.rows.count) rows ") + (unit.label.map { "of \($0) " } ?? "")
            + "\(verb) here"
    }

    private func condition(_ claim: CoveredClaim) -> String { claim.condition }

    /// The note's parts: the figure, the place with the report's words, what the data gives.
    private func note(_ claim: CoveredClaim, figure: String) -> (figure: String, place: String, outcome: String) {
        let judgment = claim.judgment
        let verdict = judgment.verdict == .undecided ? "the data cannot decide: \(judgment.reason)" : "they disagree"
        return (
            figure, "\(claim.lines): \"\(claim.phrase)\"",
            "the data gives \(judgment.gives): \(verdict) (audit where id = \(claim.id))"
        )
    }

    /// One note per differing figure: the same figure stated in several places (the Norwegian and
    /// the English summary) lists every place.
    private func merged(_ notes: [(figure: String, place: String, outcome: String)]) -> [String] {
        var order: [String] = []
        var places: [String: [String]] = [:]
        var outcomes: [String: String] = [:]
        for note in notes {
            if places[note.figure] == nil { order.append(note.figure) }
            if places[note.figure]?.contains(note.place) != true { places[note.figure, default: []].append(note.place) }
            outcomes[note.figure] = outcomes[note.figure] ?? note.outcome
        }
        return order.map { "\($0) (\(places[$0]!.joined(separator: "; "))); \(outcomes[$0]!)" }
    }
}
