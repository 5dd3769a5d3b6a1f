import Glibc

/// Ctrl-C at a terminal session: the signal handler only raises a flag and writes a byte
/// to a pipe (the self-pipe trick), which the line reader, the output sinks and the read
/// loop look at, so a running statement stops writing at once and the prompt comes back
/// with the session intact.
///
///     Interruption.install()
///     if Interruption.isRequested { ... }
enum Interruption {
    /// Written by the signal handler, read by the loop: plain words, as in C's
    /// `volatile sig_atomic_t` (a lock or an allocation is not allowed in a handler).
    nonisolated(unsafe) private static var flag: sig_atomic_t = 0
    nonisolated(unsafe) private static var wakeWriter: Int32 = -1
    nonisolated(unsafe) private(set) static var wakeReader: Int32 = -1

    static var isRequested: Bool { flag != 0 }

    static func clear() {
        flag = 0
        guard wakeReader >= 0 else { return }
        var drained = [UInt8](repeating: 0, count: 64)
        while read(wakeReader, &drained, drained.count) > 0 {}
    }

    /// Marks an interruption seen elsewhere (a child killed at Ctrl-C).
    static func request() { flag = 1 }

    /// Installs the handler without SA_RESTART, so a blocking read returns EINTR instead
    /// of waiting for the next key, and opens the pipe that wakes a wait whichever thread
    /// the signal lands on.
    static func install() {
        if wakeReader < 0 {
            var ends: [Int32] = [-1, -1]
            if pipe(&ends) == 0 {
                for end in ends {
                    _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
                    _ = fcntl(end, F_SETFD, FD_CLOEXEC)
                }
                wakeReader = ends[0]
                wakeWriter = ends[1]
            }
        }
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { _ in
            Interruption.flag = 1
            var byte: UInt8 = 1
            if Interruption.wakeWriter >= 0 { _ = write(Interruption.wakeWriter, &byte, 1) }
        }
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        sigaction(SIGINT, &action, nil)
    }
}
