/// The records of one source, row-major, one value per field of its schema.
///
/// Computed fields (`reverse:`, `count:`) are materialised at load, so every field of
/// every row can be read the same way.
package struct Table: Sendable {
    package let schema: SourceSchema
    package private(set) var rows: [[Value]]
    /// Each row's key as written in the data file, in row order (the compiled cache keeps them).
    package let keys: [String]
    private let rowByKey: [String: Int]

    package init(schema: SourceSchema, rows: [[Value]], keys: [String]) {
        self.schema = schema
        self.rows = rows
        self.keys = keys
        self.rowByKey = Dictionary(keys.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
    }

    package var name: String { schema.name }
    package var count: Int { rows.count }

    /// The row whose key field is `key`, compared exactly as written in the data.
    package func row(withKey key: String) -> Int? {
        rowByKey[key]
    }

    /// The value of `fieldName` in row `row`; nil when the source has no such field.
    package func value(row: Int, field fieldName: String) -> Value? {
        schema.position(of: fieldName).map { rows[row][$0] }
    }

    /// Replaces one value; used by the loader to fill computed fields.
    package mutating func set(_ value: Value, row: Int, position: Int) {
        rows[row][position] = value
    }
}
