extension Condition {
    /// The condition spelt as the language writes it, so that a note can quote a
    /// condition the user can paste back.
    ///
    ///     // every study.country = Norge and note is not empty
    public var text: String {
        switch self {
        case .comparison(let path, let op, let value, _): return "\(path.text) \(op.rawValue) \(value.spelled)"
        case .membership(let path, let values, _):
            return "\(path.text) in (\(values.map(\.spelled).joined(separator: ", ")))"
        case .search(let words, _): return "~ " + words.map(\.spelled).joined(separator: " ")
        case .quantified(let quantifier, let inner, _): return quantifier.rawValue + " " + inner.text
        case .emptiness(let path, let isEmpty, _): return path.text + (isEmpty ? " is empty" : " is not empty")
        case .and(let parts): return parts.map(\.text).joined(separator: " and ")
        case .or(let parts): return "(" + parts.map(\.text).joined(separator: " or ") + ")"
        case .not(let inner, _): return "not " + inner.text
        }
    }
}

extension Literal {
    /// The value as it must be typed: a quoted string keeps its quotes (doubled inside).
    public var spelled: String {
        switch kind {
        case .string: return "\"" + text.reduce(into: "") { $0 += $1 == "\"" ? "\"\"" : String($1) } + "\""
        case .word, .number: return text
        }
    }
}
