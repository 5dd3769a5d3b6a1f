/// What a keyword may do besides being itself where the grammar names it.
///
///     Keyword.no.roles   // [.quantifier, .soft]
package struct KeywordRoles: OptionSet, Sendable {
    package let rawValue: UInt8
    package init(rawValue: UInt8) { self.rawValue = rawValue }

    /// Begins a statement; completion offers it first.
    package static let statementStart = KeywordRoles(rawValue: 1 << 0)
    /// Opens a comparison over several values: `every study.country = Norge`.
    package static let quantifier = KeywordRoles(rawValue: 1 << 1)
    /// Still reads as a bare value where a value goes: `relasjon = no`.
    package static let soft = KeywordRoles(rawValue: 1 << 2)
    /// Belongs only to a statement's opening words, so where a field is expected it is a
    /// field's name: `claims where check is empty`.
    package static let statementOnly = KeywordRoles(rawValue: 1 << 3)
}

extension Keyword {
    /// Every keyword's roles in one place: the switch has no default, so a new keyword
    /// cannot be added without saying what it may do.
    package var roles: KeywordRoles {
        switch self {
        case .where, .and, .or, .not, .in, .show, .sort, .by, .asc, .desc, .limit, .is,
            .min, .max, .sum, .avg, .median:
            return []
        case .count, .let, .explain, .sources, .describe:
            return .statementStart
        // Soft (issue 8): a value may still be spelled so, `relasjon = no` (a synonym of Nei).
        case .any, .every, .no:
            return [.quantifier, .soft]
        case .empty, .with, .ties, .percent, .distinct, .score:
            return .soft
        // The views' words are soft too: a title may hold "Why" (`excluded where title ~ why`).
        case .profile, .soqf, .why, .grid, .chart, .check, .search:
            return [.statementStart, .soft, .statementOnly]
        case .stacked:
            return [.soft, .statementOnly]
        }
    }
}
