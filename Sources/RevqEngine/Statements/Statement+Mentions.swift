import RevqCore
import RevqLanguage

extension Statement {
    /// True when the statement reads the source `name` (as typed, ignoring case): a computed
    /// source (`audit`) is built only when one does.
    func mentions(_ name: String) -> Bool {
        let folded = TextFolding.fold(name)
        switch self {
        case .query(let query), .define(_, let query, _): return TextFolding.fold(query.source.text) == folded
        case .count(let count): return TextFolding.fold(count.query.source.text) == folded
        case .grid(let query, _): return TextFolding.fold(query.source.text) == folded
        case .chart(let inner, _, _): return inner.mentions(name)
        case .view, .why, .search: return false
        case .explain(let inner, _): return inner.mentions(name)
        case .describe(let source, _): return TextFolding.fold(source.text) == folded
        // `sources` lists a computed source unbuilt, by the rows it tells (`Introspection`).
        case .sources: return false
        }
    }
}
