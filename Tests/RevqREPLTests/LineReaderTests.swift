import Foundation
import Testing

@testable import RevqREPL

struct LineReaderTests {
    /// Lines come back whole whatever the block boundaries: a line longer than one
    /// read, Windows line ends, a last line without a line end, invalid UTF-8.
    @Test func bufferedReaderSplitsLinesFromAPipe() throws {
        let long = String(repeating: "ø", count: 70_000)
        let bytes = Array("findings\r\n\(long)\n\nsources".utf8) + [0x0A, 0xFF, 0x41]
        let lines = readThroughPipe(bytes)
        #expect(
            lines == [.line("findings"), .line(long), .line(""), .line("sources"), .line("\u{FFFD}A"), .endOfInput])
    }

    @Test func stringReaderGivesLinesThenTheEnd() {
        let reader = StringLineReader("a\r\nb\n\nc\r\n")
        let lines = (0..<5).map { _ in reader.readLine(prompt: "") }
        #expect(lines == [.line("a"), .line("b"), .line(""), .line("c"), .endOfInput])
    }
}
