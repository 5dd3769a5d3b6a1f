import RevqCore
import RevqLanguage

extension Binder {
    func bindCondition(_ condition: Condition, on source: String) throws(Diagnostic) -> BoundCondition {
        switch condition {
        case .and(let parts): return .and(try bindAll(parts, on: source))
        case .or(let parts): return .or(try bindAll(parts, on: source))
        case .not(let operand, _): return .not(try bindCondition(operand, on: source))
        case .comparison(let path, let op, let value, let operatorRange):
            return try bindComparison(path, op, value, operatorRange: operatorRange, on: source)
        case .membership(let path, let values, _):
            return try bindMembership(path, values, on: source)
        case .search(let values, _):
            return .predicate(Predicate(path: nil, test: .words(try searchWords(values[0])), text: "~ \(values[0].text)"))
        }
    }

    private func bindAll(_ parts: [Condition], on source: String) throws(Diagnostic) -> [BoundCondition] {
        var bound: [BoundCondition] = []
        for part in parts { bound.append(try bindCondition(part, on: source)) }
        return bound
    }

    /// `a != v` is `not (a = v)`: for a field with several values (or a relation) it
    /// means "none of them is v", and rows without a value match.
    private func bindComparison(_ path: FieldPath, _ op: ComparisonOperator, _ value: Literal,
                                operatorRange: SourceRange, on source: String) throws(Diagnostic) -> BoundCondition {
        let bound = try bindPath(path, from: source)
        let text = "\(path.text) \(op.rawValue) \(Binder.quoted(value))"
        if op == .notEqual {
            let test = try self.test(for: bound, .equal, value, operatorRange: operatorRange)
            return .not(.predicate(Predicate(path: bound, test: test, text: "\(path.text) = \(Binder.quoted(value))")))
        }
        let test = try self.test(for: bound, op, value, operatorRange: operatorRange)
        return .predicate(Predicate(path: bound, test: test, text: text))
    }

    /// `a in (x, y)` is `a = x or a = y`; on a vocabulary or relation it is one test.
    private func bindMembership(_ path: FieldPath, _ values: [Literal], on source: String) throws(Diagnostic) -> BoundCondition {
        let bound = try bindPath(path, from: source)
        var tests: [Test] = []
        for value in values { tests.append(try test(for: bound, .equal, value, operatorRange: value.range)) }
        let text = "\(path.text) in (\(values.map(Binder.quoted).joined(separator: ", ")))"
        if let merged = Binder.merge(tests) { return .predicate(Predicate(path: bound, test: merged, text: text)) }
        return .or(zip(tests, values).map { test, value in
            .predicate(Predicate(path: bound, test: test, text: "\(path.text) = \(Binder.quoted(value))"))
        })
    }

    private static func merge(_ tests: [Test]) -> Test? {
        var terms = Set<Int>(), rows = Set<Int>()
        for test in tests {
            switch test {
            case .terms(let some): terms.formUnion(some)
            case .related(let some): rows.formUnion(some)
            default: return nil
            }
        }
        if case .terms = tests[0] { return rows.isEmpty ? .terms(terms) : nil }
        return terms.isEmpty ? .related(rows) : nil
    }

    /// The words of a `~` value, folded; a final `*` makes the word a prefix.
    func searchWords(_ value: Literal) throws(Diagnostic) -> [SearchWord] {
        var result: [SearchWord] = []
        for typed in value.text.split(separator: " ") {
            let isPrefix = typed.hasSuffix("*")
            let words = TextFolding.words(String(isPrefix ? typed.dropLast() : typed))
            for (index, word) in words.enumerated() {
                result.append(SearchWord(word: word, isPrefix: isPrefix && index == words.count - 1))
            }
        }
        guard !result.isEmpty else {
            throw Diagnostic(.error, "nothing to search for in '\(value.text)'", at: value.range,
                             hint: "'~' needs words of letters or digits, e.g. text ~ hjemmebes*")
        }
        return result
    }

    static func quoted(_ value: Literal) -> String {
        switch value.kind {
        case .number: return value.text
        case .word, .string: return value.text.contains(" ") || value.kind == .string ? "\"\(value.text)\"" : value.text
        }
    }
}
