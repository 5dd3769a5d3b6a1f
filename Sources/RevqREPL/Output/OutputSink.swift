import Glibc
import RevqCore
import RevqRender

/// A buffered writer to a file descriptor, used for stdout, stderr and `.output` files.
///
/// Writing into a closed pipe (`revq ... | head -1`) is the reader's way of saying it has
/// seen enough, so on stdout it ends revq quietly rather than with a trace: with status 0,
/// or 1 once a statement of the batch has failed (`noteFailure`), which the closed pipe
/// must not hide.
/// Any other failed write (a full disk, `/dev/full`, an I/O error) is kept as `failure`
/// for the shell to report and turn into a non-zero exit status; later writes are dropped,
/// since the output is incomplete anyway. After Ctrl-C, writes are dropped too, so a
/// long result stops at once.
package final class OutputSink: UTF8OutputStream {
    package enum Failure: Error, CustomStringConvertible {
        case write(path: String, code: Int32)
        package var description: String {
            switch self {
            case .write(let path, let code):
                return "cannot write to \(VisibleText.escaped(path)): \(String(cString: strerror(code)))"
            }
        }
    }

    /// Where the bytes go; nil discards them (restoring a session replays it silently).
    private let descriptor: Int32?
    package let path: String
    private let ownsDescriptor: Bool
    private let exitsQuietlyOnClosedPipe: Bool
    /// Results (stdout, `.output` files) stop at Ctrl-C; messages on stderr do not.
    private let stopsOnInterruption: Bool
    /// Unchecked: only this class's own methods touch it, one at a time.
    @exclusivity(unchecked) private var buffer: [UInt8] = []
    /// The first write error, reported once by whoever flushes (see `takeFailure`).
    package private(set) var failure: Failure?
    /// Set once a failure was taken: the sink stays broken, but is reported only once.
    private var failureTaken = false
    /// The exit status on a closed stdout pipe. Process-wide, as the exit is: the pipe
    /// may close in any write, deep inside rendering, far from the count of failures.
    nonisolated(unsafe) private static var closedPipeStatus: Int32 = 0

    /// A statement failed: a closed stdout pipe from now on ends revq with status 1.
    package static func noteFailure() {
        closedPipeStatus = 1
    }

    package init(
        descriptor: Int32?, path: String, ownsDescriptor: Bool = false, exitsQuietlyOnClosedPipe: Bool = false,
        stopsOnInterruption: Bool = true
    ) {
        self.descriptor = descriptor
        self.path = path
        self.ownsDescriptor = ownsDescriptor
        self.exitsQuietlyOnClosedPipe = exitsQuietlyOnClosedPipe
        self.stopsOnInterruption = stopsOnInterruption
        buffer.reserveCapacity(1 << 16)
    }

    package static func standardOutput() -> OutputSink {
        OutputSink(descriptor: STDOUT_FILENO, path: "<stdout>", exitsQuietlyOnClosedPipe: true)
    }

    package static func standardError() -> OutputSink {
        OutputSink(descriptor: STDERR_FILENO, path: "<stderr>", stopsOnInterruption: false)
    }

    package static func discarding() -> OutputSink {
        OutputSink(descriptor: nil, path: "/dev/null")
    }

    /// Opens (creating or truncating) a file for `.output` and `.once`.
    package static func file(_ path: String) throws -> OutputSink {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw Failure.write(path: path, code: errno) }
        return OutputSink(descriptor: descriptor, path: path, ownsDescriptor: true)
    }

    package func write(_ string: String) {
        var string = string
        string.withUTF8 { write(utf8: $0) }
    }

    package func write(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        guard descriptor != nil, failure == nil, !(stopsOnInterruption && Interruption.isRequested) else { return }
        // A band of a table's box (`TableBox`) is as large as the buffer: it goes to the
        // descriptor as it is, not copied into the buffer first.
        if bytes.count >= 1 << 16 {
            flush()
            return writeAll(UnsafeRawBufferPointer(bytes))
        }
        buffer.append(contentsOf: bytes)
        if buffer.count >= 1 << 16 { flush() }
    }

    /// Writes the buffered bytes; on a closed stdout pipe, exits (see `noteFailure`).
    package func flush() {
        guard !buffer.isEmpty else { return }
        if stopsOnInterruption && Interruption.isRequested { return discardBuffered() }
        buffer.withUnsafeBytes { writeAll($0) }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Writes `bytes` to the descriptor whole, or keeps the first error as `failure`.
    private func writeAll(_ bytes: UnsafeRawBufferPointer) {
        guard let descriptor, failure == nil else { return }
        var written = 0
        while written < bytes.count {
            let result = Glibc.write(descriptor, bytes.baseAddress! + written, bytes.count - written)
            if result < 0 {
                let code = errno
                if code == EINTR { continue }
                if code == EPIPE && exitsQuietlyOnClosedPipe { exit(Self.closedPipeStatus) }
                failure = failure ?? .write(path: path, code: code)
                break
            }
            written += result
        }
    }

    /// The write error not yet reported, if any; each failure is given out once.
    package func takeFailure() -> Failure? {
        guard let failure, !failureTaken else { return nil }
        failureTaken = true
        return failure
    }

    /// Drops what is buffered and not yet written (after Ctrl-C).
    package func discardBuffered() {
        buffer.removeAll(keepingCapacity: true)
    }

    package func close() {
        flush()
        if ownsDescriptor, let descriptor { Glibc.close(descriptor) }
    }
}
