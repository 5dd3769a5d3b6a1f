import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// revq running in a pseudo-terminal of its own, driven as a person would: keys are
/// typed, the screen's text is awaited (never a fixed sleep), signals are real.
///
///     let terminal = try Terminal(arguments: [], home: home)
///     try terminal.waitFor("revq> ")
///     terminal.type("findings\r")
package final class Terminal: @unchecked Sendable {
    package enum Key {
        package static let enter = "\r"
        package static let tab = "\t"
        package static let up = "\u{1B}[A"
        package static let down = "\u{1B}[B"
        package static let left = "\u{1B}[D"
        package static let right = "\u{1B}[C"
        package static let controlA = "\u{01}"
        package static let controlC = "\u{03}"
        package static let controlD = "\u{04}"
        package static let controlE = "\u{05}"
        package static let controlR = "\u{12}"
        package static let backspace = "\u{7F}"
    }

    package struct Timeout: Error, CustomStringConvertible {
        package let expected: String
        package let screen: String
        package var description: String {
            "timed out waiting for \(expected.debugDescription); the terminal shows:\n\(screen)"
        }
    }

    package let pid: pid_t
    private let master: Int32
    private let lock = NSLock()
    private var received = Data()
    private var finished = false
    /// Where the next `waitFor` starts looking, so each wait sees only new output.
    private var mark = 0

    /// Starts revq (or `executable`) with a fresh pty as its controlling terminal.
    package init(
        executable: String = RevqProcess.binary, arguments: [String], home: TemporaryHome,
        columns: UInt16 = 100, rows: UInt16 = 30, extraEnvironment: [String: String] = [:]
    ) throws {
        // posix_openpt, unlockpt and ptsname are not visible to Swift here; their Linux
        // equivalents are /dev/ptmx and two ioctls (TIOCSPTLCK, TIOCGPTN).
        master = open("/dev/ptmx", O_RDWR | O_NOCTTY | O_CLOEXEC)
        var unlock: Int32 = 0
        var number: UInt32 = 0
        guard master >= 0, ioctl(master, 0x4004_5431, &unlock) == 0, ioctl(master, 0x8004_5430, &number) == 0 else {
            throw POSIXError(.ENODEV)
        }
        var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)
        let slavePath = "/dev/pts/\(number)"
        let environment = home.environment.merging(extraEnvironment) { $1 }
        pid = try Self.spawn(
            executable, arguments: arguments, environment: environment, terminal: slavePath, directory: home.path)
        startReading()
    }

    deinit {
        kill(pid, SIGKILL)
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        close(master)
    }

    /// posix_spawn with a new session whose controlling terminal is the pty (glibc runs
    /// setsid before the file actions, so opening the pty makes it the controlling one).
    private static func spawn(
        _ executable: String, arguments: [String], environment: [String: String],
        terminal: String, directory: String
    ) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, terminal, O_RDWR, 0)
        posix_spawn_file_actions_adddup2(&actions, 0, 1)
        posix_spawn_file_actions_adddup2(&actions, 0, 2)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGINT, SIGPIPE, SIGQUIT, SIGTERM] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        var mask = sigset_t()
        sigemptyset(&mask)
        posix_spawnattr_setsigmask(&attributes, &mask)
        posix_spawnattr_setflags(
            &attributes, Int16(posixSpawnSetSID | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
        // A shell changes into the test's folder, then becomes revq (same pid).
        let command = ["/bin/sh", "-c", "cd \"$0\" && exec \"$@\"", directory, executable] + arguments
        let argv = command.map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { for pointer in argv + envp { free(pointer) } }
        var pid: pid_t = 0
        let result = posix_spawn(&pid, "/bin/sh", &actions, &attributes, argv, envp)
        guard result == 0 else { throw POSIXError(POSIXErrorCode(rawValue: result) ?? .EINVAL) }
        return pid
    }

    private func startReading() {
        let thread = Thread { [master] in
            var buffer = [UInt8](repeating: 0, count: 4096)
            while true {
                let count = buffer.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
                if count < 0 && errno == EINTR { continue }
                self.lock.lock()
                if count <= 0 {
                    self.finished = true
                    self.lock.unlock()
                    return
                }
                self.received.append(contentsOf: buffer[..<count])
                self.lock.unlock()
            }
        }
        thread.start()
    }

    /// Types `text` as keys (each string is sent as one write, as a fast typist would).
    package func type(_ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
    }

    /// Types each key separately, waiting a little between them, for editing sequences
    /// whose escape codes must not run together.
    package func press(_ keys: [String]) {
        for key in keys {
            type(key)
            usleep(30_000)
        }
    }

    /// Everything revq wrote, escape sequences included.
    package var rawOutput: String {
        lock.lock()
        defer { lock.unlock() }
        return String(decoding: received, as: UTF8.self)
    }

    /// Everything revq wrote, with escape sequences and carriage returns removed.
    package var screen: String {
        lock.lock()
        defer { lock.unlock() }
        return Self.plain(String(decoding: received, as: UTF8.self))
    }

    /// Waits until `text` appears in the output written since the last wait; the wait
    /// then continues after it.
    package func waitFor(_ text: String, timeout: TimeInterval = 30) throws {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            let shown = screen
            let start = shown.index(shown.startIndex, offsetBy: min(mark, shown.count))
            if let found = shown[start...].range(of: text) {
                mark = shown.distance(from: shown.startIndex, to: found.upperBound)
                return
            }
            usleep(20_000)
        }
        throw Timeout(expected: text, screen: screen)
    }

    /// Waits until every one of `texts` appears, in any order, in the output written
    /// since the last wait; the next wait continues after the last of them.
    package func waitFor(all texts: [String], timeout: TimeInterval = 30) throws {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            let shown = screen
            let recent = shown.dropFirst(min(mark, shown.count))
            let ends = texts.compactMap { recent.range(of: $0)?.upperBound }
            if ends.count == texts.count, let last = ends.max() {
                mark = shown.distance(from: shown.startIndex, to: last)
                return
            }
            usleep(20_000)
        }
        throw Timeout(expected: texts.joined(separator: ", "), screen: screen)
    }

    /// The output since the last wait, without waiting.
    package var recent: String {
        let shown = screen
        return String(shown.dropFirst(min(mark, shown.count)))
    }

    /// Waits until revq waits for a key: asleep in the line reader's poll of the
    /// terminal and its Ctrl-C pipe with no timeout, as /proc/PID/syscall shows it
    /// (`7 FDS 0x2 0xffffffff` on x86_64; ppoll with no timeout elsewhere). A Ctrl-C that
    /// lands while revq still handles the line before (between two reads, where the
    /// reader clears any interruption as it starts) is lost, and the test then waits for a
    /// prompt that never comes; the text of a prompt on the screen does not say which
    /// side of that moment revq is on, this does.
    package func waitUntilReading(timeout: TimeInterval = 30) throws {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            let call = ((try? String(contentsOfFile: "/proc/\(pid)/syscall", encoding: .utf8)) ?? "").split(
                separator: " ")
            #if arch(x86_64)
                if call.count > 3, call[0] == "7", call[3] == "0xffffffff" { return }
            #else
                if call.count > 3, call[0] == "73", call[3] == "0x0" { return }
            #endif
            usleep(5_000)
        }
        throw Timeout(expected: "revq waiting for a key", screen: screen)
    }

    /// Waits for revq to end; its exit status, or nil on timeout.
    package func waitForExit(timeout: TimeInterval = 30) -> Int32? {
        let deadline = Date().addingTimeInterval(timeout)
        var status: Int32 = 0
        while Date() < deadline {
            let result = waitpid(pid, &status, WNOHANG)
            if result == pid {
                return (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
            }
            usleep(20_000)
        }
        return nil
    }

    package func signal(_ number: Int32) {
        kill(pid, number)
    }

    /// Removes ANSI control sequences (CSI, OSC, single-character escapes) and `\r`.
    static func plain(_ text: String) -> String {
        var result = ""
        var iterator = text.unicodeScalars.makeIterator()
        while let scalar = iterator.next() {
            switch scalar {
            case "\u{1B}":
                guard let next = iterator.next() else { break }
                if next == "[" {
                    while let c = iterator.next(), !(0x40...0x7E).contains(c.value) {}
                } else if next == "]" {
                    while let c = iterator.next(), c != "\u{07}", c != "\u{1B}" {}
                }
            case "\r", "\u{07}":
                continue
            default:
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}

extension Terminal {
    /// Starts revq in a terminal and waits for its first prompt.
    package static func started(_ home: TemporaryHome, arguments: [String] = []) throws -> Terminal {
        let terminal = try Terminal(arguments: arguments, home: home)
        try terminal.waitFor("revq> ")
        return terminal
    }

    /// Types a line, presses Enter and waits for the next prompt (and `expecting` first).
    package func enter(_ line: String, expecting: String? = nil) throws {
        type(line + Key.enter)
        if let expecting { try waitFor(expecting) }
        try waitFor("revq> ")
    }
}

/// Glibc's POSIX_SPAWN_SETSID, which Swift's Glibc module does not import.
private let posixSpawnSetSID: Int32 = 0x80
