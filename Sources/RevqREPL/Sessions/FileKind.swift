import FoundationEssentials
import Glibc
import RevqData

/// What is at a path, asked before revq writes or reads it, so that a device, a FIFO or a
/// directory is named as such instead of being replaced, hung on, or read without end.
enum FileKind {
    /// "a directory", "a FIFO", ... for anything but a regular file; nil for a regular
    /// file or nothing at all.
    static func nonRegularKind(_ path: String) -> String? {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        return kindName(status.st_mode)
    }

    static func kindName(_ mode: mode_t) -> String? {
        FileType.nonRegularName(mode)
    }

    /// The path a chain of symlinks ends at (which may not exist yet, as for a link to a
    /// file not yet written). Relative link targets count from the link's folder.
    static func followingLinks(_ path: String) throws -> String {
        var current = path
        for _ in 0..<40 {
            var status = stat()
            guard lstat(current, &status) == 0, status.st_mode & S_IFMT == S_IFLNK else { return current }
            let target = try FileManager.default.destinationOfSymbolicLink(atPath: current)
            current = target.hasPrefix("/") ? target : folder(of: current) + "/" + target
        }
        throw AtomicFile.Failure(path: path, step: "follow the links of", code: ELOOP)
    }

    /// The folder holding `path`; "." for a bare name.
    static func folder(of path: String) -> String {
        let folder = PathName.folder(of: path)
        return folder.isEmpty ? "." : folder
    }
}

/// Creates `path` and its parents with owner-only permissions (sessions and history are
/// private). Errors name the folder and the reason in plain words, not Foundation's codes.
func makeDirectory(_ path: String) throws {
    var status = stat()
    if stat(path, &status) == 0 {
        guard status.st_mode & S_IFMT == S_IFDIR else {
            throw AtomicFile.Failure(path: path, step: "use the folder", code: ENOTDIR)
        }
        return
    }
    let parent = FileKind.folder(of: path)
    if parent != path && parent != "." && parent != "/" { try makeDirectory(parent) }
    guard mkdir(path, 0o700) == 0 || errno == EEXIST else {
        throw AtomicFile.Failure(path: path, step: "create the folder", code: errno)
    }
}
