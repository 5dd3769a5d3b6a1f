/// The figures one sentence gives for the parts of a whole it also states: line 482 counts the
/// 15 quantitative studies by country (13 + 1 + 1), by intervention and by participants (6 + 2 + 2
/// + 1 + 1 + 1 = 13). Where the data cannot check the parts, it can still say that the report's
/// own parts do not make up its whole.
///
///     StatedParts(claims: claims).shortfall(of: c0482-5)   // "... add up to 6 + 2 + 2 + 1 + 1 + 1 = 13, not the 15 of c0482-1 ..."
struct StatedParts {
    let claims: [ClaimRecord]

    /// What the parts of `claim`'s family at its line add up to, when that is not the whole
    /// (the same subject and scope, attribute `total`, at the same line); nil otherwise.
    func shortfall(of claim: ClaimRecord) -> String? {
        guard claim.n != nil,
            let attribute = claim.family.split(separator: " / ", omittingEmptySubsequences: false).last.map(
                String.init), attribute != "total"
        else { return nil }
        let scope = claim.family.dropLast(attribute.count)
        let parts = claims.filter {
            $0.kind == claim.kind && $0.family == claim.family && $0.lines == claim.lines && $0.n != nil
        }
        guard parts.count > 1,
            let whole = claims.first(where: {
                $0.kind == claim.kind && $0.family == scope + "total" && $0.lines == claim.lines
            }),
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
