import Foundation
import Testing

@testable import RevqREPL

/// Reading stays linear in the input (issue 14, defect 4) and bounded (defect 7): these
/// count the work instead of timing it, so they hold on a busy machine too
/// (`scripts/bench-growth` prints the times).
struct LinearInputTests {
    /// A statement over 8,000 lines inside `(` is handed to the parser a few times
    /// (while small, then each time it doubles), not once per line.
    @Test func aLongParenthesisedStatementIsParsedLogarithmicallyOften() {
        let assembler = StatementAssembler()
        var candidates = 0
        _ = assembler.feed("findings where (", number: 1)
        for number in 2...8_000 {
            if case .candidate = assembler.feed("  theme = kommunikasjon or", number: number) { candidates += 1 }
        }
        guard case .candidate(let text) = assembler.feed("  theme = forebygging)", number: 8_001) else {
            Issue.record("the closing line did not end the statement")
            return
        }
        #expect(text.split(separator: "\n").count == 8_001)
        #expect(candidates < 200, "parsed \(candidates) times")
    }

    @Test func backslashContinuationsAreGatheredWithoutParsing() {
        let assembler = StatementAssembler()
        var steps: [StatementAssembler.Step] = []
        for number in 1...1_000 { steps.append(assembler.feed("findings where number > 0 and\\", number: number)) }
        #expect(steps.allSatisfy { $0 == .more })
        guard case .candidate(let text) = assembler.feed("number < 100", number: 1_001) else {
            Issue.record("not ended")
            return
        }
        #expect(text.hasSuffix("and\nnumber < 100"))
    }

    /// Past its limit a statement is dropped once, its remaining lines skipped, and the
    /// next statement read as usual.
    @Test func aStatementTooLongIsSkippedAndReadingGoesOn() {
        let assembler = StatementAssembler(limit: 100)
        #expect(assembler.feed("findings where (", number: 1) == .candidate("findings where ("))
        var steps: [StatementAssembler.Step] = []
        for number in 2...10 { steps.append(assembler.feed("  theme = kommunikasjon or", number: number)) }
        #expect(steps.contains(.tooLong(firstLine: 1)))
        #expect(steps.filter { if case .tooLong = $0 { true } else { false } }.count == 1)
        #expect(assembler.feed("  theme = x)", number: 11) == .skip)
        #expect(assembler.feed("sources", number: 12) == .candidate("sources"))
    }

    /// An unclosed quote ends the statement at its line: the parser reports it, and
    /// the next line is a statement of its own.
    @Test func anOpenQuoteEndsTheStatementAtItsLine() {
        let assembler = StatementAssembler()
        #expect(
            assembler.feed("findings where (theme = \"kommu", number: 1)
                == .candidate("findings where (theme = \"kommu"))
        assembler.reset()
        #expect(assembler.feed("sources", number: 2) == .candidate("sources"))
    }

    @Test(arguments: [("a (b (c", 2), ("(a) b)", -1), ("'(' \"((\" x", 0), ("x = 'open", nil)] as [(String, Int?)])
    func parenthesesAreCountedOutsideQuotes(line: String, balance: Int?) {
        #expect(StatementAssembler.parenthesisBalance(of: line) == balance)
    }

    /// A line of 3 MB arriving in 64 kB blocks is read whole; a line past the limit
    /// with no line end stops the input (`revq < /dev/zero`).
    @Test func longLinesAreReadWholeAndEndlessOnesStop() throws {
        let long = String(repeating: "x", count: 3_000_000)
        #expect(
            readThroughPipe(Array((long + "\nsources\n").utf8), limit: 4_000_000) == [
                .line(long), .line("sources"), .endOfInput,
            ])
        let endless = [UInt8](repeating: 0, count: 300_000)
        #expect(readThroughPipe(endless, limit: 100_000) == [.overlong(100_000)])
    }

    /// A line past the limit that has its line end is read past, not kept, and the next
    /// line follows (issue 25: it was called endless and stopped the input); one with no
    /// end within `endless` bytes stops it.
    @Test func aLongLineWithItsEndIsSkippedAndReadingGoesOn() {
        let long = [UInt8](repeating: UInt8(ascii: "x"), count: 300_000)
        #expect(
            readThroughPipe(long + Array("\nsources\n".utf8), limit: 100_000) == [
                .skipped(100_000), .line("sources"), .endOfInput,
            ])
        #expect(
            readThroughPipe(long + long + Array("\n".utf8) + long + Array("\nend".utf8), limit: 100_000)
                == [.skipped(100_000), .skipped(100_000), .line("end"), .endOfInput])
        #expect(
            readThroughPipe(long + long + Array("\nsources\n".utf8), limit: 100_000, endless: 400_000) == [
                .overlong(100_000)
            ])
    }
}
