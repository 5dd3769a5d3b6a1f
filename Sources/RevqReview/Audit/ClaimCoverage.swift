import RevqCore
import RevqEngine
import RevqLanguage

/// A compiled claim with its rows as a bitset: an answer is compared with every claim of
/// its source, so equality and inclusion cost a word per 64 rows, not a hash per row.
struct CoveredClaim: Sendable {
    let compiled: CompiledClaim
    let rows: RowSet

    var id: String { compiled.id }
    var n: Int { compiled.n }
    var phrase: String { compiled.phrase }
    var lines: String { compiled.lines }
    var family: String { compiled.family }
    var statement: String { compiled.statement }
    var condition: String { compiled.condition }
    var subjectFields: [String] { compiled.subjectFields }
    var judgment: ClaimJudgment {
        ClaimJudgment(gives: compiled.gives, verdict: compiled.verdict, reason: compiled.reason)
    }

    /// The report's figure and the data's differ, or the data cannot decide it.
    var isContested: Bool { compiled.verdict != .agrees }
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
        var fields: Set<String> = []
        collectTestedFields(into: &fields)
        return fields
    }

    /// `testedFields` gathered into one set, not a set per node merged up the tree.
    private func collectTestedFields(into fields: inout Set<String>) {
        switch self {
        case .comparison(let path, _, _, _), .membership(let path, _, _), .emptiness(let path, _, _),
            .inNamedQuery(let path, _, _):
            fields.insert(TextFolding.fold(path.parts[0].text))
        case .search: return
        case .counted(let aggregate, _, _, _):
            if let path = aggregate.path { fields.insert(TextFolding.fold(path.parts[0].text)) }
        case .quantified(_, let inner, _), .not(let inner, _): inner.collectTestedFields(into: &fields)
        case .and(let parts), .or(let parts): for part in parts { part.collectTestedFields(into: &fields) }
        }
    }
}

/// The review's count claims, compiled once per source (or read from beside the compiled
/// dataset), and per source the claims an answer is compared with.
struct ClaimCoverageCache {
    /// The compiled claims as the storage holds them, with those compiled here added (empty
    /// when it held none): read once.
    fileprivate var stored: [UInt8]?
    /// Per folded source: its compiled claims.
    fileprivate var compiled: [String: [CompiledClaim]] = [:]
    /// Per folded source name: its claims with their rows as bitsets (one per statement).
    fileprivate var covered: [String: [CoveredClaim]] = [:]
    /// Per source and the fields an answer tests: the claims that name one of them, so a
    /// statement run again (a script's loop) looks its claims up once.
    fileprivate var mentioning: [String: [CoveredClaim]] = [:]

    /// A source and the fields an answer tests (nil: every claim of the source), as one
    /// string: a key type of its own would cost the first statement a search of every
    /// protocol conformance in the binary.
    fileprivate static func mentioningKey(table: String, fields: Set<String>?) -> String {
        guard let fields else { return table }
        return ([table] + fields.sorted()).joined(separator: "\u{1F}") + "\u{1F}"
    }

    init() {}

}

extension Reviewer {
    /// The count claims about `table`. `mentioning`, when given, asks for a list's: only the
    /// contested claims (a list is no figure, so it is compared with no sum of parts) whose
    /// check names one of those fields (a list asks only about what it tests).
    func coveredClaims(of table: String, mentioning fields: Set<String>? = nil, in context: QueryContext)
        -> [CoveredClaim]
    {
        let folded = TextFolding.fold(table)
        let key = ClaimCoverageCache.mentioningKey(table: folded, fields: fields)
        if let known = claimCoverage.mentioning[key] { return known }
        guard let fields else {
            let claims = covered(of: folded, in: context)
            claimCoverage.mentioning[key] = claims
            return claims
        }
        let claims = contested(of: folded, mentioning: fields, in: context).filter { claim in
            claim.compiled.checkWords.contains(where: fields.contains)
        }
        claimCoverage.mentioning[key] = claims
        return claims
    }

    private func covered(of folded: String, in context: QueryContext) -> [CoveredClaim] {
        if let known = claimCoverage.covered[folded] { return known }
        let claims = covering(compiledClaims(of: folded, in: context), of: folded, in: context.store)
        claimCoverage.covered[folded] = claims
        return claims
    }

    /// The contested claims about `folded` (some of them: at least those naming one of
    /// `fields`): decoded alone from the stored claims when those hold the source's, the
    /// others left as bytes (a list's first statement of a start reads one claim, not thirty).
    private func contested(of folded: String, mentioning fields: Set<String>, in context: QueryContext)
        -> [CoveredClaim]
    {
        if claimCoverage.covered[folded] == nil, claimCoverage.compiled[folded] == nil {
            if claimCoverage.stored == nil { claimCoverage.stored = compiledClaimsStorage?.read() ?? [] }
            if let stored = claimCoverage.stored,
                let decoded = CompiledClaimEncoding.decode(
                    stored, table: folded, contestedOnly: true, mentioning: fields)
            {
                return covering(decoded, of: folded, in: context.store)
            }
        }
        return covered(of: folded, in: context).filter(\.isContested)
    }

