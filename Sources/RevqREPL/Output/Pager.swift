import Glibc

/// `.pager on|off|auto`: through the pager always, never, or when a result is taller
/// than the screen (the default).
package enum PagerSetting: String, CaseIterable, Sendable {
    case auto, on, off
}

/// When a result goes through the pager: on a terminal only, never for pipes, files,
/// `.output` or machine formats (the shell decides that much before asking).
struct PagerChoice {
    let command: String
    let setting: PagerSetting
    /// The screen's height in lines.
    let height: Int

    /// True when `text` should be paged: taller than the screen less the prompt line.
    func pages(_ text: String) -> Bool {
        switch setting {
        case .off: return false
        case .on: return true
        case .auto: return text.reduce(0) { $1 == "\n" ? $0 + 1 : $0 } > height - 1
        }
    }
}

/// Shows text a screen at a time through `$PAGER` (default `less -FRX`: quit when it
/// fits, keep colours, leave the text on screen), as psql and DuckDB do.
enum Pager {
    /// Runs `command` with `text` on its standard input and waits for it to end. False when
    /// it could not run (a missing pager): the caller then writes the text itself.
    ///
    /// posix_spawn, not Foundation's Process: the pager must stay in revq's process group,
    /// the terminal's foreground one, or it is stopped as soon as it reads a key. Ctrl-C
    /// reaches the whole group; the pager handles it, and revq waits on (see
    /// `InterruptibleRendering`). The shell between them traps it, for dash dies of it
    /// and would leave the pager running with no one waiting for it.
    static func show(_ text: String, command: String) -> Bool {
        guard !Interruption.isRequested else { return true }
        var ends: [Int32] = [0, 0]
        guard pipe(&ends) == 0 else { return false }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, ends[0], STDIN_FILENO)
        posix_spawn_file_actions_addclose(&actions, ends[0])
        posix_spawn_file_actions_addclose(&actions, ends[1])
        let words: [String] = ["/bin/sh", "-c", "trap : INT\n" + command]
        let argv: [UnsafeMutablePointer<CChar>?] = words.map { strdup($0) } + [nil]
        defer { for word in argv { free(word) } }
        InterruptibleRendering.pagerStarts()
        var pid: pid_t = 0
        let started = posix_spawn(&pid, "/bin/sh", &actions, nil, argv, environ)
        close(ends[0])
        guard started == 0 else {
            close(ends[1])
            return false
        }
        send(text, to: ends[1])
        close(ends[1])
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        // Ctrl-C while the pager ran was the pager's (in a child, the parent clears its own).
        Interruption.clear()
        // 126/127: the shell could not find or run the pager.
        let exited = (status & 0x7f) == 0
        return !(exited && [126, 127].contains((status >> 8) & 0xff))
    }

    /// Writes all of `text`; a pager quit early (q in less) closes the pipe, and the rest
    /// is not wanted.
    private static func send(_ text: String, to descriptor: Int32) {
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if written < 0 && errno == EINTR { continue }
            if written <= 0 { return }
            bytes = bytes.dropFirst(written)
        }
    }
}
