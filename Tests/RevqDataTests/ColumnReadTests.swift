import Foundation
import RevqCore
import RevqTestSupport
import Synchronization
import Testing

@testable import RevqData

/// A field of a table read alone from the compiled file (`Store.column`) is the field the
/// whole table holds, row for row, and reading it decodes no table; damage falls back to
/// the table's decode.
struct ColumnReadTests {
    /// Every field of every source: text, vocabulary terms, numbers, relations, sets and
    /// computed fields, first and last position.
    /// The bundled review's compiled bytes, its fields read one by one whatever a table's
    /// size (the review's tables are all below the size revq reads so by default).
    static func columnReadingStore(_ bytes: [UInt8]) throws -> Store {
        let key = String(decoding: bytes[12..<12 + StoreEncoding.keyLength], as: UTF8.self)
        return try #require(StoreEncoding.decode(bytes, key: key, columnReadsFrom: 0))
    }

    static let compiled: [UInt8] = {
        let scratch = LazyDecodingTests.fixture.scratch
        return [UInt8](try! Data(contentsOf: URL(fileURLWithPath: scratch.cacheFile)))
    }()

    @Test(arguments: LazyDecodingTests.sources)
    func everyFieldReadAloneIsTheTablesField(source: String) throws {
        let store = try Self.columnReadingStore(Self.compiled)
        let expected = try #require(LazyDecodingTests.fixture.loaded.table(named: source))
        for position in expected.schema.fields.indices {
            #expect(
                store.column(position, ofTable: source) == expected.rows.map { $0[position] },
                "\(source).\(expected.schema.fields[position].name)")
        }
        #expect(store.decodedTableCount == 0, "no table decoded to read its fields")
        _ = store.table(named: source)
        let position = expected.schema.fields.count - 1
        #expect(store.column(position, ofTable: source) == expected.rows.map { $0[position] }, "once decoded")
    }

    /// By default a table smaller than `columnReadMinimumBytes` is decoded whole.
    @Test func aSmallTableIsDecodedWhole() throws {
        let store = try LazyDecodingTests.cachedStore()
        // "Basert på det kvalitative materialet utviklet vi 33 funn" (review-source.txt:39).
        #expect(store.column(0, ofTable: "findings")?.count == 33)
        #expect(store.decodedTableCount == 1)
    }

    /// The text lengths of a field's first rows, read alone without making the texts, are
    /// those of the table's first rows there, 0 where a row holds no text; for every field.
    @Test(arguments: LazyDecodingTests.sources)
    func leadingTextLengthsAreThoseOfTheFirstRows(source: String) throws {
        let expected = try #require(LazyDecodingTests.fixture.loaded.table(named: source))
        // Before and after a whole field's read has found where each row starts.
        for wholeFieldFirst in [false, true] {
            let store = try Self.columnReadingStore(Self.compiled)
            if wholeFieldFirst { _ = store.column(0, ofTable: source) }
            for position in expected.schema.fields.indices {
                let lengths = expected.rows.map { row in
                    if case .text(let text) = row[position] { text.utf8.count } else { 0 }
                }
                #expect(
                    store.leadingTextLengths(position, ofTable: source, count: 5) == Array(lengths.prefix(5)),
                    "\(source).\(expected.schema.fields[position].name)")
                #expect(store.leadingTextLengths(position, ofTable: source, count: 500) == lengths)
            }
            #expect(store.decodedTableCount == 0)
        }
    }

    /// A field read for a few rows holds those rows' values, in any order asked, and null in
    /// every other row; read before or after the whole of a field (which finds where each row
    /// starts), with no table decoded. Many rows, or a field read whole already, give the whole field.
    @Test(arguments: LazyDecodingTests.sources)
    func aFieldReadForSomeRowsHoldsTheirValues(source: String) throws {
        let expected = try #require(LazyDecodingTests.fixture.loaded.table(named: source))
        guard expected.count >= 3 else { return }
        let some = [expected.count - 1, 0, expected.count / 2]
        for wholeFieldFirst in [false, true] {
            let store = try Self.columnReadingStore(Self.compiled)
            if wholeFieldFirst { _ = store.column(0, ofTable: source) }
            for position in expected.schema.fields.indices {
                let name = "\(source).\(expected.schema.fields[position].name)"
                let column = try #require(store.column(position, ofTable: source, rows: some))
                #expect(column.count == expected.count, "\(name)")
                #expect(some.map { column[$0] } == some.map { expected.rows[$0][position] }, "\(name)")
                // Few of its rows, of a field not read whole before: read alone.
                if some.count * 2 < expected.count && !(wholeFieldFirst && position == 0) {
                    let others = expected.rows.indices.filter { !some.contains($0) }
                    #expect(others.allSatisfy { column[$0] == .null }, "\(name): the other rows are not read")
                } else {
                    #expect(column == expected.rows.map { $0[position] }, "\(name): the whole field")
                }
            }
            #expect(store.decodedTableCount == 0, "no table decoded to read some rows")
            let every = Array(expected.rows.indices.reversed())
            #expect(
                store.column(0, ofTable: source, rows: every) == expected.rows.map { $0[0] }, "many rows: the field")
        }
    }

    /// The row starts a compiled table stores after its rows are where its rows begin:
    /// every field read there is the table's field; starts out of order, or reaching past
    /// the rows, are refused.
    @Test func theStoredRowStartsAreWhereTheRowsBegin() throws {
        let expected = try #require(LazyDecodingTests.fixture.loaded.table(named: "findings"))
        let section = Array(Self.compiled[try TableChecksumTests.section(named: "findings", in: Self.compiled)])
        let read = { (bytes: [UInt8]) -> [[Value]]? in
            bytes.withUnsafeBytes { raw in
                guard let starts = try? ByteReader.storedRowStarts(in: raw, count: expected.count) else { return nil }
                var reader = ByteReader(raw)
                return expected.schema.fields.indices.map { position in
                    (try? reader.readValues(position, of: expected.schema, rows: nil, starts: starts, rowCounts: [:]))
                        ?? []
                }
            }
        }
        let fields = try #require(read(section))
        for position in expected.schema.fields.indices where expected.schema.fields[position].type.relatedSource == nil
        {
            #expect(fields[position] == expected.rows.map { $0[position] }, "\(expected.schema.fields[position].name)")
        }
        // The last two starts swapped, then the last moved past the rows.
        var swapped = section
        let last = section.count - 8
        for byte in 0..<8 { swapped.swapAt(last - 8 + byte, last + byte) }
        #expect(read(swapped) == nil)
        var past = section
        past.replaceSubrange(last..., with: withUnsafeBytes(of: UInt64(last).littleEndian, Array.init))
        #expect(read(past) == nil)
    }

    /// Bytes that do not read as the table's rows give no column (the table's decode then
    /// decides, and falls back to the TSV files as it does).
    @Test func aDamagedTableGivesNoColumn() throws {
        let scratch = try StoreCacheTests.Scratch()
        _ = try scratch.load()
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: scratch.cacheFile)))
        let findings = try TableChecksumTests.section(named: "findings", in: bytes)
        var damaged = bytes
        damaged[findings.upperBound - 1] ^= 0x01
        let key = String(decoding: bytes[12..<12 + StoreEncoding.keyLength], as: UTF8.self)
        let fallbacks = Mutex(0)
        let store = try #require(
            StoreEncoding.decode(damaged, key: key, columnReadsFrom: 0) { index in
                fallbacks.withLock { $0 += 1 }
                return LazyDecodingTests.fixture.loaded.table(at: index)
            })
        let theme = try #require(store.schema.source(named: "findings")?.position(of: "theme"))
        let loaded = try #require(LazyDecodingTests.fixture.loaded.table(named: "findings"))
        #expect(store.column(theme, ofTable: "findings", rows: [3]) == loaded.rows.map { $0[theme] })
        #expect(store.column(theme, ofTable: "findings") == loaded.rows.map { $0[theme] })
        #expect(fallbacks.withLock { $0 } == 1, "the checksum refused the bytes, and the table came from its fallback")
    }
}
