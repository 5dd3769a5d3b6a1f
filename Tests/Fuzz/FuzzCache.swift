import Foundation
import Synchronization

@testable import RevqFuzz

/// libFuzzer target: the compiled cache reader (`StoreEncoding`) on a real compiled file of
/// the bundled review, cut short and with bytes flipped where the input says. The input's
/// first byte chooses whether the file is then sealed again (its length and front checksum
/// made anew, so the damage reaches the front's own checks); the rest is edits of five
/// bytes, an offset (little-endian u32) and a byte to xor there. An unsealed change must
/// be refused at open or, in a table, when that table is first used (the table then comes
/// from the fallback); a sealed one is refused or decodes to a store whose every table
/// builds and answers. Bit 4 of the first byte reads the tables field by field first. A
/// crash is a bug either way.
@_cdecl("LLVMFuzzerTestOneInput")
package func fuzzCache(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let input = Array(UnsafeBufferPointer(start: data, count: size))
    guard let flags = input.first else { return 0 }
    var bytes = FuzzCache.original
    var edits = input.dropFirst()
    while edits.count >= 5 {
        let chunk = Array(edits.prefix(5))
        edits = edits.dropFirst(5)
        let offset = Int(UInt32(chunk[0]) | UInt32(chunk[1]) << 8 | UInt32(chunk[2]) << 16 | UInt32(chunk[3]) << 24)
        if chunk[4] == 0 {
            bytes.removeLast(bytes.count - offset % (bytes.count + 1)) // cut short
        } else if !bytes.isEmpty {
            bytes[offset % bytes.count] ^= chunk[4]
        }
    }
    if flags & 1 == 1 { FuzzCache.seal(&bytes) }
    _ = StoreEncoding.identities(in: bytes)
    _ = StoreEncoding.replacingIdentities(in: bytes, with: [])
    let fellBack = Mutex(false)
    // With bit 4 set, every table's fields are read one by one (as a large review's are),
    // before any table is decoded whole.
    let readsFields = flags & 0x10 != 0
    let decoded = StoreEncoding.decode(
        bytes, key: FuzzCache.key, columnReadsFrom: readsFields ? 0 : StoreEncoding.columnReadMinimumBytes
    ) { index in
        fellBack.withLock { $0 = true }
        return FuzzSupport.store.table(at: index)
    }
    guard let store = decoded else { return 0 }
    if readsFields {
        let fields = Interpreter(store: store)
        for source in store.schema.sources.prefix(Int(flags >> 1) % 8 + 1) {
            FuzzSupport.runAndRender("\(source.name) limit 3", on: fields)
            for position in source.fields.indices { _ = store.column(position, ofTable: source.name) }
        }
    }
    for index in store.rowCounts.indices { _ = store.table(at: index) }
    if flags & 1 == 0, bytes != FuzzCache.original, !fellBack.withLock({ $0 }) {
        fatalError("fuzz: a changed compiled file was trusted (\(bytes.count) of \(FuzzCache.original.count) bytes)")
    }
    let interpreter = Interpreter(store: store)
    for source in store.schema.sources.prefix(Int(flags >> 1) % 8 + 1) {
        FuzzSupport.runAndRender("\(source.name) limit 3", on: interpreter)
    }
    return 0
}

enum FuzzCache {
    static let key = String(repeating: "ab", count: StoreEncoding.keyLength / 2)

    /// The bundled review compiled as revq writes it, with its files' identities.
    static let original: [UInt8] = {
        let files = DatasetFingerprint(directory: FuzzSupport.datasetPath, digest: .fast, known: [:]).files
        let bytes = StoreEncoding.encode(FuzzSupport.store, key: key, files: files)
        // Else every input is refused at open and the target fuzzes nothing past the header.
        precondition(StoreEncoding.decode(bytes, key: key) != nil, "fuzz: the unchanged compiled file does not decode")
        return bytes
    }()

    /// The payload's length and the front's checksum made anew, as a writer of a damaged
    /// file would (the front's length stays as written).
    static func seal(_ bytes: inout [UInt8]) {
        let at = StoreEncoding.lengthOffset
        guard bytes.count >= StoreEncoding.headerSize else { return }
        let length = UInt64(bytes.count - StoreEncoding.headerSize)
        let frontLength = bytes[(at + 8)..<(at + 16)].reversed().reduce(0) { $0 << 8 | UInt64($1) }
        guard frontLength <= length else { return }
        let sum = StoreEncoding.checksum(
            bytes[StoreEncoding.headerSize..<(StoreEncoding.headerSize + Int(frontLength))])
        for index in 0..<8 {
            bytes[at + index] = UInt8(truncatingIfNeeded: length >> (8 * UInt64(index)))
            bytes[at + 16 + index] = UInt8(truncatingIfNeeded: sum >> (8 * UInt64(index)))
        }
    }
}
