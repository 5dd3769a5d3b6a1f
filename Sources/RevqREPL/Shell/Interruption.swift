import Foundation

/// Ctrl-C at a terminal session: the signal handler only raises a flag, which the line
/// reader, the output sinks and the read loop look at, so a running statement stops
/// writing at once and the prompt comes back with the session intact.
///
///     Interruption.install()
///     if Interruption.isRequested { ... }
enum Interruption {
    /// Written by the signal handler, read by the loop: a plain word, as in C's
    /// `volatile sig_atomic_t` (a lock or an allocation is not allowed in a handler).
    nonisolated(unsafe) private static var flag: sig_atomic_t = 0

    static var isRequested: Bool { flag != 0 }

    static func clear() { flag = 0 }

    /// Marks an interruption seen elsewhere (a child killed at Ctrl-C).
    static func request() { flag = 1 }

    /// Installs the handler without SA_RESTART, so a blocking read (libedit's `el_gets`)
    /// returns EINTR instead of waiting for the next key.
    static func install() {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { _ in Interruption.flag = 1 }
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        sigaction(SIGINT, &action, nil)
    }
}