    /// The claims with their rows as bitsets, one bitset per statement.
    private func covering(_ compiled: [CompiledClaim], of folded: String, in store: Store) -> [CoveredClaim] {
        var bitsets: [String: RowSet] = [:]
        let capacity = store.tableNames.first { TextFolding.fold($0) == folded }.flatMap(store.rowCount(ofTable:)) ?? 0
        return compiled.map { claim in
            let rows = bitsets[claim.statement] ?? RowSet(capacity: capacity, rowsBelowCapacity: claim.rows)
            bitsets[claim.statement] = rows
            return CoveredClaim(compiled: claim, rows: rows)
        }
    }

    /// The compiled claims about the folded source `table`: read from `compiledClaimsStorage`
    /// when it holds that source's (kept beside the very compiled dataset they were checked
    /// against), else that source's claims checked now, once, and added there for the next start.
    func compiledClaims(of table: String, in context: QueryContext) -> [CompiledClaim] {
        if let known = claimCoverage.compiled[table] { return known }
        if claimCoverage.stored == nil { claimCoverage.stored = compiledClaimsStorage?.read() ?? [] }
        let compiled =
            claimCoverage.stored.flatMap { CompiledClaimEncoding.decode($0, table: table) }
            ?? compiledAndStored(of: table, in: context)
        claimCoverage.compiled[table] = compiled
        return compiled
    }

    /// The claims about `table`, checked now and added to the storage's.
    private func compiledAndStored(of table: String, in context: QueryContext) -> [CompiledClaim] {
        let claims = compileClaims(about: table, checker: checker(in: context))
        if let storage = compiledClaimsStorage,
            let bytes = CompiledClaimEncoding.adding(claims, about: table, to: claimCoverage.stored ?? [])
        {
            storage.write(bytes)
            claimCoverage.stored = bytes
        }
        return claims
    }

    /// Checks the claims about every source at once and stores them, naming every source
    /// (those without claims too), where the dataset was compiled by this start: its tables
    /// are in memory then, and no later first count decodes the claims table to find its own.
    package func storeEveryClaim(in context: QueryContext) {
        guard let storage = compiledClaimsStorage else { return }
        let claims = compileClaims(about: nil, checker: checker(in: context))
        let sources = Set(context.store.tableNames.map(TextFolding.fold)).union(claims.map(\.table))
        guard let bytes = CompiledClaimEncoding.encode(claims, sources: sources.sorted()) else { return }
        storage.write(bytes)
        claimCoverage.stored = bytes
    }

    /// Every count claim of the review, about every source, compiled here and not stored:
    /// what the stored claims of each source are compared with in the tests.
    func compiledClaims(in context: QueryContext) -> [CompiledClaim] {
        compileClaims(about: nil, checker: checker(in: context))
    }

    /// Each count claim about the folded source `table` (nil: any) whose check runs, checked:
    /// claims alike in all a note says of them (a synthetic review's copies) only once, as
    /// each would repeat the first one's note.
    private func compileClaims(about table: String?, checker: ClaimChecker) -> [CompiledClaim] {
        var statements: Set<String> = []
        return ClaimRecord.all(in: checker.context.store, checking: table).compactMap { claim in
            guard !claim.check.isEmpty, let n = claim.n, ["", "known"].contains(claim.rule),
                statements.insert(claim.statementKey).inserted,
                case .success(let checked) = checker.check(claim)
            else { return nil }
            let conjuncts = Conjuncts.of(checked.query.condition)
            let judgment = ClaimJudgment.count(checked)
            return CompiledClaim(
                table: claim.checkedSource, id: claim.id, n: n,
                phrase: claim.phrase, lines: claim.lines, family: claim.family, statement: checked.query.text,
                condition: conjuncts.map(\.text).joined(separator: " and "),
                checkWords: TextFolding.words(claim.check),
                subjectFields: (conjuncts.last?.testedFields ?? []).sorted(),
                rows: Self.ascendingOnce(checked.rows), verdict: judgment.verdict, gives: judgment.gives,
                reason: judgment.reason)
        }
    }
}

extension Reviewer {
    /// `rows` in ascending order, each once: a claim counts a set of rows, kept as a bitset.
    fileprivate static func ascendingOnce(_ rows: [Int]) -> [Int] {
        var previous = -1
        return rows.sorted().filter { row in
            defer { previous = row }
            return row != previous
        }
    }
}

extension ClaimRecord {
    /// What a note says of the claim: two claims alike in all of it (a synthetic review's
    /// copies) would give the same note, so only the first is compared with answers.
    fileprivate var statementKey: String {
        [check, rule, n.map(String.init) ?? "", source, phrase, family].joined(separator: "\u{1F}")
    }
}
