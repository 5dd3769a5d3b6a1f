/// What the parser looked for where the text ends: the one source from which Tab
/// completion offers words. The parser records it as it parses, so whatever the grammar
/// lets follow, completion offers, and nothing else.
///
///     Parser.expected(atEndOf: "findings where confidence ")
///     // keywords: is, not, in; operators: = != < <= > >= ~
public struct Expected: Equatable, Sendable {
    /// Names and values, which only the dataset can spell.
    public enum Names: Equatable, Sendable {
        /// A source of the schema or a name defined with `let`.
        case sources
        /// A field of `source` (or, through relations, of a source it reaches).
        case fields(source: String)
        /// A value that `path` of `source` may hold.
        case values(source: String, path: String)
        /// Exactly these names: a count's `by` paths, which it may sort by.
        case only([String])
    }

    public internal(set) var names: [Names] = []
    /// Keywords and `*`, in the order the parser tried them.
    public internal(set) var words: [String] = []
    public internal(set) var operators: [ComparisonOperator] = []

    public init() {}

    public var isEmpty: Bool { names.isEmpty && words.isEmpty && operators.isEmpty }
}

/// Collects `Expected` while a parse for completion runs; a class, so that the parser's
/// non-mutating checks can record. Parsing to run a statement has none and pays nothing.
final class ExpectationRecorder {
    private(set) var expected = Expected()
    /// The source the statement reads, for the fields and values expected in it.
    var source: String?
    /// The path before the operator, whose values a value may be.
    var valuePath: String?

    func keyword(_ keyword: Keyword) { word(keyword.rawValue) }

    func keywords(_ keywords: [Keyword]) { keywords.forEach(keyword) }

    func word(_ word: String) {
        if !expected.words.contains(word) { expected.words.append(word) }
    }

    func names(_ names: Expected.Names) {
        if !expected.names.contains(names) { expected.names.append(names) }
    }

    func fields() {
        if let source { names(.fields(source: source)) }
    }

    func values() {
        if let source, let valuePath { names(.values(source: source, path: valuePath)) }
    }

    func operators(_ operators: [ComparisonOperator] = ComparisonOperator.allCases) {
        for op in operators where !expected.operators.contains(op) { expected.operators.append(op) }
    }
}
