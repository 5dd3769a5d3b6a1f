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

    /// Calls `body` with each of `elements`, making no array for a single value: an index
    /// reads every row's value this way.
    @inline(__always)
    package func forEachElement(_ body: (Value) throws -> Void) rethrows {
        switch self {
        case .null: return
        case .list(let values): for value in values { try body(value) }
        default: try body(self)
        }
    }

    /// No value: null or an empty set (what `elements.isEmpty` says, without the array).
    package var hasNoElements: Bool {
        switch self {
        case .null: return true
        case .list(let values): return values.isEmpty
        default: return false
        }
    }

    package var isNull: Bool {
        if case .null = self { return true }
        return false
    }
}
