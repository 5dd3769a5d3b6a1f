import Testing

@testable import RevqREPL

/// `StatementAssembler.hasParenthesis` reads eight bytes at a time: it must find a
/// parenthesis at every place of a line, in ASCII and among Norwegian letters and
/// other bytes next to 0x28 and 0x29 (`è` is C3 A8, `é` C3 A9), and nothing else.
@Suite struct ParenthesisScanTests {
    static let fillers = ["a", "æ", "é", "è", "*", "+", " ", "\u{301}", "漢"]

    @Test(arguments: fillers)
    func aParenthesisIsFoundAtEveryPlace(filler: String) {
        for length in 0..<20 {
            let plain = String(repeating: filler, count: length)
            #expect(!StatementAssembler.hasParenthesis(plain), "\(plain.debugDescription)")
            for place in 0...length {
                for parenthesis in ["(", ")"] {
                    var line = Array(repeating: filler, count: length)
                    line.insert(parenthesis, at: place)
                    #expect(StatementAssembler.hasParenthesis(line.joined()), "\(line.joined().debugDescription)")
                }
            }
        }
    }

    /// Every byte value in every lane of a word: only 0x28 and 0x29 count.
    @Test func onlyTheTwoBytesCountInAWord() {
        for lane in 0..<8 {
            for byte in 0...255 {
                let word = UInt64(byte) << (8 * lane) | (0x6161_6161_6161_6161 & ~(0xFF << (8 * lane)))
                #expect(StatementAssembler.hasParenthesisByte(word) == (byte == 0x28 || byte == 0x29))
            }
        }
    }
}
