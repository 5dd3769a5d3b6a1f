import RevqCore

/// The compiled form of a validated `Store`: everything the loader built (schema,
/// vocabularies, thesaurus, every table's rows and keys, computed fields included), so a
/// later start skips reading, parsing and linking the TSV files.
///
/// Layout, little-endian: the magic `REVQSTOR`, the format version (u32), the cache key
/// (64 ASCII hex digits, see `StoreCache`), the payload's length (u64) and checksum (u64),
/// then the payload: first the identity and digest of each dataset file the key was made
/// of (`identities(in:)`, read before the key is known), then the store. Decoding trusts nothing: any short read, unknown tag, invalid UTF-8,
/// vocabulary index or row reference out of range makes the whole file count as absent.
/// `decode` checks all of it at open but builds only the schema; each table is built on
/// its first use (`Store`), from bytes that were checked by the same code.
///
///     let bytes = StoreEncoding.encode(store, key: key)
///     StoreEncoding.decode(bytes, key: key)   // the same store; nil for any other key
package enum StoreEncoding {
    /// Raised whenever the layout changes: an older file is then simply rebuilt.
    package static let formatVersion: UInt32 = 4
    static let magic = Array("REVQSTOR".utf8)
    static let headerSize = magic.count + 4 + 64 + 8 + 8

    package static func encode(_ store: Store, key: String) -> [UInt8] {
        encode(store, key: key, files: [])
    }

    /// `files`: dataset files whose identity vouches for their digest, so a later start
    /// can skip reading them while they keep it.
    static func encode(_ store: Store, key: String, files: [DatasetFingerprint.File]) -> [UInt8] {
        var payload = ByteWriter()
        payload.writeIdentities(files.filter { $0.identity != nil })
        payload.writeSchema(store.schema)
        for table in store.tables { payload.write(count: table.count) }
        for table in store.tables { payload.writeRows(of: table) }
        var file = ByteWriter()
        file.bytes = magic
        file.write(formatVersion)
        file.bytes += Array(key.utf8)
        file.write(UInt64(payload.bytes.count))
        file.write(checksum(payload.bytes[...]))
        file.bytes += payload.bytes
        return file.bytes
    }

    /// The store in `bytes`, or nil unless the file is whole, of this format, made for
    /// `key`, and consistent.
    package static func decode(_ bytes: [UInt8], key: String) -> Store? {
        guard key.utf8.count == 64, bytes.count >= headerSize else { return nil }
        return bytes.withUnsafeBytes { raw -> Store? in
            var header = ByteReader(UnsafeRawBufferPointer(rebasing: raw[..<headerSize]))
            guard let fileMagic = try? header.take(magic.count), fileMagic.elementsEqual(magic),
                  (try? header.readUInt32()) == formatVersion,
                  let fileKey = try? header.take(64), fileKey.elementsEqual(key.utf8),
                  let length = try? header.readUInt64(), length == UInt64(bytes.count - headerSize),
                  let sum = try? header.readUInt64(),
                  checksum(bytes[headerSize...]) == sum
            else { return nil }
            var reader = ByteReader(UnsafeRawBufferPointer(rebasing: raw[headerSize...]))
            guard (try? reader.skipIdentities()) != nil, let layout = try? reader.readLayout() else { return nil }
            return Store(schema: layout.schema, rowCounts: layout.counts) { index in
                decodeTable(index, of: layout, in: bytes)
            }
        }
    }

    /// The dataset files a compiled file names with their identities and digests, by
    /// path; empty for anything that is not one. Read before its key can be checked (the key
    /// is computed from them), so nothing here is trusted: a digest reused wrongly only
    /// makes a key that matches no file, and `decode` then refuses the store.
    static func identities(in bytes: [UInt8]) -> [String: DatasetFingerprint.File] {
        guard bytes.count >= headerSize, bytes.starts(with: magic) else { return [:] }
        return bytes.withUnsafeBytes { raw in
            var reader = ByteReader(UnsafeRawBufferPointer(rebasing: raw[headerSize...]))
            let files = (try? reader.readIdentities()) ?? []
            return Dictionary(files.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        }
    }

    /// `bytes`, a whole compiled file, with its identity table replaced by `files`: the
    /// store and key as they were, the checksum made anew. Nil when `bytes` is not whole.
    static func replacingIdentities(in bytes: [UInt8], with files: [DatasetFingerprint.File]) -> [UInt8]? {
        guard bytes.count >= headerSize else { return nil }
        let restStart: Int? = bytes.withUnsafeBytes { raw in
            var reader = ByteReader(UnsafeRawBufferPointer(rebasing: raw[headerSize...]))
            guard (try? reader.skipIdentities()) != nil else { return nil }
            return headerSize + reader.offset
        }
        guard let restStart else { return nil }
        var payload = ByteWriter()
        payload.writeIdentities(files)
        payload.bytes += bytes[restStart...]
        var file = ByteWriter()
        file.bytes = Array(bytes[..<(magic.count + 4 + 64)])
        file.write(UInt64(payload.bytes.count))
        file.write(checksum(payload.bytes[...]))
        file.bytes += payload.bytes
        return file.bytes
    }

    /// Table `index`, which `readLayout` checked with the same reads: it cannot fail here
    /// unless the bytes changed, and they are an immutable array the store holds.
    private static func decodeTable(_ index: Int, of layout: CompiledLayout, in bytes: [UInt8]) -> Table {
        bytes.withUnsafeBytes { raw in
            let section = layout.sections[index]
            var reader = ByteReader(UnsafeRawBufferPointer(rebasing: raw[headerSize + section.lowerBound..<headerSize + section.upperBound]))
            let source = layout.schema.sources[index]
            guard let table = try? reader.readTable(source, count: layout.counts[index], rowCounts: layout.rowCounts, building: true),
                  reader.isAtEnd
            else { preconditionFailure("revq: table \(source.name) of the compiled dataset was checked at open and now fails") }
            return table
        }
    }

    /// The payload's checksum (`WordChecksum`, its first lane).
    static func checksum(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        bytes.withUnsafeBytes { WordChecksum.sum($0) }
    }
}

/// Any way a compiled file fails to decode; which way does not matter, it is rebuilt.
struct Malformed: Error {}

struct ByteWriter {
    var bytes: [UInt8] = []

    mutating func write(_ value: UInt32) { withUnsafeBytes(of: value.littleEndian) { bytes += $0 } }
    mutating func write(_ value: UInt64) { withUnsafeBytes(of: value.littleEndian) { bytes += $0 } }
    mutating func write(count: Int) { write(UInt32(count)) }
    mutating func write(_ byte: UInt8) { bytes.append(byte) }

    mutating func write(_ text: String) {
        write(count: text.utf8.count)
        bytes += text.utf8
    }

    mutating func write(_ texts: [String]) {
        write(count: texts.count)
        for text in texts { write(text) }
    }
}

/// Reads the compiled form in place: every read checks its bounds first, and the bytes
/// outlive the reader (`decode` holds them for the whole read).
struct ByteReader {
    private let bytes: UnsafeRawBufferPointer
    private var position = 0

    init(_ bytes: UnsafeRawBufferPointer) {
        self.bytes = bytes
    }

    var isAtEnd: Bool { position == bytes.count }
    /// How far reading has come, from the start of `bytes`.
    var offset: Int { position }

    mutating func take(_ count: Int) throws(Malformed) -> UnsafeRawBufferPointer {
        guard count >= 0, bytes.count - position >= count else { throw Malformed() }
        defer { position += count }
        return UnsafeRawBufferPointer(rebasing: bytes[position..<position + count])
    }

    mutating func readByte() throws(Malformed) -> UInt8 {
        guard position < bytes.count else { throw Malformed() }
        defer { position += 1 }
        return bytes[position]
    }

    mutating func readUInt32() throws(Malformed) -> UInt32 {
        UInt32(littleEndian: try take(4).loadUnaligned(as: UInt32.self))
    }

    mutating func readUInt64() throws(Malformed) -> UInt64 {
        UInt64(littleEndian: try take(8).loadUnaligned(as: UInt64.self))
    }

    /// A count of things that each take at least one byte: never more than what is left,
    /// so a damaged count cannot ask for gigabytes.
    mutating func readCount() throws(Malformed) -> Int {
        let count = Int(try readUInt32())
        guard count <= bytes.count - position else { throw Malformed() }
        return count
    }

    /// Decoding cannot make an invalid string (a bad sequence becomes U+FFFD), and the
    /// checksum has already refused a changed byte; `String(validating:)` made decoding the
    /// review half as slow again.
    mutating func readString() throws(Malformed) -> String {
        String(decoding: try readStringBytes(), as: UTF8.self)
    }

    /// A string's bytes, not yet made a string.
    mutating func readStringBytes() throws(Malformed) -> UnsafeBufferPointer<UInt8> {
        let length = Int(try readUInt32())
        return try take(length).assumingMemoryBound(to: UInt8.self)
    }

    mutating func readStrings() throws(Malformed) -> [String] {
        var texts: [String] = []
        for _ in 0..<(try readCount()) { texts.append(try readString()) }
        return texts
    }
}

/// The identity table at the start of the payload.
extension ByteWriter {
    mutating func writeIdentities(_ files: [DatasetFingerprint.File]) {
        let identified = files.compactMap { file in file.identity.map { (file, $0) } }
        write(count: identified.count)
        for (file, identity) in identified {
            write(file.path)
            write(file.digest)
            for number in [UInt64(file.size), identity.device, identity.inode, identity.size] { write(number) }
            for time in [identity.modified, identity.modifiedNanoseconds, identity.changed, identity.changedNanoseconds] {
                write(UInt64(bitPattern: time))
            }
        }
    }
}

extension ByteReader {
    /// Past the identity table without making its strings: `decode` has no use for them.
    mutating func skipIdentities() throws(Malformed) {
        for _ in 0..<(try readCount()) {
            _ = try readStringBytes()
            _ = try readStringBytes()
            _ = try take(8 * 8)
        }
    }

    mutating func readIdentities() throws(Malformed) -> [DatasetFingerprint.File] {
        var files: [DatasetFingerprint.File] = []
        for _ in 0..<(try readCount()) {
            let path = try readString(), digest = try readString()
            let size = try readUInt64(), device = try readUInt64(), inode = try readUInt64(), identitySize = try readUInt64()
            var times: [Int64] = []
            for _ in 0..<4 { times.append(Int64(bitPattern: try readUInt64())) }
            guard size <= UInt64(Int.max) else { throw Malformed() }
            let identity = FileIdentity(device: device, inode: inode, size: identitySize, modified: times[0],
                                        modifiedNanoseconds: times[1], changed: times[2], changedNanoseconds: times[3])
            files.append(DatasetFingerprint.File(path: path, size: Int(size), digest: digest, identity: identity))
        }
        return files
    }
}
