import Foundation

/// Writing a file so that a reader sees the old contents or the new, never half of them:
/// a temporary file in the same folder, flushed to disk, then renamed over the target.
enum AtomicFile {
    struct Failure: Error, CustomStringConvertible {
        let path: String
        let step: String
        let code: Int32
        var description: String { "cannot \(step) \(path): \(String(cString: strerror(code)))" }
    }

    static func write(_ text: String, to path: String) throws {
        let folder = (path as NSString).deletingLastPathComponent
        // One fixed name per target: a stale one left by a crash is simply overwritten.
        let temporary = (folder.isEmpty ? "." : folder) + "/.\((path as NSString).lastPathComponent).tmp"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw Failure(path: temporary, step: "create", code: errno) }
        do {
            try writeAll(Array(text.utf8), to: descriptor, path: temporary)
            guard fsync(descriptor) == 0 else { throw Failure(path: temporary, step: "flush", code: errno) }
            close(descriptor)
            guard rename(temporary, path) == 0 else { throw Failure(path: path, step: "replace", code: errno) }
        } catch {
            close(descriptor)
            unlink(temporary)
            throw error
        }
        syncFolder(folder.isEmpty ? "." : folder)
    }

    static func writeAll(_ bytes: [UInt8], to descriptor: Int32, path: String) throws {
        var written = 0
        while written < bytes.count {
            let result = bytes[written...].withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
            if result < 0 {
                if errno == EINTR { continue }
                throw Failure(path: path, step: "write", code: errno)
            }
            written += result
        }
    }

    /// The rename itself reaches the disk only when the folder is flushed too.
    static func syncFolder(_ folder: String) {
        let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        fsync(descriptor)
        close(descriptor)
    }
}
