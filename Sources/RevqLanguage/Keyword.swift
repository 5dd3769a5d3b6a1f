/// The reserved words of the query language, spelled as the user types them.
///
/// Source and field names are not keywords: they come from the schema at run time.
/// Keywords match ignoring case (`WHERE`, `Where`).
///
///     Keyword(spelling: "Where")   // .where
package enum Keyword: String, CaseIterable, Sendable {
    case `where`, and, or, not, `in`
    case show, sort, by, asc, desc, limit
    case count, `let`, explain, sources, describe
    // Quantifiers and emptiness tests (issue 8). `any`, `every`, `no` and `empty` are
    // soft: a value may still be spelled so (`relasjon = no`, a synonym of Nei).
    case any, every, no, `is`, empty
    // Aggregates of `count ... show`.
    case min, max, sum, avg, median
    // Workshop views of the findings (issue 10).
    case profile, soqf, why, grid, chart, check
    // `chart stacked count ...`: soft, so a field or value may still be called so.
    case stacked
    // `limit 1 with ties` (SQL's FETCH FIRST ... WITH TIES): soft, so a search may hold "with".
    case with, ties
    // `show count, percent` and `count(distinct study.country)`: soft, as words of a value.
    case percent, distinct
    // `search hjemmebesøk`: every source at once; soft, and a field may be called so.
    case search
    // `sort by score`, `show score`: how well a row matches the query's `~` search (BM25);
    // soft, so a search may hold the word. Not `relevance`: findings has a field of that name.
    case score

    /// The keyword `spelling` names, ignoring case; nil for any other word.
    package init?(spelling: some StringProtocol) {
        guard spelling.utf8.allSatisfy({ $0 < 0x80 }) else {
            self.init(rawValue: spelling.lowercased())
            return
        }
        self.init(asciiSpelling: spelling.utf8)
    }

    /// The keyword an ASCII word spells, ignoring case, without making a `String`: the
    /// lexer's question for every word. Keywords are short, so a word's bytes fit one integer.
    init?(asciiSpelling word: some Collection<UInt8>) {
        guard word.count <= 8, let keyword = Keyword.find(packed: Keyword.packed(word)) else {
            guard word.count > 8, word.count <= Keyword.longestSpelling else { return nil }
            self.init(rawValue: String(decoding: word, as: UTF8.self).lowercased())
            return
        }
        self = keyword
    }

    /// Up to 8 ASCII bytes, lowercased, as one integer.
    private static func packed(_ word: some Collection<UInt8>) -> UInt64 {
        word.reduce(0) { packed, byte in
            let lower = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
            return packed << 8 | UInt64(lower)
        }
    }

    /// The keywords of at most 8 bytes by their packed spelling, in order: a word is found
    /// by bisection, a few integer comparisons and no hashing.
    private static let byPackedSpelling = allCases.filter { $0.rawValue.utf8.count <= 8 }
        .map { (packed: packed($0.rawValue.utf8), keyword: $0) }.sorted { $0.packed < $1.packed }

    private static func find(packed: UInt64) -> Keyword? {
        var low = 0
        var high = byPackedSpelling.count
        while low < high {
            let middle = (low + high) / 2
            if byPackedSpelling[middle].packed < packed { low = middle + 1 } else { high = middle }
        }
        return low < byPackedSpelling.count && byPackedSpelling[low].packed == packed
            ? byPackedSpelling[low].keyword : nil
    }

    private static let longestSpelling = allCases.map(\.rawValue.utf8.count).max() ?? 0

    /// Keywords that begin a statement, offered first by completion.
    package static let statementStarts = allCases.filter { $0.roles.contains(.statementStart) }

    /// The quantifiers that may open a comparison: `every study.country = Norge`.
    package static let quantifiers = allCases.filter { $0.roles.contains(.quantifier) }

    /// Keywords that still read as a bare value where a value goes (`kompetanse = no`).
    package static let softKeywords = Set(allCases.filter { $0.roles.contains(.soft) })

    /// Keywords that are a field's name where a field is expected:
    /// `claims where check is empty` (the claims' `check` field).
    package static let statementOnlyKeywords = Set(allCases.filter { $0.roles.contains(.statementOnly) })

    /// The one keyword `word` misspells by a single edit (a letter wrong, missing, extra
    /// or two letters swapped); nil when none is that close, or more than one is.
    package static func nearest(to word: String) -> Keyword? {
        let typed = Array(word.lowercased())
        guard typed.count >= 3 else { return nil }
        let near = allCases.filter { isOneEdit(typed, Array($0.rawValue)) }
        return near.count == 1 ? near[0] : nil
    }

    private static func isOneEdit(_ a: [Character], _ b: [Character]) -> Bool {
        if a == b { return false }
        if a.count == b.count {
            let differences = a.indices.filter { a[$0] != b[$0] }
            if differences.count == 1 { return true }
            return differences.count == 2 && differences[1] == differences[0] + 1
                && a[differences[0]] == b[differences[1]] && a[differences[1]] == b[differences[0]]
        }
        let (short, long) = a.count < b.count ? (a, b) : (b, a)
        guard long.count == short.count + 1 else { return false }
        var index = 0
        while index < short.count, short[index] == long[index] { index += 1 }
        return short[index...] == long[(index + 1)...]
    }
}
