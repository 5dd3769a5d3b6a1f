import Glibc
import RevqCore

/// A file named by `-f`: a regular file is read whole (it may be a session file, checked
/// whole before it runs); a pipe or a device is read line by line as it comes; a
/// directory is refused. Problems say what is at the path, not a guess.
enum ScriptFile {
    enum Contents {
        case text(String)
        case stream(Int32)
    }

    struct Problem: Error, CustomStringConvertible {
        let path: String
        let reason: String
        var description: String { "cannot read \(VisibleText.escaped(path)): \(reason)" }
    }

    static func open(_ path: String) -> Result<Contents, Problem> {
        let descriptor = Glibc.open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return .failure(Problem(path: path, reason: String(cString: strerror(errno)))) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            let reason = String(cString: strerror(errno))
            close(descriptor)
            return .failure(Problem(path: path, reason: reason))
        }
        switch status.st_mode & S_IFMT {
        case S_IFREG:
            defer { close(descriptor) }
            return readWhole(descriptor, path: path).map(Contents.text)
        case S_IFDIR:
            close(descriptor)
            return .failure(Problem(path: path, reason: "it is a directory"))
        default:
            return .success(.stream(descriptor))
        }
    }

    private static func readWhole(_ descriptor: Int32, path: String) -> Result<String, Problem> {
        var bytes: [UInt8] = []
        var block = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = block.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            if count < 0 { return .failure(Problem(path: path, reason: String(cString: strerror(errno)))) }
            if count == 0 { return .success(String(decoding: bytes, as: UTF8.self)) }
            bytes.append(contentsOf: block[..<count])
        }
    }
}
