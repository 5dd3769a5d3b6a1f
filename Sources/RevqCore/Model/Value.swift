/// One stored value of a record, typed by its field.
///
/// `term` holds the index of a vocabulary value (its place on the scale, lowest first);
/// `ref` holds the row index of a record in the related source.
///
///     let confidence: Value = .term(2)   // "moderat" in the confidence vocabulary
package enum Value: Hashable, Sendable {
    case null
    case text(String)
    case integer(Int)
    case number(Double)
    case term(Int)
    case ref(Int)
    case list([Value])

    /// The values of a set or to-many field; a single value as one element; null as none.
    package var elements: [Value] {
        switch self {
        case .null: return []
        case .list(let values): return values
        default: return [self]
        }
    }

    package var isNull: Bool {
        if case .null = self { return true }
        return false
    }
}
