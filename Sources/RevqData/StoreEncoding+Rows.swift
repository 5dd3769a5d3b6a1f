import RevqCore

/// The tables of the compiled form: every row count first (so a reference can be checked
/// against its target while reading), then each table's keys and rows, one tagged value
/// per field, then where each row starts (an offset into the table's bytes, eight bytes
/// each), so one field of some rows is read at those rows without passing the others.
extension ByteWriter {
    mutating func writeRows(of table: Table) {
        let start = bytes.count
        for key in table.keys { write(key) }
        var rowStarts: [Int] = []
        rowStarts.reserveCapacity(table.count)
        for row in table.rows {
            rowStarts.append(bytes.count - start)
            for value in row { writeValue(value) }
        }
        for rowStart in rowStarts { write(UInt64(rowStart)) }
    }

    private mutating func writeValue(_ value: Value) {
        switch value {
        case .null: write(0 as UInt8)
        case .text(let text):
            write(1 as UInt8)
            write(text)
        case .integer(let number):
            write(2 as UInt8)
            write(UInt64(bitPattern: Int64(number)))
        case .number(let number):
            write(3 as UInt8)
            write(number.bitPattern)
        case .term(let index):
            write(4 as UInt8)
            write(count: index)
        case .ref(let row):
            write(5 as UInt8)
            write(count: row)
        case .list(let values):
            write(6 as UInt8)
            write(count: values.count)
            for element in values { writeValue(element) }
        }
    }
}

/// Where each table lies in a compiled file and the checksum its bytes must have, read
/// from the front at open; the tables themselves are checked and decoded on first use.
struct CompiledLayout: Sendable {
    struct Section: Sendable {
        /// Offsets into the whole file.
        let range: Range<Int>
        let checksum: UInt64
    }

    let schema: Schema
    let counts: [Int]
    let rowCounts: [String: Int]
    let sections: [Section]
}

extension ByteReader {
    /// The schema, each table's row count, and where each table lies: one after another
    /// from `tablesAt`, ending exactly at `upTo`.
    mutating func readLayout(tablesAt start: Int, upTo end: Int) throws(Malformed) -> CompiledLayout {
        let schema = try readSchema()
        var rowCounts: [String: Int] = [:]
        var counts: [Int] = []
        for source in schema.sources {
            let count = try readUInt32()
            counts.append(Int(count))
            rowCounts[source.name] = rowCounts[source.name] ?? Int(count)
        }
        var sections: [CompiledLayout.Section] = []
        var offset = start
        for _ in schema.sources {
            let length = try readUInt64()
            guard length <= UInt64(end - offset) else { throw Malformed() }
            sections.append(CompiledLayout.Section(range: offset..<offset + Int(length), checksum: try readUInt64()))
            offset += Int(length)
        }
        guard offset == end else { throw Malformed() }
        return CompiledLayout(schema: schema, counts: counts, rowCounts: rowCounts, sections: sections)
    }

    /// One table's keys and rows; with `building` false only checked: the same reads and the
    /// same checks, without making the strings and arrays (nil then).
    mutating func readTable(_ source: SourceSchema, count: Int, rowCounts: [String: Int], building: Bool)
        throws(Malformed) -> Table?
    {
        // Each key takes four bytes at least: a damaged count cannot ask for gigabytes.
        guard count <= remaining / 4 else { throw Malformed() }
        var keys: [String] = []
        keys.reserveCapacity(building ? count : 0)
        for _ in 0..<count {
            let key = try readStringBytes()
            if building { keys.append(String(decoding: key, as: UTF8.self)) }
        }
        let limits = source.fields.map { ValueLimits(field: $0, rowCounts: rowCounts) }
        var rows: [[Value]] = []
        rows.reserveCapacity(building ? count : 0)
        var rowStarts: [Int] = []
        rowStarts.reserveCapacity(count)
        for _ in 0..<count {
            rowStarts.append(offset)
            var row: [Value] = []
            row.reserveCapacity(building ? limits.count : 0)
            for limit in limits {
                let value = try readValue(limit, depth: 0, building: building)
                if building { row.append(value) }
            }
            if building { rows.append(row) }
        }
        // The stored starts must be where the rows were found: column reads trust them.
        for rowStart in rowStarts where try readUInt64() != UInt64(rowStart) { throw Malformed() }
        return building ? Table(schema: source, rows: rows, keys: keys) : nil
    }

    /// Where each of a table's `count` rows starts, as stored after its rows: each within
    /// the rows' bytes, in order. (Their bytes are checked by the table's checksum first.)
    static func storedRowStarts(in bytes: UnsafeRawBufferPointer, count: Int) throws(Malformed) -> [Int] {
        guard count <= bytes.count / 8 else { throw Malformed() }
        let rowsEnd = bytes.count - 8 * count
        var reader = ByteReader(UnsafeRawBufferPointer(rebasing: bytes[rowsEnd...]))
        var starts: [Int] = []
        starts.reserveCapacity(count)
        var previous = 0
        for _ in 0..<count {
            let start = try reader.readUInt64()
            guard start >= previous, start < rowsEnd else { throw Malformed() }
            starts.append(Int(start))
            previous = Int(start)
        }
        return starts
    }

    /// The text length (UTF-8 bytes) of field `position` in each of a table's first `limit`
    /// rows, each read where `starts` says it begins, as `.integer` (0 where it holds no
    /// text), every value passed over unmade.
    mutating func readTextLengths(_ position: Int, of source: SourceSchema, limit: Int, starts: [Int])
        throws(Malformed) -> [Value]
    {
        guard position < source.fields.count else { throw Malformed() }
        var lengths: [Value] = []
        lengths.reserveCapacity(min(starts.count, limit))
        for row in 0..<min(starts.count, limit) {
            try move(to: starts[row])
            try skipValues(position)
            let isText = try peekByte() == 1
            let start = offset
            try skipValues(1)
            // A text value is its tag, a four-byte length, then its bytes.
            lengths.append(.integer(isText ? offset - start - 5 : 0))
        }
        return lengths
    }

    /// Field `position` of `rows` (nil: every row, in order), each read where `starts` says
    /// its row begins, in that order.
    mutating func readValues(
        _ position: Int, of source: SourceSchema, rows: [Int]?, starts: [Int], rowCounts: [String: Int]
    ) throws(Malformed) -> [Value] {
        guard position < source.fields.count else { throw Malformed() }
        let limits = ValueLimits(field: source.fields[position], rowCounts: rowCounts)
        var values: [Value] = []
        values.reserveCapacity(rows?.count ?? starts.count)
        for index in 0..<(rows?.count ?? starts.count) {
            let row = rows?[index] ?? index
            guard row >= 0, row < starts.count else { throw Malformed() }
            try move(to: starts[row])
            try skipValues(position)
            values.append(try readValue(limits, depth: 0, building: true))
        }
        return values
    }

    /// A value, refused if it points outside its field's vocabulary or related table:
    /// revq indexes both without checking.
    /// With `building` false, text and lists are checked and skipped (`.null` stands for them).
    private mutating func readValue(_ limits: ValueLimits, depth: Int, building: Bool) throws(Malformed) -> Value {
        switch try readByte() {
        case 0: return .null
        case 1:
            let bytes = try readStringBytes()
            return building ? .text(String(decoding: bytes, as: UTF8.self)) : .null
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
            for _ in 0..<(try readCount()) {
                let value = try readValue(limits, depth: 1, building: building)
                if building { values.append(value) }
            }
            return building ? .list(values) : .null
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
