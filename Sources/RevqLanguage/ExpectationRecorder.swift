import RevqCore

/// Collects `Expected` at one token while a parse runs: the end of the text, for
/// completion, or the token a failed parse stopped at, for its error message. A class, so
/// that the parser's non-mutating checks can record. A parse that runs a statement has
/// none and pays nothing; a failed one is parsed a second time with one (`Parser.parse`).
final class ExpectationRecorder {
    private(set) var expected = Expected()
    /// The index of the token whose expectations are collected.
    let position: Int
    /// The source the statement reads, for the fields and values expected in it.
    var source: String?
    /// The path before the operator, whose values a value may be.
    var valuePath: String?

    init(position: Int) {
        self.position = position
    }

    func keyword(_ keyword: Keyword) { word(keyword.rawValue) }

    func keywords(_ keywords: [Keyword]) { keywords.forEach(keyword) }

    func word(_ word: String) { expected.add(word: word) }

    func names(_ names: Expected.Names) { expected.add(names) }

    func other(_ other: Expected.Other) { expected.add(other) }

    func fields() {
        if let source { names(.fields(source: source)) } else { other(.field) }
    }

    func values() {
        if let source, let valuePath { names(.values(source: source, path: valuePath)) } else { other(.value) }
    }

    func operators(_ operators: [ComparisonOperator] = ComparisonOperator.allCases) {
        for op in operators { expected.add(operator: op.rawValue) }
    }
}
