/// The figures one sentence gives for the parts of a whole it also states: line 482 counts the
/// 15 quantitative studies by country (13 + 1 + 1), by intervention and by participants (6 + 2 + 2
/// + 1 + 1 + 1 = 13). Where the data cannot check the parts, it can still say that the report's
/// own parts do not make up its whole.
///
///     StatedParts(claims: claims).shortfall(of: c0482-5)   // "... add up to 6 + 2 + 2 + 1 + 1 + 1 = 13, not the 15 of c0482-1 ..."
struct StatedParts {
    /// Per kind, family and line: its claims with a figure, a claim alike in all but its id
    /// (a synthetic review's copy) only once, as the sentence states each part once.
    private let parts: [Group: [ClaimRecord]]
    /// Per kind, family and line: its first claim, the whole when the family's attribute is `total`.
    private let first: [Group: ClaimRecord]

    private struct Group: Hashable {
        let kind: String
        let family: String
        let lines: String
    }

    /// Indexed once, so each claim looks its parts up instead of filtering every claim.
    init(claims: [ClaimRecord]) {
        var parts: [Group: [ClaimRecord]] = [:]
        var first: [Group: ClaimRecord] = [:]
        var seen: Set<[String]> = []
        for claim in claims {
            let group = Group(kind: claim.kind, family: claim.family, lines: claim.lines)
            if first[group] == nil { first[group] = claim }
            if claim.n != nil, seen.insert(claim.content).inserted { parts[group, default: []].append(claim) }
        }
        (self.parts, self.first) = (parts, first)
    }

    /// What the parts of `claim`'s family at its line add up to, when that is not the whole
    /// (the same subject and scope, attribute `total`, at the same line); nil otherwise.
    func shortfall(of claim: ClaimRecord) -> String? {
        guard claim.n != nil,
            let attribute = claim.family.split(separator: " / ", omittingEmptySubsequences: false).last.map(
                String.init), attribute != "total"
        else { return nil }
        let scope = claim.family.dropLast(attribute.count)
        let parts = self.parts[Group(kind: claim.kind, family: claim.family, lines: claim.lines)] ?? []
        guard parts.count > 1,
            let whole = first[Group(kind: claim.kind, family: String(scope) + "total", lines: claim.lines)],
            let total = whole.n
        else { return nil }
        let figures = parts.map { $0.n! }
        let sum = figures.reduce(0, +)
        guard sum != total else { return nil }
        let terms = figures.map(String.init).joined(separator: " + ")
        return
            "the report's own figures for the \(parts.count) groups of \(attribute) (\(parts.first!.id) to \(parts.last!.id)) add up to "
            + "\(terms) = \(sum), not the \(total) of \(whole.id) (\"\(whole.phrase)\"): they do not cover all \(total)"
    }
}
