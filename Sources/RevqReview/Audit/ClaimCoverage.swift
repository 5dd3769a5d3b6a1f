import RevqCore
import RevqEngine
import RevqLanguage

/// A claim that counts rows, with what a note needs to compare an answer with it: the rows
/// its check selects, the fields its condition tests, the figure it belongs with.
struct CoveredClaim: Sendable {
    let checked: CheckedClaim
    /// The check's rows as a bitset: an answer is compared with every claim of its source,
    /// so equality and inclusion cost a word per 64 rows, not a hash per row.
    let rows: RowSet
    /// The folded names of the fields the claim counts by: those its check's last condition
    /// tests (`bias` in `kind != kvalitativ and bias = høy`; the parts before it give the
    /// scope). An answer is about the claim only if it tests one of them too.
    let subjectFields: Set<String>
    /// The claims whose figures are parts of one whole: a chart's bars (Figur 5's levels),
    /// or the claims of one subject, scope and attribute.
    let family: String
    let judgment: ClaimJudgment
    /// What a note quotes, spelled once per claim rather than once per group it is compared with.
    let condition: String
    let lines: String

    /// The report's figure and the data's differ, or the data cannot decide it.
    var isContested: Bool { judgment.verdict != .agrees }
}

/// How the rows of an answer stand to the rows a claim counts.
enum Coverage: Equatable {
    /// The same rows: the answer is the claim's figure.
    case equal
    /// The answer's rows are some of the claim's.
    case partOf
    /// The answer's rows hold all of the claim's and more.
    case moreThan

    /// nil when neither holds the other (or either is empty).
    init?(answer: RowSet, claim: RowSet) {
        guard !answer.isEmpty, !claim.isEmpty else { return nil }
        if answer == claim {
            self = .equal
        } else if answer.isSubset(of: claim) {
            self = .partOf
        } else if claim.isSubset(of: answer) {
            self = .moreThan
        } else {
            return nil
        }
    }
}

extension Condition {
    /// The folded names of the fields the condition tests, each path by its first name.
    var testedFields: Set<String> {
        switch self {
        case .comparison(let path, _, _, _), .membership(let path, _, _), .emptiness(let path, _, _), .inNamedQuery(let path, _, _):
            return [TextFolding.fold(path.parts[0].text)]
        case .search: return []
        case .counted(let aggregate, _, _, _): return aggregate.path.map { [TextFolding.fold($0.parts[0].text)] } ?? []
        case .quantified(_, let inner, _), .not(let inner, _): return inner.testedFields
        case .and(let parts), .or(let parts): return parts.reduce(into: []) { $0.formUnion($1.testedFields) }
        }
    }
}

/// The count claims of each source, read once, and each claim's check once it is needed.
struct ClaimCoverageCache {
    /// Per folded source name: its count claims with the folded words of their checks.
    fileprivate var candidates: [String: [(claim: ClaimRecord, words: Set<String>)]] = [:]
    /// Per claim (`kind:row`): its coverage, or nil when its check does not run (or the same
    /// statement was covered already: it would only repeat that claim's note).
    fileprivate var covered: [String: CoveredClaim?] = [:]
    /// The claims covered so far, by what they state (`statementKey`).
    fileprivate var statements: Set<String> = []
    /// Per check statement as written: what every claim with that check shares (the report
    /// states one figure in several places).
    fileprivate var checks: [String: (rows: RowSet, subjectFields: Set<String>, condition: String)] = [:]
    /// Per `source` cell: the lines a note names.
    fileprivate var places: [String: String] = [:]
    /// Per source and the fields an answer tests: the claims that name one of them, so a
    /// statement run again (a script's loop) looks its claims up once.
    fileprivate var mentioning: [String: [CoveredClaim]] = [:]
}

extension Reviewer {
    /// The count claims about `table`, each checked once on first need. `mentioning`, when
    /// given, keeps only the claims whose check names one of those fields: a list asks only
    /// about what it tests, so a plain query does not pay for checking every claim of its
    /// source.
    func coveredClaims(of table: String, mentioning fields: Set<String>? = nil, in context: QueryContext) -> [CoveredClaim] {
        let folded = TextFolding.fold(table)
        let key = folded + "|" + (fields.map { $0.sorted().joined(separator: ",") } ?? "*")
        if let known = claimCoverage.mentioning[key] { return known }
        let claims = checkedClaims(of: folded, mentioning: fields, checker: checker(in: context))
        claimCoverage.mentioning[key] = claims
        return claims
    }

    private func checkedClaims(of folded: String, mentioning fields: Set<String>?, checker: ClaimChecker) -> [CoveredClaim] {
        if claimCoverage.candidates[folded] == nil {
            claimCoverage.candidates[folded] = ClaimRecord.all(checking: folded, in: checker.context.store).filter { claim in
                !claim.check.isEmpty && claim.n != nil && ["", "known"].contains(claim.rule)
            }.map { ($0, Set(TextFolding.words($0.check))) }
        }
        return claimCoverage.candidates[folded]!.compactMap { candidate in
            if let fields, candidate.words.isDisjoint(with: fields) { return nil }
            let key = "\(candidate.claim.kind):\(candidate.claim.row)"
            if let known = claimCoverage.covered[key] { return known }
            let covered = claimCoverage.statements.insert(candidate.claim.statementKey).inserted
                ? self.covered(candidate.claim, checker: checker) : nil
            claimCoverage.covered[key] = covered
            return covered
        }
    }

    private func covered(_ claim: ClaimRecord, checker: ClaimChecker) -> CoveredClaim? {
        guard case .success(let checked) = checker.check(claim) else { return nil }
        let shared = sharedParts(of: claim.check, checked, store: checker.context.store)
        return CoveredClaim(checked: checked, rows: shared.rows, subjectFields: shared.subjectFields,
                            family: claim.family, judgment: ClaimJudgment.count(checked),
                            condition: shared.condition, lines: place(of: claim))
    }

    private func sharedParts(of check: String, _ checked: CheckedClaim, store: Store) -> (rows: RowSet, subjectFields: Set<String>, condition: String) {
        if let known = claimCoverage.checks[check] { return known }
        let conjuncts = Conjuncts.of(checked.query.condition)
        let parts = (rows: RowSet(capacity: store.rowCount(ofTable: checked.table) ?? 0, rows: checked.rows),
                     subjectFields: conjuncts.last?.testedFields ?? [],
                     condition: conjuncts.map(\.text).joined(separator: " and "))
        claimCoverage.checks[check] = parts
        return parts
    }

    private func place(of claim: ClaimRecord) -> String {
        if let known = claimCoverage.places[claim.source] { return known }
        let lines = claim.lines
        claimCoverage.places[claim.source] = lines
        return lines
    }
}

extension ClaimRecord {
    /// What a note says of the claim: two claims alike in all of it (a synthetic review's
    /// copies) would give the same note, so only the first is compared with answers.
    fileprivate var statementKey: String {
        [check, rule, n.map(String.init) ?? "", source, phrase, family].joined(separator: "\u{1F}")
    }
}
