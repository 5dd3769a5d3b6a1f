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
    @Test(arguments: LazyDecodingTests.sources)
    func everyFieldReadAloneIsTheTablesField(source: String) throws {
        let store = try LazyDecodingTests.cachedStore()
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
            StoreEncoding.decode(damaged, key: key) { index in
                fallbacks.withLock { $0 += 1 }
                return LazyDecodingTests.fixture.loaded.table(at: index)
            })
        let theme = try #require(store.schema.source(named: "findings")?.position(of: "theme"))
        let loaded = try #require(LazyDecodingTests.fixture.loaded.table(named: "findings"))
        #expect(store.column(theme, ofTable: "findings") == loaded.rows.map { $0[theme] })
        #expect(fallbacks.withLock { $0 } == 1, "the checksum refused the bytes, and the table came from its fallback")
    }
}
