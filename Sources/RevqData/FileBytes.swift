#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads whole files with plain system calls: revq starts in milliseconds, and the
/// loader has no other need for Foundation.
enum FileBytes {
    /// The bytes of a regular file. Anything else is refused before a byte is read: a
    /// FIFO would hang, a link to `/dev/zero` would fill memory, a directory is no data.
    static func read(_ path: String) throws(DatasetError) -> [UInt8] {
        // O_NONBLOCK: opening a FIFO with no writer would otherwise wait forever.
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw DatasetError(file: path, "cannot open: \(String(cString: strerror(errno)))")
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            throw DatasetError(file: path, "cannot read: \(String(cString: strerror(errno)))")
        }
        if let kind = FileType.nonRegularName(status.st_mode) {
            throw DatasetError(file: path, "cannot read: it is \(kind), not a regular file")
        }
        // The chunk is sized by the file (a byte more, to see its end in one read; at least
        // 4 KiB, as /proc reports size 0): a fixed 64 KiB zeroed for each of some 60 small
        // files cost 4 million instructions at every start.
        let expected = max(Int(status.st_size), 0)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(expected)
        var chunk = [UInt8](repeating: 0, count: min(max(expected + 1, 1 << 12), 1 << 16))
        while true {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw DatasetError(file: path, "cannot read: \(String(cString: strerror(errno)))")
            }
            if count == 0 { return bytes }
            bytes.append(contentsOf: chunk[0..<count])
        }
    }

    static func exists(_ path: String) -> Bool {
        access(path, F_OK) == 0
    }
}

/// How a file that is not a regular file is named in messages (the REPL uses it too).
public enum FileType {
    /// "a directory", "a FIFO (named pipe)", ... ; nil for a regular file.
    public static func nonRegularName(_ mode: mode_t) -> String? {
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
