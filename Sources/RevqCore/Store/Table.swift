/// The records of one source, row-major, one value per field of its schema.
///
/// Computed fields (`reverse:`, `count:`) are materialised at load, so every field of
/// every row can be read the same way.
public struct Table: Sendable {
    public let schema: SourceSchema
    public private(set) var rows: [[Value]]
    /// Each row's key as written in the data file, in row order (the compiled cache keeps them).
    public let keys: [String]
    private let rowByKey: [String: Int]

    public init(schema: SourceSchema, rows: [[Value]], keys: [String]) {
        self.schema = schema
        self.rows = rows
        self.keys = keys
        self.rowByKey = Dictionary(keys.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
    }

    public var name: String { schema.name }
    public var count: Int { rows.count }

    /// The row whose key field is `key`, compared exactly as written in the data.
    public func row(withKey key: String) -> Int? {
        rowByKey[key]
    }

    /// The value of `fieldName` in row `row`; nil when the source has no such field.
    public func value(row: Int, field fieldName: String) -> Value? {
        schema.position(of: fieldName).map { rows[row][$0] }
    }

    /// Replaces one value; used by the loader to fill computed fields.
    public mutating func set(_ value: Value, row: Int, position: Int) {
        rows[row][position] = value
    }
}
