/// Which rows of a table a field is read for, when it is read alone from the compiled file.
package enum RowSelection: Sendable {
    /// Every row, in order.
    case all
    /// The first `count` rows, in order (a sample of a field).
    case leading(Int)
    /// These rows, in this order (the rows a statement shows).
    case only([Int])
}
