import Glibc

/// Showing a statement's result at a terminal from a child process, so that Ctrl-C stops
/// it at once: rendering cannot be cancelled from inside (a table lays out every row
/// before its first line), but a child can be killed, and the session, which lives in
/// this process, stays as it was. The statement was evaluated here (`Shell.execute`).
///
/// Once the child hands its result to the pager, Ctrl-C belongs to the pager (less
/// uses it to stop a search): the child says so through a pipe, and from then on revq
/// ignores Ctrl-C and waits until the pager has exited, as psql and git do. Killing the
/// child instead would leave the pager running in the foreground beside the prompt.
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

    /// In the child: the pipe's end on which it tells its parent that the pager runs.
    nonisolated(unsafe) private static var pagerNotice: Int32 = -1

    /// Called by the pager before it starts: from now on the parent waits for the child
    /// whatever keys are pressed. Does nothing outside a child.
    static func pagerStarts() {
        guard pagerNotice >= 0 else { return }
        var byte: UInt8 = 1
        while write(pagerNotice, &byte, 1) < 0 && errno == EINTR {}
    }

    /// Runs `body` in a child and waits for it; on Ctrl-C kills it, unless it is showing
    /// the pager. Where a child cannot be made, `body` runs here.
    static func run(_ body: () -> Int32) -> Outcome {
        guard !Interruption.isRequested else { return .interrupted }
        let notice = NoticePipe()
        let terminal = TerminalMode.saved()
        let child = fork()
        if child == 0 {
            pagerNotice = notice.childEnd()
            _exit(body())
        }
        notice.closeChildEnd()
        defer { notice.close() }
        if child < 0 { return .finished(body()) }
        var status: Int32 = 0
        var paged = false
        // Polled rather than blocking: a Ctrl-C that lands just before a blocking wait
        // would otherwise be seen only when the child ends.
        while waitpid(child, &status, WNOHANG) == 0 {
            if notice.isRaised {
                paged = true
                waitForPager(child, status: &status)
                break
            }
            if Interruption.isRequested {
                kill(child, SIGKILL)
                while waitpid(child, &status, 0) < 0 && errno == EINTR {}
                return .interrupted
            }
            usleep(10_000)
        }
        if paged || notice.isRaised {
            // A Ctrl-C while the pager ran was the pager's, not the statement's.
            Interruption.clear()
            terminal?.restore()
        }
        let signal = status & 0x7F
        guard signal != 0 else { return .finished((status >> 8) & 0xFF) }
        return signal == SIGINT || signal == SIGKILL || Interruption.isRequested
            ? .interrupted : .crashed(signal: signal)
    }

    /// Waits for a child that shows the pager; a Ctrl-C meanwhile was the pager's.
    private static func waitForPager(_ child: pid_t, status: inout Int32) {
        while waitpid(child, &status, 0) < 0 && errno == EINTR {}
    }
}

/// The pipe on which a rendering child says "the pager runs"; the parent reads it without
/// blocking. Both ends close on exec, so the pager does not hold it open.
private struct NoticePipe {
    private var ends: [Int32] = [-1, -1]

    init() {
        guard pipe(&ends) == 0 else {
            ends = [-1, -1]
            return
        }
        for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        _ = fcntl(ends[0], F_SETFL, fcntl(ends[0], F_GETFL) | O_NONBLOCK)
    }

    /// In the child: the write end (the read end is closed).
    func childEnd() -> Int32 {
        if ends[0] >= 0 { Glibc.close(ends[0]) }
        return ends[1]
    }

    func closeChildEnd() {
        if ends[1] >= 0 { Glibc.close(ends[1]) }
    }

    func close() {
        if ends[0] >= 0 { Glibc.close(ends[0]) }
    }

    /// True once the child has written its byte.
    var isRaised: Bool {
        guard ends[0] >= 0 else { return false }
        var byte: UInt8 = 0
        return read(ends[0], &byte, 1) == 1
    }
}

/// The terminal's mode before a pager ran, put back after it: a pager that was stopped or
/// failed may leave the terminal without echo or line editing.
private struct TerminalMode {
    private var attributes: termios

    static func saved() -> TerminalMode? {
        guard isatty(STDIN_FILENO) == 1 else { return nil }
        var attributes = termios()
        guard tcgetattr(STDIN_FILENO, &attributes) == 0 else { return nil }
        return TerminalMode(attributes: attributes)
    }

    func restore() {
        var attributes = attributes
        _ = tcsetattr(STDIN_FILENO, TCSADRAIN, &attributes)
    }
}
