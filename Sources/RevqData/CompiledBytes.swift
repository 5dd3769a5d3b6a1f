#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The bytes of a compiled file, held for as long as a store reads tables from them:
/// the file mapped into memory (`map`), or a copy of an array (tests, the fuzz target).
///
/// Mapping makes opening cost the same for any size of review: only the pages a start
/// reads are read. revq replaces a compiled file by renaming a new one over it, never by
/// writing into it, so the mapped bytes stay the file they were when mapped; another
/// program that cuts the file short is reported by `MappedFileGuard`.
///
///     let file = CompiledBytes.map("/home/ann/.cache/revq/dataset-0123.store")
///     file?.raw.count   // the file's size
package final class CompiledBytes: @unchecked Sendable {
    /// Read-only after `init`; `deinit` is the only other use of the memory.
    package let raw: UnsafeRawBufferPointer
    private let isMapped: Bool

    /// A copy of `bytes`.
    package init(_ bytes: [UInt8]) {
        let copy = UnsafeMutableRawBufferPointer.allocate(byteCount: bytes.count, alignment: 8)
        bytes.withUnsafeBytes { copy.copyMemory(from: $0) }
        raw = UnsafeRawBufferPointer(copy)
        isMapped = false
    }

    private init(mapped: UnsafeRawBufferPointer) {
        raw = mapped
        isMapped = true
    }

    deinit {
        if isMapped {
            munmap(UnsafeMutableRawPointer(mutating: raw.baseAddress), raw.count)
        } else {
            UnsafeMutableRawBufferPointer(mutating: raw).deallocate()
        }
    }

    /// The regular file at `path` mapped read-only; nil for no file, an empty one or
    /// anything that is not a regular file (the cache then counts as absent).
    package static func map(_ path: String) -> CompiledBytes? {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, FileType.nonRegularName(status.st_mode) == nil, status.st_size > 0 else {
            return nil
        }
        let size = Int(status.st_size)
        guard let address = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0), address != MAP_FAILED else {
            return nil
        }
        MappedFileGuard.watch(path)
        return CompiledBytes(mapped: UnsafeRawBufferPointer(start: address, count: size))
    }

    /// The bytes as an array (rewriting the identity table copies the file anyway).
    var array: [UInt8] { Array(raw) }
}
