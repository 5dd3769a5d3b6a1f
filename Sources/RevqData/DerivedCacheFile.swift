/// What a higher layer derives from a compiled dataset and keeps beside it (the claims'
/// checks, compiled once): a file next to the compiled dataset, filed under the same key, so
/// it is read only with the very store it was derived from. Like the compiled file it is
/// never trusted: a file of another key, cut short or damaged (its checksum) counts as
/// absent, and is written whole or not at all.
///
///     let (store, derived) = try cache.loadWithDerived(directory: dir, name: "claims")
///     derived?.read()            // the bytes written under this store's key, or nil
///     derived?.write(bytes)
package struct DerivedCacheFile: Sendable {
    package let path: String
    let folder: String
    /// The key of the compiled dataset the bytes are derived from.
    let key: String
    /// The compiled dataset was written by this start (the dataset had changed): what is
    /// derived from it is best derived now, while every table is in memory.
    package var storeCompiledNow = false

    /// How every derived file begins, whatever its version: a file that begins so is revq's
    /// to replace (one of an older version too).
    static let magic = Array("revq derived ".utf8)
    /// The version of the layout and checksum; a file of another is absent.
    static let version = "2"

    /// The bytes last written under this key, or nil.
    package func read() -> [UInt8]? {
        guard var file = try? FileBytes.read(path) else { return nil }
        let header = Self.header(key: key)
        guard file.count >= header.count + 8, file.starts(with: header) else { return nil }
        let stored = file[header.count..<(header.count + 8)].enumerated().reduce(UInt64(0)) {
            $0 | UInt64($1.element) << (8 * UInt64($1.offset))
        }
        // Checked in place, and the header dropped from the bytes read rather than the
        // payload copied: a large review's claims are megabytes.
        let sum = file.withUnsafeBytes { WordChecksum.sum(UnsafeRawBufferPointer(rebasing: $0[(header.count + 8)...])) }
        guard stored == sum else { return nil }
        file.removeSubrange(0..<(header.count + 8))
        return file
    }

    /// Writes `payload` under this key; false when the folder cannot be written (the
    /// file only saves time, so callers go on without it).
    @discardableResult
    package func write(_ payload: [UInt8]) -> Bool {
        var file = Self.header(key: key)
        let sum = Self.checksum(payload)
        file += (0..<8).map { UInt8(truncatingIfNeeded: sum >> (8 * UInt64($0))) }
        file += payload
        return CacheFile.replace(path, in: folder, with: file, magic: Self.magic)
    }

    private static func header(key: String) -> [UInt8] {
        magic + Array(version.utf8) + [0x0A] + Array(key.utf8) + [0x0A]
    }

    private static func checksum(_ payload: [UInt8]) -> UInt64 {
        payload.withUnsafeBytes { WordChecksum.sum($0) }
    }
}
