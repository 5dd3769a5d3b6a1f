import RevqCore
import RevqEngine
import RevqLanguage

extension Interpreter {
    /// Every check of the review run now: the rows of the `audit` source.
    package func auditEntries() -> [(id: String, verdict: String, reason: String)] {
        Auditor(checker: reviewer.checker(in: queryContext)).entries().map { ($0.id, $0.verdict.rawValue, $0.reason) }
    }

    /// The claims whose check does not parse, bind or name a known rule, and those with neither a
    /// check nor a reason the data cannot decide them: each as "id: what is wrong". Empty when every
    /// claim is checkable (the data tests require it).
    package func claimCheckProblems() -> [String] {
        let checker = reviewer.checker(in: queryContext)
        return ClaimRecord.all(in: store).compactMap { claim in
            if claim.check.isEmpty {
                return claim.undecidable.isEmpty ? "\(claim.id): no check and no reason the data cannot decide it" : nil
            }
            if case .failure(let failure) = checker.check(claim) { return "\(claim.id): \(failure.message)" }
            return nil
        }
    }

    /// The review this interpreter was given, or a fresh one (whose caches last this call)
    /// for an interpreter of the engine alone.
    var reviewer: Reviewer { review as? Reviewer ?? Reviewer() }
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
