import Foundation
@testable import RevqFuzz

/// libFuzzer target: the compiled cache reader (`StoreEncoding`) on a real compiled file of
/// the bundled review, cut short and with bytes flipped where the input says. The input's
/// first byte chooses whether the file is then sealed again (its length and checksum made
/// anew, so the damage reaches the payload's own checks); the rest is edits of five bytes,
/// an offset (little-endian u32) and a byte to xor there. An unsealed change must be
/// refused; a sealed one is refused or decodes to a store whose every table builds and
/// answers. A crash is a bug either way.
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
            bytes.removeLast(bytes.count - offset % (bytes.count + 1))   // cut short
        } else if !bytes.isEmpty {
            bytes[offset % bytes.count] ^= chunk[4]
        }
    }
    if flags & 1 == 1 { FuzzCache.seal(&bytes) }
    _ = StoreEncoding.identities(in: bytes)
    _ = StoreEncoding.replacingIdentities(in: bytes, with: [])
    let decoded = StoreEncoding.decode(bytes, key: FuzzCache.key)
    if flags & 1 == 0, bytes != FuzzCache.original, decoded != nil {
        fatalError("fuzz: a changed compiled file was trusted (\(bytes.count) of \(FuzzCache.original.count) bytes)")
    }
    guard let store = decoded else { return 0 }
    for index in store.rowCounts.indices { _ = store.table(at: index) }
    let interpreter = Interpreter(store: store)
    for source in store.schema.sources.prefix(Int(flags >> 1) % 8 + 1) {
        FuzzSupport.runAndRender("\(source.name) limit 3", on: interpreter)
    }
    return 0
}

enum FuzzCache {
    static let key = String(repeating: "ab", count: 32)

    /// The bundled review compiled as revq writes it, with its files' identities.
    static let original: [UInt8] = {
        let files = DatasetFingerprint(directory: FuzzSupport.datasetPath, digest: .fast, known: [:]).files
        return StoreEncoding.encode(FuzzSupport.store, key: key, files: files)
    }()

    /// The payload's length and checksum made anew, as a writer of a damaged file would.
    static func seal(_ bytes: inout [UInt8]) {
        let at = StoreEncoding.magic.count + 4 + 64
        guard bytes.count >= StoreEncoding.headerSize else { return }
        let length = UInt64(bytes.count - StoreEncoding.headerSize)
        let sum = StoreEncoding.checksum(bytes[StoreEncoding.headerSize...])
        for index in 0..<8 {
            bytes[at + index] = UInt8(truncatingIfNeeded: length >> (8 * UInt64(index)))
            bytes[at + 8 + index] = UInt8(truncatingIfNeeded: sum >> (8 * UInt64(index)))
        }
    }
}
