import CLoadedObjects

#if canImport(Glibc)
    import Glibc
#endif

/// The GNU build ID the linker wrote into the running binary (what `readelf -n` shows): it
/// differs between builds whose code differs, so a dataset compiled by another build of
/// revq, whose loader may read the files differently, is never reused, even at the same
/// version number.
///
///     BuildIdentity.current   // "1dc6c99d7886db1a612d5d498fc43161711073e6"
enum BuildIdentity {
    static let current: String? = (loadedBuildID() ?? buildID(ofFile: "/proc/self/exe")).map(hex)

    /// Lower-case hex digits, spelled byte by byte: joining strings went through the generic
    /// `joined()`, whose witness lookups are resolved at run time at every start.
    static func hex(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(bytes.count * 2)
        for byte in bytes {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 15)])
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// The running binary's build ID from its notes as loaded in memory (the first object
    /// `dl_iterate_phdr` reports is the executable): no file opened or read at a start.
    static func loadedBuildID() -> [UInt8]? {
        var found: [UInt8]?
        withUnsafeMutablePointer(to: &found) { result in
            _ = dl_iterate_phdr(
                { info, _, context in
                    guard let object = info?.pointee, let headers = object.headers, let context else { return 1 }
                    for index in 0..<Int(object.header_count) where headers[index].type == BuildIdentity.noteSegment {
                        let header = headers[index]
                        guard header.memory_size < 1 << 16,
                            let start = UnsafeRawPointer(bitPattern: UInt(object.load_bias) &+ UInt(header.address))
                        else { continue }
                        let notes = Array(UnsafeRawBufferPointer(start: start, count: Int(header.memory_size)))
                        if let id = BuildIdentity.buildID(notes: notes) {
                            context.assumingMemoryBound(to: [UInt8]?.self).pointee = id
                            break
                        }
                    }
                    return 1 // the executable only
                }, result)
        }
        return found
    }

    /// PT_NOTE, and NT_GNU_BUILD_ID in a note named "GNU".
    private static let noteSegment: UInt32 = 4
    private static let buildIDType: UInt32 = 3

    /// The build ID of a 64-bit little-endian ELF file, from its PT_NOTE segments: a few
    /// small reads, not the whole binary.
    static func buildID(ofFile path: String) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        guard let header = readBytes(descriptor, at: 0, count: 64), header.starts(with: [0x7f, 0x45, 0x4c, 0x46, 2, 1])
        else { return nil }
        let tableOffset = Int(header.load(UInt64.self, at: 32))
        let entrySize = Int(header.load(UInt16.self, at: 54))
        let entryCount = Int(header.load(UInt16.self, at: 56))
        guard entrySize >= 56, entryCount < 256,
            let table = readBytes(descriptor, at: tableOffset, count: entrySize * entryCount)
        else { return nil }
        for entry in 0..<entryCount where table.load(UInt32.self, at: entry * entrySize) == noteSegment {
            let offset = Int(table.load(UInt64.self, at: entry * entrySize + 8))
            let size = Int(table.load(UInt64.self, at: entry * entrySize + 32))
            guard size < 1 << 16, let notes = readBytes(descriptor, at: offset, count: size) else { continue }
            if let id = buildID(notes: notes) { return id }
        }
        return nil
    }

    private static func readBytes(_ descriptor: Int32, at offset: Int, count: Int) -> [UInt8]? {
        guard offset >= 0, count >= 0 else { return nil }
        var bytes = [UInt8](repeating: 0, count: count)
        let read = bytes.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, count, off_t(offset)) }
        return read == count ? bytes : nil
    }

    /// Each note: name size, descriptor size, type (u32 each), then the name and the
    /// descriptor, each padded to 4 bytes.
    private static func buildID(notes: [UInt8]) -> [UInt8]? {
        var offset = 0
        while offset + 12 <= notes.count {
            let nameSize = Int(notes.load(UInt32.self, at: offset))
            let descriptorSize = Int(notes.load(UInt32.self, at: offset + 4))
            let type = notes.load(UInt32.self, at: offset + 8)
            let descriptorStart = offset + 12 + (nameSize + 3) / 4 * 4
            let next = descriptorStart + (descriptorSize + 3) / 4 * 4
            guard nameSize < 1 << 16, descriptorSize < 1 << 16, next <= notes.count else { return nil }
            if type == buildIDType, notes[(offset + 12)..<(offset + 12 + nameSize)].elementsEqual(Array("GNU\0".utf8)),
                descriptorSize > 0
            {
                return Array(notes[descriptorStart..<(descriptorStart + descriptorSize)])
            }
            offset = next
        }
        return nil
    }
}

extension Array where Element == UInt8 {
    /// A little-endian integer at `offset` (the caller has checked the bounds).
    fileprivate func load<T: FixedWidthInteger>(_: T.Type, at offset: Int) -> T {
        self[offset..<(offset + MemoryLayout<T>.size)].reversed().reduce(0) { $0 << 8 | T($1) }
    }
}
