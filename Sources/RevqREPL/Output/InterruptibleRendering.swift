import Glibc

/// Running a statement at a terminal session in a child process, so that Ctrl-C stops it
/// at once: evaluation and rendering are computation that cannot be cancelled from
/// inside (a table lays out every row before its first line), but a child can be
/// killed, and the session, which lives in this process, stays as it was.
///
///     switch InterruptibleRendering.run({ render(); return 0 }) { ... }
enum InterruptibleRendering {
    enum Outcome: Equatable {
        /// The child's exit status (see `OutputRouter.showInChild`).
        case finished(Int32)
        case interrupted
        /// The child died of `signal` that no Ctrl-C sent: a fault in revq, not the user's.
        case crashed(signal: Int32)
    }

    /// Runs `body` in a child and waits for it; on Ctrl-C kills it. Where a child cannot
    /// be made, `body` runs here.
    static func run(_ body: () -> Int32) -> Outcome {
        guard !Interruption.isRequested else { return .interrupted }
        let child = fork()
        if child == 0 { _exit(body()) }
        if child < 0 { return .finished(body()) }
        var status: Int32 = 0
        // Polled rather than blocking: a Ctrl-C that lands just before a blocking wait
        // would otherwise be seen only when the child ends.
        while waitpid(child, &status, WNOHANG) == 0 {
            if Interruption.isRequested {
                kill(child, SIGKILL)
                while waitpid(child, &status, 0) < 0 && errno == EINTR {}
                return .interrupted
            }
            usleep(10_000)
        }
        let signal = status & 0x7F
        guard signal != 0 else { return .finished((status >> 8) & 0xFF) }
        return signal == SIGINT || signal == SIGKILL || Interruption.isRequested ? .interrupted : .crashed(signal: signal)
    }
}
