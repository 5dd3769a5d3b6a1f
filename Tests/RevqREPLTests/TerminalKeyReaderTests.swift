import Foundation
import Synchronization
import Testing

@testable import RevqREPL

/// The reader libedit calls for each key: a Ctrl-C before or during the wait always ends
/// it, and UTF-8 arrives as whole characters.
@Suite struct TerminalKeyReaderTests {
    /// A pipe standing in for the terminal, and one for the interruption's wake byte.
    final class Pipes {
        let input: [Int32]
        let wake: [Int32]
        init() {
            var input: [Int32] = [-1, -1]
            var wake: [Int32] = [-1, -1]
            pipe(&input)
            pipe(&wake)
            self.input = input
            self.wake = wake
        }
        func type(_ bytes: [UInt8]) { _ = bytes.withUnsafeBytes { write(input[1], $0.baseAddress, $0.count) } }
        func endInput() { close(input[1]) }
        deinit { for end in input + wake { close(end) } }
    }

    private func read(_ pipes: Pipes, interrupted: @escaping () -> Bool = { false }) -> (
        status: Int32, character: UInt32, error: Int32
    ) {
        var character: wchar_t = 0
        errno = 0
        let status = TerminalKeyReader.readCharacter(
            from: pipes.input[0], wakingOn: pipes.wake[0], isInterrupted: interrupted, into: &character)
        return (status, UInt32(bitPattern: character), errno)
    }

    /// The race CI hit: the interruption came before the wait, and a key is waiting too.
    @Test func anInterruptionBeforeTheWaitEndsTheLineEvenWithAKeyWaiting() {
        let pipes = Pipes()
        pipes.type(Array("x".utf8))
        let interrupted = read(pipes, interrupted: { true })
        #expect(interrupted.status == -1 && interrupted.error == EINTR)
        let next = read(pipes)
        #expect(next.status == 1 && next.character == UInt32(UInt8(ascii: "x")))
    }

    /// A Ctrl-C during the wait wakes it through the pipe, with no key typed.
    @Test func anInterruptionDuringTheWaitWakesIt() {
        let pipes = Pipes()
        let flag = Atomic<Bool>(false)
        let finished = Atomic<Bool>(false)
        // The thread keeps its own copies of the write ends, which outlive `pipes`.
        let wakeWriter = dup(pipes.wake[1])
        let inputWriter = dup(pipes.input[1])
        Thread.detachNewThread {
            defer {
                close(wakeWriter)
                close(inputWriter)
            }
            usleep(100_000)
            flag.store(true, ordering: .sequentiallyConsistent)
            var byte: UInt8 = 1
            _ = write(wakeWriter, &byte, 1)
            // Should the wake be missed, a key after a while ends the wait and the test fails.
            for _ in 0..<50 where !finished.load(ordering: .sequentiallyConsistent) { usleep(100_000) }
            if !finished.load(ordering: .sequentiallyConsistent) { _ = write(inputWriter, &byte, 1) }
        }
        let result = read(pipes, interrupted: { flag.load(ordering: .sequentiallyConsistent) })
        finished.store(true, ordering: .sequentiallyConsistent)
        #expect(result.status == -1 && result.error == EINTR)
    }

    /// A wake byte without the flag (a stale one) does not end the line: the key does...
    @Test func aWakeWithoutTheFlagKeepsWaitingForTheKey() {
        let pipes = Pipes()
        var byte: UInt8 = 1
        _ = write(pipes.wake[1], &byte, 1)
        pipes.type(Array("q".utf8))
        let result = read(pipes)
        #expect(result.status == 1 && result.character == UInt32(UInt8(ascii: "q")))
        // ... and is read away, or every later wait would return at once and spin.
        var wake = pollfd(fd: pipes.wake[0], events: Int16(POLLIN), revents: 0)
        #expect(poll(&wake, 1, 0) == 0, "the stale wake byte is still there")
    }

    @Test func multibyteLettersArriveWhole() {
        let pipes = Pipes()
        pipes.type(Array("ø€😀".utf8))
        #expect(read(pipes).character == 0xF8)
        #expect(read(pipes).character == 0x20AC)
        #expect(read(pipes).character == 0x1F600)
    }

    @Test func aMalformedByteIsDroppedAndTheNextLetterRead() {
        let pipes = Pipes()
        pipes.type([0xFF, 0xC3, UInt8(ascii: "a"), 0xC3, 0xA6])
        #expect(read(pipes).character == UInt32(UInt8(ascii: "a")))
        #expect(read(pipes).character == 0xE6)
    }

    @Test func theEndOfInputIsZero() {
        let pipes = Pipes()
        pipes.endInput()
        #expect(read(pipes).status == 0)
    }
}
