import RevqCore

/// The tables of the compiled form: every row count first (so a reference can be checked
/// against its target while reading), then each table's keys and rows, one tagged value
/// per field.
extension ByteWriter {
    mutating func writeRows(of table: Table) {
        for key in table.keys { write(key) }
        for row in table.rows {
            for value in row { writeValue(value) }
        }
    }

    private mutating func writeValue(_ value: Value) {
        switch value {
        case .null: write(0 as UInt8)
        case .text(let text): write(1 as UInt8); write(text)
        case .integer(let number): write(2 as UInt8); write(UInt64(bitPattern: Int64(number)))
        case .number(let number): write(3 as UInt8); write(number.bitPattern)
        case .term(let index): write(4 as UInt8); write(count: index)
        case .ref(let row): write(5 as UInt8); write(count: row)
        case .list(let values):
            write(6 as UInt8)
            write(count: values.count)
            for element in values { writeValue(element) }
        }
    }
}

extension ByteReader {
    mutating func readStore() throws(Malformed) -> Store {
        let schema = try readSchema()
        var rowCounts: [String: Int] = [:]
        var counts: [Int] = []
        for source in schema.sources {
            let count = try readCount()
            counts.append(count)
            rowCounts[source.name] = rowCounts[source.name] ?? count
        }
        var tables: [Table] = []
        for (source, count) in zip(schema.sources, counts) {
            tables.append(try readTable(source, count: count, rowCounts: rowCounts))
        }
        guard isAtEnd else { throw Malformed() }
        return Store(schema: schema, tables: tables)
    }

    private mutating func readTable(_ source: SourceSchema, count: Int, rowCounts: [String: Int]) throws(Malformed) -> Table {
        var keys: [String] = []
        keys.reserveCapacity(count)
        for _ in 0..<count { keys.append(try readString()) }
        let limits = source.fields.map { ValueLimits(field: $0, rowCounts: rowCounts) }
        var rows: [[Value]] = []
        rows.reserveCapacity(count)
        for _ in 0..<count {
            var row: [Value] = []
            row.reserveCapacity(limits.count)
            for limit in limits { row.append(try readValue(limit, depth: 0)) }
            rows.append(row)
        }
        return Table(schema: source, rows: rows, keys: keys)
    }

    /// A value, refused if it points outside its field's vocabulary or related table:
    /// revq indexes both without checking.
    private mutating func readValue(_ limits: ValueLimits, depth: Int) throws(Malformed) -> Value {
        switch try readByte() {
        case 0: return .null
        case 1: return .text(try readString())
        case 2: return .integer(Int(Int64(bitPattern: try readUInt64())))
        case 3: return .number(Double(bitPattern: try readUInt64()))
        case 4:
            let index = Int(try readUInt32())
            guard index < limits.terms else { throw Malformed() }
            return .term(index)
        case 5:
            let row = Int(try readUInt32())
            guard row < limits.rows else { throw Malformed() }
            return .ref(row)
        case 6 where depth == 0:
            var values: [Value] = []
            for _ in 0..<(try readCount()) { values.append(try readValue(limits, depth: 1)) }
            return .list(values)
        default: throw Malformed()
        }
    }
}

/// How far a field's `.term` and `.ref` values may reach.
private struct ValueLimits {
    let terms: Int
    let rows: Int

    init(field: Field, rowCounts: [String: Int]) {
        terms = field.type.vocabulary?.terms.count ?? 0
        rows = field.type.relatedSource.flatMap { rowCounts[$0] } ?? 0
    }
}
