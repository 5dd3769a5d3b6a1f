import RevqCore

/// The compiled form of a validated `Store`: everything the loader built (schema,
/// vocabularies, thesaurus, every table's rows and keys, computed fields included), so a
/// later start skips reading, parsing and linking the TSV files.
///
/// Layout, little-endian: the magic `REVQSTOR`, the format version (u32), the cache key
/// (`keyLength` ASCII hex digits, see `StoreCache`), the payload's length (u64), then the front's
/// length (u64) and checksum (u64). The payload is the front, then each table's bytes.
/// The front holds the identity and digest of each dataset file the key was made of
/// (`identities(in:)`, read before the key is known), the schema, each table's row count,
/// and each table's length and checksum. Decoding trusts nothing: any short read, unknown
/// tag, invalid UTF-8, vocabulary index or row reference out of range makes the file, or
/// the table, count as absent. `decode` checks only the front, so opening costs the same
/// for any size of review; each table is checked against its own checksum and built on
/// its first use (`Store`), and one that fails is taken from `fallback` instead.
///
///     let bytes = StoreEncoding.encode(store, key: key)
///     StoreEncoding.decode(bytes, key: key)   // the same store; nil for any other key
package enum StoreEncoding {
    /// Raised whenever the layout changes: an older file is then simply rebuilt.
    package static let formatVersion: UInt32 = 8
    static let magic = Array("REVQSTOR".utf8)
    /// The key's length: 128 bits as hex digits (`StoreCache.key`).
    package static let keyLength = 32
    static let headerSize = magic.count + 4 + keyLength + 8 + 8 + 8
    /// Where the payload's length begins: what precedes it never changes for a key.
    static let lengthOffset = magic.count + 4 + keyLength

    /// A table that fails its checks where no fallback was given: only tests decode so.
    package static let noFallback: @Sendable (Int) -> Table = { index in
        preconditionFailure("revq: table \(index) of a compiled dataset failed its checks and no fallback was given")
    }

    package static func encode(_ store: Store, key: String) -> [UInt8] {
        encode(store, key: key, files: [])
    }

    /// `files`: dataset files whose identity vouches for their digest, so a later start
    /// can skip reading them while they keep it.
    static func encode(_ store: Store, key: String, files: [DatasetFingerprint.File]) -> [UInt8] {
        var front = ByteWriter()
        front.writeIdentities(files.filter { $0.identity != nil })
        front.writeSchema(store.schema)
        let tables = store.tables
        for table in tables { front.write(count: table.count) }
        var sections = ByteWriter()
        for table in tables {
            let start = sections.bytes.count
            sections.writeRows(of: table)
            front.write(UInt64(sections.bytes.count - start))
            front.write(checksum(sections.bytes[start...]))
        }
        return sealed(key: Array(key.utf8), front: front.bytes[...], tables: sections.bytes[...])
    }

    /// A whole file: the header made for `front`, then `front` and `tables`.
    private static func sealed(key: [UInt8], front: ArraySlice<UInt8>, tables: ArraySlice<UInt8>) -> [UInt8] {
        var file = ByteWriter()
        file.bytes.reserveCapacity(headerSize + front.count + tables.count)
        file.bytes = magic
        file.write(formatVersion)
        file.bytes += key
        file.write(UInt64(front.count + tables.count))
        file.write(UInt64(front.count))
        file.write(checksum(front))
        file.bytes += front
        file.bytes += tables
        return file.bytes
    }

    /// The store in `bytes`, or nil unless its front is whole, of this format, made for
    /// `key`, and consistent; a table that fails its checks later is `fallback(index)`.
    /// `columnReadsFrom`: the size from which a table's fields may be read one by one.
    package static func decode(
        _ bytes: [UInt8], key: String, columnReadsFrom: Int = columnReadMinimumBytes,
        fallback: @escaping @Sendable (Int) -> Table = noFallback
    ) -> Store? {
        decode(CompiledBytes(bytes), key: key, columnReadsFrom: columnReadsFrom, fallback: fallback)
    }

    /// The store in `file` (see `decode(_:key:fallback:)`), reading its tables in place.
    package static func decode(
        _ file: CompiledBytes, key: String, columnReadsFrom: Int = columnReadMinimumBytes,
        fallback: @escaping @Sendable (Int) -> Table
    ) -> Store? {
        guard key.utf8.count == keyLength, let front = front(of: file.raw), front.key.elementsEqual(key.utf8) else {
            return nil
        }
        var reader = ByteReader(front.bytes)
        let tablesStart = headerSize + front.bytes.count
        guard (try? reader.skipIdentities()) != nil,
            let layout = try? reader.readLayout(tablesAt: tablesStart, upTo: file.raw.count), reader.isAtEnd
        else { return nil }
        let reads = SectionReads(count: layout.sections.count)
        return Store(
            schema: layout.schema, rowCounts: layout.counts,
            decodeColumn: { index, position, rows in
                guard layout.sections[index].range.count >= columnReadsFrom else { return nil }
                return decodeColumn(
                    position, ofTable: index, rows: rows, of: layout, in: file, reads: reads)
            },
            decode: { index in decodeTable(index, of: layout, in: file) ?? fallback(index) })
    }

    /// The key and front of a file whose header is whole, of this format, and whose front
    /// has its checksum; nil otherwise.
    private static func front(of raw: UnsafeRawBufferPointer) -> (
        key: UnsafeRawBufferPointer, bytes: UnsafeRawBufferPointer
    )? {
        guard raw.count >= headerSize else { return nil }
        var header = ByteReader(UnsafeRawBufferPointer(rebasing: raw[..<headerSize]))
        guard let fileMagic = try? header.take(magic.count), fileMagic.elementsEqual(magic),
            (try? header.readUInt32()) == formatVersion,
            let fileKey = try? header.take(keyLength),
            let length = try? header.readUInt64(), length == UInt64(raw.count - headerSize),
            let frontLength = try? header.readUInt64(), frontLength <= length,
            let sum = try? header.readUInt64()
        else { return nil }
        let front = UnsafeRawBufferPointer(rebasing: raw[headerSize..<headerSize + Int(frontLength)])
        guard WordChecksum.sum(front) == sum else { return nil }
        return (fileKey, front)
    }

    /// The dataset files a compiled file names with their identities and digests, by
    /// path; empty for anything that is not one. Read before its key can be checked (the key
    /// is computed from them), so nothing here is trusted: a digest reused wrongly only
    /// makes a key that matches no file, and `decode` then refuses the store.
    static func identities(in bytes: [UInt8]) -> [String: DatasetFingerprint.File] {
        bytes.withUnsafeBytes(identities(in:))
    }

    static func identities(in raw: UnsafeRawBufferPointer) -> [String: DatasetFingerprint.File] {
        guard raw.count >= headerSize, raw.starts(with: magic) else { return [:] }
        var reader = ByteReader(UnsafeRawBufferPointer(rebasing: raw[headerSize...]))
        let files = (try? reader.readIdentities()) ?? []
        return Dictionary(files.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// `bytes`, a whole compiled file, with its identity table replaced by `files`: the
    /// store and key as they were, the front's checksum made anew. Nil when the front is
    /// not whole.
    static func replacingIdentities(in bytes: [UInt8], with files: [DatasetFingerprint.File]) -> [UInt8]? {
        bytes.withUnsafeBytes { raw -> [UInt8]? in
            guard let front = front(of: raw) else { return nil }
            var reader = ByteReader(front.bytes)
            guard (try? reader.skipIdentities()) != nil else { return nil }
            var newFront = ByteWriter()
            newFront.writeIdentities(files)
            newFront.bytes += front.bytes[reader.offset...]
            let tablesStart = headerSize + front.bytes.count
            return sealed(key: Array(front.key), front: newFront.bytes[...], tables: bytes[tablesStart...])
        }
    }

    /// Table `index`, from bytes that must match its checksum and pass every check of
    /// `readTable`; nil when they do not (the file was damaged after it was written).
    private static func decodeTable(_ index: Int, of layout: CompiledLayout, in file: CompiledBytes) -> Table? {
        let section = layout.sections[index]
        let bytes = UnsafeRawBufferPointer(rebasing: file.raw[section.range])
        guard WordChecksum.sum(bytes) == section.checksum else { return nil }
        var reader = ByteReader(bytes)
        let source = layout.schema.sources[index]
        guard
            let table = try? reader.readTable(
                source, count: layout.counts[index], rowCounts: layout.rowCounts, building: true),
            reader.isAtEnd
        else { return nil }
        return table
    }

    /// Field `position` of the selected rows of table `index`, each read where the table's
    /// stored row starts say, no other value made; nil when the bytes fail a check (the
    /// table's decode then decides, and falls back as it does). The checksum is checked once
    /// per table, and the row starts read once.
    private static func decodeColumn(
        _ position: Int, ofTable index: Int, rows: RowSelection, of layout: CompiledLayout, in file: CompiledBytes,
        reads: SectionReads
    ) -> [Value]? {
        let section = layout.sections[index]
        let bytes = UnsafeRawBufferPointer(rebasing: file.raw[section.range])
        guard reads.passes(index, { WordChecksum.sum(bytes) == section.checksum }) else { return nil }
        let source = layout.schema.sources[index]
        var reader = ByteReader(bytes)
        do throws(Malformed) {
            let known = try reads.rowStarts(index) { () throws(Malformed) in
                try ByteReader.storedRowStarts(in: bytes, count: layout.counts[index])
            }
            switch rows {
            case .leadingTextLengths(let limit):
                return try reader.readTextLengths(position, of: source, limit: limit, starts: known)
            case .all:
                return try reader.readValues(
                    position, of: source, rows: nil, starts: known, rowCounts: layout.rowCounts)
            case .only(let selected):
                return try reader.readValues(
                    position, of: source, rows: selected, starts: known, rowCounts: layout.rowCounts)
            }
        } catch {
            return nil
        }
    }

    /// The size from which a table's fields are read one by one (`decodeColumn`): a smaller
    /// table is decoded whole, since reading it once costs less than reading it field by
    /// field for each column a statement shows.
    package static let columnReadMinimumBytes = 1 << 20

    /// A checksum of the front or of one table (`WordChecksum`, its first lane).
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
    var remaining: Int { bytes.count - position }

    /// Past `count` values (as `readValue` reads them: a tag, then its bytes; a list's
    /// elements one level deep), each length checked against the bytes, nothing made: a
    /// field read alone passes over every other field of every row this way, so the loop
    /// works on the raw bytes rather than through `take`. (A skipped value's vocabulary
    /// index or reference is not checked here; the table's decode checks them.)
    mutating func skipValues(_ count: Int) throws(Malformed) {
        guard count > 0 else { return }
        guard let base = bytes.baseAddress else { throw Malformed() }
        let end = bytes.count
        var at = position
        for _ in 0..<count {
            guard at < end else { throw Malformed() }
            let tag = base.load(fromByteOffset: at, as: UInt8.self)
            at += 1
            if tag == 6 {
                guard end - at >= 4 else { throw Malformed() }
                let elements = Int(UInt32(littleEndian: base.loadUnaligned(fromByteOffset: at, as: UInt32.self)))
                at += 4
                guard elements <= end - at else { throw Malformed() }
                for _ in 0..<elements {
                    guard at < end else { throw Malformed() }
                    let inner = base.load(fromByteOffset: at, as: UInt8.self)
                    guard inner != 6 else { throw Malformed() }
                    at = try Self.skipScalar(inner, at: at + 1, base: base, end: end)
                }
            } else {
                at = try Self.skipScalar(tag, at: at, base: base, end: end)
            }
        }
        position = at
    }

    /// Where a value of `tag` that is not a list ends, its bytes starting at `at`.
    @inline(__always)
    private static func skipScalar(_ tag: UInt8, at: Int, base: UnsafeRawPointer, end: Int) throws(Malformed) -> Int {
        let length: Int
        switch tag {
        case 0: return at
        case 1:
            guard end - at >= 4 else { throw Malformed() }
            length = 4 + Int(UInt32(littleEndian: base.loadUnaligned(fromByteOffset: at, as: UInt32.self)))
        case 2, 3: length = 8
        case 4, 5: length = 4
        default: throw Malformed()
        }
        guard end - at >= length else { throw Malformed() }
        return at + length
    }
    /// How far reading has come, from the start of `bytes`.
    var offset: Int { position }

    /// Reads on from `offset` (a row start found by an earlier pass over these bytes).
    mutating func move(to offset: Int) throws(Malformed) {
        guard offset >= 0, offset <= bytes.count else { throw Malformed() }
        position = offset
    }

    mutating func take(_ count: Int) throws(Malformed) -> UnsafeRawBufferPointer {
        guard count >= 0, bytes.count - position >= count else { throw Malformed() }
        defer { position += count }
        return UnsafeRawBufferPointer(rebasing: bytes[position..<position + count])
    }

    /// The next byte, not read past.
    func peekByte() throws(Malformed) -> UInt8 {
        guard position < bytes.count else { throw Malformed() }
        return bytes[position]
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
            for time in [
                identity.modified, identity.modifiedNanoseconds, identity.changed, identity.changedNanoseconds,
            ] {
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
            let path = try readString()
            let digest = try readString()
            let size = try readUInt64()
            let device = try readUInt64()
            let inode = try readUInt64()
            let identitySize = try readUInt64()
            var times: [Int64] = []
            for _ in 0..<4 { times.append(Int64(bitPattern: try readUInt64())) }
            guard size <= UInt64(Int.max) else { throw Malformed() }
            let identity = FileIdentity(
                device: device, inode: inode, size: identitySize, modified: times[0],
                modifiedNanoseconds: times[1], changed: times[2], changedNanoseconds: times[3])
            files.append(DatasetFingerprint.File(path: path, size: Int(size), digest: digest, identity: identity))
        }
        return files
    }
}
