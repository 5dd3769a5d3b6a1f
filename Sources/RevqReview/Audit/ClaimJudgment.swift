import RevqCore
import RevqEngine

/// What a checked claim's rows give and whether that is what the report states.
struct ClaimJudgment: Sendable {
    let gives: String
    let verdict: Verdict
    let reason: String

    /// Judges `checked` under its rule; `values` reads a field over the check's rows (lists
    /// flattened), `texts` a row's values of the fields as shown.
    static func judge(_ checked: CheckedClaim, values: (String) -> [Value], texts: (Int, [String]) -> [String])
        -> ClaimJudgment
    {
        let claim = checked.claim
        switch checked.rule {
        case .count, .known: return count(checked)
        case .distinct(let field):
            let distinct = Set(values(field)).count
            let agrees = figureAgrees(Double(distinct), claim)
            return ClaimJudgment(
                gives: "\(distinct) distinct", verdict: agrees ? .agrees : .disagrees,
                reason: agrees ? "" : "the report states \(claim.n.map(String.init) ?? claim.value)")
        case .none:
            return ClaimJudgment(
                gives: "\(checked.rows.count) against it", verdict: checked.rows.isEmpty ? .agrees : .disagrees,
                reason: checked.rows.isEmpty ? "" : "\(checked.rows.count) rows do not have it")
        case .share:
            let whole = checked.otherRows?.count ?? 0
            let percent = whole == 0 ? 0 : Double(checked.rows.count) * 100 / Double(whole)
            let gives = "\(checked.rows.count) of \(whole) (\(Int((percent).rounded())) %)"
            let agrees = shareAgrees(percent, claim)
            return ClaimJudgment(
                gives: gives, verdict: agrees ? .agrees : .disagrees,
                reason: agrees ? "" : "the report states \(claim.states)")
        case .within(let fields):
            let numbers = fields.flatMap { field in values(field).compactMap(number) }
            guard let bounds = range(claim.value), let low = numbers.min(), let high = numbers.max() else {
                return ClaimJudgment(
                    gives: "no values", verdict: .undecided, reason: "the data has no values to compare")
            }
            let outside = numbers.filter { $0 < bounds.0 || $0 > bounds.1 }.map { format($0) }
            return ClaimJudgment(
                gives: "\(format(low))-\(format(high))", verdict: outside.isEmpty ? .agrees : .disagrees,
                reason: outside.isEmpty ? "" : "outside \(claim.value): \(outside.joined(separator: ", "))")
        case .list(let field):
            let listed = Set(values(field).compactMap(number)).sorted().map(format).joined(separator: ";")
            let stated = claim.value.split(separator: ";").map { $0.trimmingSpaces() }.joined(separator: ";")
            return ClaimJudgment(
                gives: listed, verdict: listed == stated ? .agrees : .disagrees,
                reason: listed == stated ? "" : "the report lists \(stated)")
        case .aggregate(let aggregate, let field):
            let numbers = values(field).compactMap(number)
            guard let figure = ClaimJudgment.aggregate(aggregate, numbers) else {
                return ClaimJudgment(
                    gives: "no values", verdict: .undecided, reason: "the data has no \(field) to aggregate")
            }
            let agrees = figureAgrees(figure, claim)
            return ClaimJudgment(
                gives: "\(aggregate.rawValue) \(format(figure)) over \(numbers.count) rows",
                verdict: agrees ? .agrees : .disagrees,
                reason: agrees
                    ? ""
                    : "the report states \([claim.qualifier, claim.n.map(String.init) ?? ""].filter { !$0.isEmpty }.joined(separator: " "))"
            )
        case .lastMonth(let field):
            let texts = values(field).map { value -> String in if case .text(let text) = value { text } else { "" } }
            let months = texts.compactMap(MonthOfYear.init)
            guard let last = months.max(), let stated = MonthOfYear(claim.value) else {
                return ClaimJudgment(
                    gives: "no dates", verdict: .undecided, reason: "no row gives a date with its year")
            }
            let gives = "\(last) (latest of \(months.count) dated rows)"
            return ClaimJudgment(
                gives: gives, verdict: last == stated ? .agrees : .disagrees,
                reason: last == stated ? "" : "the report states \(claim.value)")
        case .sameRows:
            let same = Set(checked.rows) == Set(checked.otherRows ?? [])
            return ClaimJudgment(
                gives: "\(checked.rows.count) rows", verdict: same ? .agrees : .disagrees,
                reason: same ? "" : "the rows differ from those of the rule's statement")
        case .stated(let fields):
            return stated(checked, texts: checked.rows.map { texts($0, fields) })
        }
    }

