import Glibc
import RevqCore

/// Writing a file so that a reader sees the old contents or the new, never half of them:
/// a temporary file with a unique name in the same folder, flushed to disk, then renamed
/// over the target.
///
/// Only regular files are ever replaced. A symlink is followed to the file it names (as
/// editors do), so the link stays a link; a directory, FIFO, socket or device at the path
/// is refused, never replaced.
///
///     try AtomicFile.write("# revq session ...\n", to: "/home/me/komm.revq")
enum AtomicFile {
    struct Failure: Error, CustomStringConvertible {
        let path: String
        let step: String
        let code: Int32
        var description: String { "cannot \(step) \(VisibleText.escaped(path)): \(String(cString: strerror(code)))" }
    }

    /// The target is something revq must not replace.
    struct NotRegular: Error, CustomStringConvertible {
        let path: String
        let kind: String
        var description: String { "cannot write \(VisibleText.escaped(path)): it is \(kind), not a regular file" }
    }

    /// What is there cannot be read, so it is not replaced.
    struct Unreadable: Error, CustomStringConvertible {
        let path: String
        let reason: String
        var description: String { "\(path): \(reason); it is left as it is" }
    }

    /// The permissions of a file that did not exist before: the user's alone (sessions,
    /// history), or what the umask allows, as a shell redirection gives (an export, read
    /// by other tools and people). A file replaced keeps its own either way.
    enum NewFileMode {
        case privateToUser, umask
    }

    static func write(_ text: String, to path: String, newFile: NewFileMode = .privateToUser) throws {
        try write(bytes: Array(text.utf8), to: path, newFile: newFile)
    }

    static func write(bytes: [UInt8], to path: String, newFile: NewFileMode = .privateToUser) throws {
        let target = try replaceableTarget(path)
        let folder = FileKind.folder(of: target)
        let existed = access(target, F_OK) == 0
        let (descriptor, temporary) = try makeTemporary(for: target, in: folder)
        if !existed && newFile == .umask { allowUmask(descriptor) }
        do {
            try writeAll(bytes, to: descriptor, path: temporary)
            guard fsync(descriptor) == 0 else { throw Failure(path: temporary, step: "flush", code: errno) }
            close(descriptor)
            guard rename(temporary, target) == 0 else { throw Failure(path: target, step: "replace", code: errno) }
        } catch {
            close(descriptor)
            unlink(temporary)
            throw error
        }
        syncFolder(folder)
    }

    /// Replaces `path` with a file that `fill` writes at the temporary path it is given
    /// (as SQLite writes a database), under the same rules as `write(_:to:)`. A new file
    /// gets the permissions the umask allows, as a shell redirection would.
    static func replace(_ path: String, fill: (String) throws -> Void) throws {
        let target = try replaceableTarget(path)
        let folder = FileKind.folder(of: target)
        let existed = access(target, F_OK) == 0
        let (descriptor, temporary) = try makeTemporary(for: target, in: folder)
        if !existed { allowUmask(descriptor) }
        close(descriptor)
        do {
            try fill(temporary)
            guard rename(temporary, target) == 0 else { throw Failure(path: target, step: "replace", code: errno) }
        } catch {
            unlink(temporary)
            throw error
        }
        syncFolder(folder)
    }

    /// The file a write to `path` replaces: links followed, and only a regular file the
    /// user may write. Renaming needs only the folder's permission, so without this check
    /// a read-only file (0444) would be replaced where a shell's `>` refuses.
    private static func replaceableTarget(_ path: String) throws -> String {
        let target = try FileKind.followingLinks(path)
        if let kind = FileKind.nonRegularKind(target) { throw NotRegular(path: target, kind: kind) }
        if faccessat(AT_FDCWD, target, W_OK, AT_EACCESS) != 0 && errno != ENOENT {
            throw Failure(path: target, step: "write", code: errno)
        }
        return target
    }

    /// A new file `.NAME.tmp-XXXXXX` next to the target: unique, so two revqs saving the
    /// same name never write into one temporary file. It keeps the target's permissions.
    private static func makeTemporary(for target: String, in folder: String) throws -> (Int32, String) {
        var template = Array("\(folder)/.\(PathName.lastComponent(target)).tmp-XXXXXX".utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        let temporary = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        guard descriptor >= 0 else { throw Failure(path: folder, step: "create a temporary file in", code: errno) }
        _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC)
        var status = stat()
        if stat(target, &status) == 0 { fchmod(descriptor, status.st_mode & 0o7777) }
        return (descriptor, temporary)
    }

    /// mkstemp makes the file the user's alone: give it what the umask allows instead.
    private static func allowUmask(_ descriptor: Int32) {
        let mask = umask(0)
        umask(mask)
        fchmod(descriptor, 0o666 & ~mask)
    }

    static func writeAll(_ bytes: [UInt8], to descriptor: Int32, path: String) throws {
        var written = 0
        while written < bytes.count {
            let result = bytes[written...].withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
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
