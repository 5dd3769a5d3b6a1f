import RevqCore
import RevqEngine

/// How a claim's check turns the rows it selects into the report's figure, as declared in
/// the claim's `rule` (curated/claims.tsv). Empty: the number of rows is the figure.
///
///     ClaimRule.parse("within year|other_year")   // .within(["year", "other_year"])
enum ClaimRule: Equatable, Sendable {
    /// The rows are the figure (`n`), read with the claim's qualifier ("over", "i underkant av").
    case count
    /// The rows are the figure, and rows with an unknown value cannot match: the curated reason
    /// (`undecidable`) says why (line 617 names every lav RCT, so no unknown one is lav).
    case known
    /// The number of distinct values of a field over the rows is `n` ("syv tematiske områder").
    case distinct(String)
    /// No row may match: "alle" written as its negation ("all interventions had X" = none lacks it).
    case none
    /// The rows as a share of another statement's rows: a percentage, "majoriteten", "omtrent halvparten".
    case share(of: String)
    /// Every value of these fields lies in the range the claim states ("publisert mellom 2014 og 2024").
    case within([String])
    /// The distinct values of a field, sorted and joined by ";", are the claim's value ("83;84;94").
    case list(String)
    /// An aggregate of a numeric field over the rows is `n`.
    case aggregate(Aggregate, String)
    /// The latest month a date field gives over the rows is the claim's month ("avsluttet i april 2025").
    case lastMonth(String)
    /// The rows are exactly another statement's rows ("the only intervention that ... was home visits").
    case sameRows(as: String)
    /// The figure is in these text fields of the rows, as the tables write it ("39 skoler"): one
    /// row whose text states `n` and the claim's value agrees; else the audit shows the texts and
    /// the curated reason says why the data cannot add them up (samples in varied units).
    case stated([String])

    enum Aggregate: String, Sendable { case mean, min, max, sum }

    /// Reads a declared rule; nil when it is not one of the forms above.
    static func parse(_ text: String) -> ClaimRule? {
        let trimmed = text.trimmingSpaces()
        if trimmed.isEmpty { return .count }
        if trimmed == "none" { return ClaimRule.none }
        if trimmed == "known" { return .known }
        let (word, rest) = split(trimmed)
        switch word {
        case "share": return rest.hasPrefix("of ") ? .share(of: String(rest.dropFirst(3))) : nil
        case "within": return rest.isEmpty ? nil : .within(rest.split(separator: "|").map(String.init))
        case "list": return rest.isEmpty ? nil : .list(rest)
        case "distinct": return rest.isEmpty ? nil : .distinct(rest)
        case "last": return rest.hasPrefix("month ") ? .lastMonth(String(rest.dropFirst(6)).trimmingSpaces()) : nil
        case "same": return rest.hasPrefix("as ") ? .sameRows(as: String(rest.dropFirst(3))) : nil
        case "stated": return rest.isEmpty ? nil : .stated(rest.split(separator: "|").map(String.init))
        default: return Aggregate(rawValue: word).flatMap { rest.isEmpty ? nil : .aggregate($0, rest) }
        }
    }

    /// The statement a rule runs besides the check, if any (it must parse and bind too).
    var statement: String? {
        switch self {
        case .share(let of): return of
        case .sameRows(let other): return other
        default: return nil
        }
    }

    private static func split(_ text: String) -> (String, String) {
        guard let space = text.firstIndex(of: " ") else { return (text, "") }
        return (String(text[..<space]), String(text[text.index(after: space)...]).trimmingSpaces())
    }
}
