#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads whole files with plain system calls: revq starts in milliseconds, and the
/// loader has no other need for Foundation.
package enum FileBytes {
    /// Why a file could not be read: the step and `errno`, or what it is instead of a file.
    package enum Failure: Error, Sendable, CustomStringConvertible {
        case open(Int32)
        case read(Int32)
        case notRegular(String)

        /// "cannot open: Permission denied", "cannot read: it is a FIFO (named pipe), not a regular file".
        package var description: String {
            switch self {
            case .open(let code): "cannot open: \(String(cString: strerror(code)))"
            case .read(let code): "cannot read: \(String(cString: strerror(code)))"
            case .notRegular(let kind): "cannot read: it is \(kind), not a regular file"
            }
        }
    }

    /// The bytes of a regular file, for the dataset loader: a failure names the file.
    static func read(_ path: String) throws(DatasetError) -> [UInt8] {
        do { return try contents(of: path) } catch { throw DatasetError(file: path, error.description) }
    }

    /// `contentsAndIdentity`, for the dataset loader.
    static func readIdentified(_ path: String) throws(DatasetError) -> (bytes: [UInt8], identity: FileIdentity?) {
        do { return try contentsAndIdentity(of: path) } catch { throw DatasetError(file: path, error.description) }
    }

    /// The bytes of a regular file. Anything else is refused before a byte is read: a
    /// FIFO would hang, a link to `/dev/zero` would fill memory, a directory is no data.
    package static func contents(of path: String) throws(Failure) -> [UInt8] {
        try contents(of: path, identifying: false).bytes
    }

    /// The bytes of a regular file and, when `fstat` on the descriptor read says the same
    /// before and after the read, the identity of the file those bytes are the content of.
    static func contentsAndIdentity(of path: String) throws(Failure) -> (bytes: [UInt8], identity: FileIdentity?) {
        try contents(of: path, identifying: true)
    }

    private static func contents(of path: String, identifying: Bool) throws(Failure) -> (
        bytes: [UInt8], identity: FileIdentity?
    ) {
        // O_NONBLOCK: opening a FIFO with no writer would otherwise wait forever.
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { throw .open(errno) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw .read(errno) }
        if let kind = FileType.nonRegularName(status.st_mode) { throw .notRegular(kind) }
        let before = FileIdentity(status)
        let bytes = try readAll(descriptor, expected: max(Int(status.st_size), 0))
        guard identifying, fstat(descriptor, &status) == 0, FileIdentity(status) == before,
            before.size == UInt64(bytes.count)
        else {
            return (bytes, nil)
        }
        return (bytes, before)
    }

    private static func readAll(_ descriptor: Int32, expected: Int) throws(Failure) -> [UInt8] {
        // Read straight into the array, sized by the file and a byte more to see its end in
        // one read: no zeroing, no copy (zeroing a 64 KiB chunk per file, then appending
        // from it, cost more than the rest of the read at every start).
        var failure: Int32 = 0
        var atEnd = false
        var bytes = [UInt8](unsafeUninitializedCapacity: max(expected + 1, 1 << 12)) { buffer, initialized in
            while initialized < buffer.count {
                let count = Glibc.read(descriptor, buffer.baseAddress! + initialized, buffer.count - initialized)
                if count < 0 && errno == EINTR { continue }
                if count < 0 {
                    failure = errno
                    return
                }
                if count == 0 {
                    atEnd = true
                    return
                }
                initialized += count
            }
        }
        // Longer than its size said (a growing file, /proc reports 0): the rest in chunks.
        var chunk = [UInt8]()
        while failure == 0 && !atEnd {
            if chunk.isEmpty { chunk = [UInt8](repeating: 0, count: 1 << 16) }
            let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            if count < 0 { failure = errno }
            if count == 0 { atEnd = true }
            if count > 0 { bytes.append(contentsOf: chunk[0..<count]) }
        }
        guard failure == 0 else { throw .read(failure) }
        return bytes
    }

    static func exists(_ path: String) -> Bool {
        access(path, F_OK) == 0
    }
}

/// How a file that is not a regular file is named in messages (the REPL uses it too).
package enum FileType {
    /// "a directory", "a FIFO (named pipe)", ... ; nil for a regular file.
    package static func nonRegularName(_ mode: mode_t) -> String? {
        switch mode & S_IFMT {
        case S_IFREG: return nil
        case S_IFDIR: return "a directory"
        case S_IFIFO: return "a FIFO (named pipe)"
        case S_IFCHR: return "a character device"
        case S_IFBLK: return "a block device"
        case S_IFSOCK: return "a socket"
        default: return "a special file"
        }
    }
}
