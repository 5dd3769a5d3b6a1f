import Glibc

/// libedit's character reader, replaced so that Ctrl-C can never be lost.
///
/// libedit's own reader calls `read()` after printing the prompt; a Ctrl-C that arrives
/// between the prompt and that `read()` raised revq's flag but left `read()` waiting for
/// another key, so the prompt did not come back (seen under load in CI). This reader
/// checks the flag and then waits on the terminal and on the interruption's wake pipe
/// together: a Ctrl-C that came before the wait is seen through the flag or the byte
/// waiting in the pipe, one that comes during it wakes the wait, on whatever thread the
/// signal was delivered.
enum TerminalKeyReader {
    /// Reads one character as libedit's `el_rfunc_t` does: 1 and the character, 0 at the
    /// end of input, -1 with `errno` set (EINTR once `isInterrupted` holds).
    static func readCharacter(
        from input: Int32, wakingOn wake: Int32, isInterrupted: () -> Bool,
        into character: UnsafeMutablePointer<wchar_t>
    ) -> Int32 {
        var decoder = UTF8ScalarDecoder()
        while true {
            if isInterrupted() {
                errno = EINTR
                return -1
            }
            var waits = [
                pollfd(fd: input, events: Int16(POLLIN), revents: 0),
                pollfd(fd: wake, events: Int16(POLLIN), revents: 0),
            ]
            if poll(&waits, wake >= 0 ? 2 : 1, -1) < 0 {
                if errno == EINTR { continue }
                return -1
            }
            // Only the flag says whether the wake was a Ctrl-C; the pipe just ends the wait.
            // A stale byte (one written after the flag was cleared) is read away, or the
            // wait would return at once forever and spin.
            if waits[1].revents != 0 {
                var stale = [UInt8](repeating: 0, count: 64)
                _ = read(wake, &stale, stale.count)
            }
            guard waits[0].revents != 0 else { continue }
            var byte: UInt8 = 0
            let count = read(input, &byte, 1)
            if count == 0 { return 0 }
            if count < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                return -1
            }
            if let scalar = decoder.add(byte) {
                character.pointee = wchar_t(bitPattern: scalar.value)
                return 1
            }
        }
    }
}

/// Bytes of UTF-8 gathered until they make one Unicode scalar; a malformed sequence is
/// dropped, as libedit drops it.
struct UTF8ScalarDecoder {
    private var bytes: [UInt8] = []
    private var expected = 0

    mutating func add(_ byte: UInt8) -> Unicode.Scalar? {
        if bytes.isEmpty || byte & 0xC0 != 0x80 {
            bytes = [byte]
            expected = Self.length(ofSequenceStartingWith: byte)
        } else {
            bytes.append(byte)
        }
        if expected == 0 { bytes = [] }
        guard expected > 0, bytes.count == expected else { return nil }
        defer { bytes = [] }
        var scalars = String(decoding: bytes, as: UTF8.self).unicodeScalars.makeIterator()
        guard let scalar = scalars.next(), scalar != "\u{FFFD}" || bytes == [0xEF, 0xBF, 0xBD] else { return nil }
        return scalar
    }

    private static func length(ofSequenceStartingWith byte: UInt8) -> Int {
        switch byte {
        case 0x00...0x7F: 1
        case 0xC2...0xDF: 2
        case 0xE0...0xEF: 3
        case 0xF0...0xF4: 4
        default: 0
        }
    }
}
