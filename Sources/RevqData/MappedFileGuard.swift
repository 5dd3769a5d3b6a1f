import RevqCore
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What revq does when a compiled file it reads mapped is cut short by another program
/// (`truncate`, an editor writing in place): the kernel answers the next read of a page past
/// the new end with SIGBUS, which would kill revq without a word. No read can go on from
/// such a file, so the guard says what happened and exits with status 1, as for any other
/// error. revq itself never cuts a compiled file: it renames a new one over it.
///
///     MappedFileGuard.watch("/home/ann/.cache/revq/dataset-0123.store")
enum MappedFileGuard {
    /// The message the handler writes, made beforehand: a signal handler may only call
    /// `write` and `_exit`, and may not allocate.
    nonisolated(unsafe) private static var message: UnsafeMutableBufferPointer<UInt8>?
    private static let installed = Mutex(false)

    /// From now on a SIGBUS is reported as the compiled file at `path` cut short.
    static func watch(_ path: String) {
        installed.withLock { installed in
            let text =
                "revq: error: the compiled dataset \(VisibleText.escaped(path)) was cut short by another "
                + "program while revq read it; start revq again (it compiles the dataset anew)\n"
            let bytes = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: text.utf8.count)
            _ = bytes.initialize(from: text.utf8)
            // The earlier message is kept, not freed: a handler running now may be writing it.
            message = bytes
            guard !installed else { return }
            installed = true
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { _ in
                if let message = MappedFileGuard.message { _ = write(2, message.baseAddress, message.count) }
                _exit(1)
            }
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0
            sigaction(SIGBUS, &action, nil)
        }
    }
}