    /// The figure as the rows' texts state it: one row whose text holds "n value" ("39 skoler")
    /// agrees; otherwise the texts are what the data gives and the claim's reason says why it
    /// cannot add them up.
    static func stated(_ checked: CheckedClaim, texts: [[String]]) -> ClaimJudgment {
        let claim = checked.claim
        let shown = texts.map { $0.joined(separator: " / ") }.joined(separator: "; ")
        if texts.count == 1, let n = claim.n, !claim.value.isEmpty {
            let figure = TextFolding.fold("\(n) \(claim.value)")
            if texts[0].contains(where: { TextFolding.fold($0.replacing("\u{a0}", with: " ")).contains(figure) }) {
                return ClaimJudgment(gives: shown, verdict: .agrees, reason: "")
            }
        }
        let why = claim.undecidable.isEmpty ? "the data states the figure only as text" : claim.undecidable
        return ClaimJudgment(gives: shown, verdict: .undecided, reason: why)
    }

    /// A count with unknowns is a range: inside it the data cannot decide.
    static func count(_ checked: CheckedClaim) -> ClaimJudgment {
        let found = checked.rows.count
        let unknown = checked.unknown.count
        let gives = unknown == 0 ? "\(found)" : "\(found) (and \(unknown) unknown)"
        guard let n = checked.claim.n else {
            return ClaimJudgment(gives: gives, verdict: .undecided, reason: "the report states no number")
        }
        if unknown > 0 && (found...(found + unknown)).contains(n) {
            let why =
                checked.claim.undecidable.isEmpty
                ? "\(unknown) of the rows have the value unknown" : checked.claim.undecidable
            return ClaimJudgment(gives: gives, verdict: .undecided, reason: why)
        }
        let agrees = figureAgrees(Double(found), checked.claim)
        return ClaimJudgment(
            gives: gives, verdict: agrees ? .agrees : .disagrees,
            reason: agrees ? "" : "the report states \(n), the data gives \(gives)")
    }

    /// A figure against `n`, read with the claim's qualifier.
    static func figureAgrees(_ figure: Double, _ claim: ClaimRecord) -> Bool {
        guard let n = claim.n.map(Double.init) else { return false }
        switch claim.qualifier.lowercased() {
        case "over": return figure > n
        case "i underkant av": return figure < n && figure >= n - 1
        default: return figure.rounded() == n
        }
    }

    static func shareAgrees(_ percent: Double, _ claim: ClaimRecord) -> Bool {
        switch claim.qualifier.lowercased() {
        case "majoriteten", "de fleste": return percent > 50
        case "omtrent halvparten": return percent >= 40 && percent <= 60
        case "ca.": return claim.n.map { abs(percent - Double($0)) <= 5 } ?? false
        default: return claim.n.map { abs(percent - Double($0)) < 1 } ?? false
        }
    }

    static func aggregate(_ aggregate: ClaimRule.Aggregate, _ numbers: [Double]) -> Double? {
        guard !numbers.isEmpty else { return nil }
        switch aggregate {
        case .mean: return numbers.reduce(0, +) / Double(numbers.count)
        case .min: return numbers.min()
        case .max: return numbers.max()
        case .sum: return numbers.reduce(0, +)
        }
    }

    static func number(_ value: Value) -> Double? {
        switch value {
        case .integer(let n): return Double(n)
        case .number(let n): return n
        default: return nil
        }
    }

    /// "2014-2024" as its two ends.
    static func range(_ text: String) -> (Double, Double)? {
        let ends = text.split(separator: "-").compactMap { Double($0.trimmingSpaces()) }
        return ends.count == 2 ? (ends[0], ends[1]) : nil
    }

    static func format(_ number: Double) -> String {
        // A whole number past Int (a hostile dataset's 1e300) is printed as a double, not converted.
        if number == number.rounded(), let whole = Int(exactly: number) { return String(whole) }
        return String((number * 10).rounded() / 10)
    }
}
