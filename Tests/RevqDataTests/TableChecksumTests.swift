import Foundation
import RevqCore
import RevqTestSupport
import Testing

@testable import RevqData

/// Each table of a compiled file has a checksum of its own, checked when the table is first
/// used: a damaged table does not slow or stop the start, and is answered from the TSV
/// files, which also write the compiled file anew.
struct TableChecksumTests {
    @Test func aDamagedTableIsAnsweredFromTheTSVFiles() throws {
        let scratch = try StoreCacheTests.Scratch()
        #expect(try scratch.load().outcome == .written)
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: scratch.cacheFile)))
        let findings = try Self.section(named: "findings", in: bytes)
        bytes[findings.lowerBound + findings.count / 2] ^= 0x20
        try Data(bytes).write(to: URL(fileURLWithPath: scratch.cacheFile))

        let (store, outcome) = try scratch.load()
        #expect(outcome == .reused, "a table's bytes are not read at open")
        #expect(store.decodedTableCount == 0)
        let loaded = try DatasetLoader.load(directory: scratch.dataset)
        let table = try #require(store.table(named: "findings"))
        // "Basert på det kvalitative materialet utviklet vi 33 funn" (review-source.txt:39).
        #expect(table.count == 33)
        #expect(table.rows == loaded.table(named: "findings")?.rows)
        expectSameStore(store, loaded)

        let rewritten = [UInt8](try Data(contentsOf: URL(fileURLWithPath: scratch.cacheFile)))
        #expect(rewritten != bytes, "the damaged compiled file is replaced")
        let key = String(decoding: rewritten[12..<12 + StoreEncoding.keyLength], as: UTF8.self)
        #expect(StoreCacheTests.trusted(rewritten, key: key))
        #expect(try scratch.load().outcome == .reused)
    }

    /// Damage to a table no statement uses costs nothing: the other tables decode from
    /// the compiled file, none from the fallback.
    @Test func aDamagedTableDoesNotTouchTheOthers() throws {
        let scratch = try StoreCacheTests.Scratch()
        #expect(try scratch.load().outcome == .written)
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: scratch.cacheFile)))
        let findings = try Self.section(named: "findings", in: bytes)
        bytes[findings.upperBound - 1] ^= 0x01
        let key = String(decoding: bytes[12..<12 + StoreEncoding.keyLength], as: UTF8.self)
        let store = try #require(
            StoreEncoding.decode(bytes, key: key) { index in
                Issue.record("table \(index) fell back")
                return Table(
                    schema: SourceSchema(name: "", key: "", label: "", description: "", fields: []), rows: [], keys: [])
            })
        for (index, name) in store.tableNames.enumerated() where name != "findings" {
            #expect(store.table(at: index).count == store.rowCounts[index])
        }
        #expect(!StoreCacheTests.trusted(bytes, key: key))
    }

    /// Where the table named `name` lies in a compiled file, read from its front.
    static func section(named name: String, in bytes: [UInt8]) throws -> Range<Int> {
        let lengths = StoreEncoding.lengthOffset + 8
        let frontLength = Int(bytes[lengths..<lengths + 8].reversed().reduce(0) { $0 << 8 | UInt64($1) })
        let tablesStart = StoreEncoding.headerSize + frontLength
        let layout = try bytes.withUnsafeBytes { raw in
            var reader = ByteReader(UnsafeRawBufferPointer(rebasing: raw[StoreEncoding.headerSize..<tablesStart]))
            try reader.skipIdentities()
            return try reader.readLayout(tablesAt: tablesStart, upTo: bytes.count)
        }
        let index = try #require(layout.schema.sources.firstIndex { $0.name == name })
        return layout.sections[index].range
    }
}
