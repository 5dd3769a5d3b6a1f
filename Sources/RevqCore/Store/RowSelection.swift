/// Which rows of a table a field is read for, when it is read alone from the compiled file.
package enum RowSelection: Sendable {
    /// Every row, in order.
    case all
    /// The first `count` rows, in order, each value read as its text's length in UTF-8
    /// bytes (`.integer`; 0 for a value that is not text): a sample's measure, no string made.
    case leadingTextLengths(Int)
    /// These rows, in this order (the rows a statement shows).
    case only([Int])
}
