import RevqCore
import RevqTestSupport
import Testing

@testable import RevqRender

/// A table is drawn and written a band of rows at a time (`TableBox`): whatever the band's
/// size, the bytes written are the same, and a small band is written in pieces no larger
/// than a row, each ending at a line end.
@Suite struct TableBandTests {
    /// Each piece the renderer writes, in order.
    struct Pieces: UTF8OutputStream {
        var pieces: [String] = []
        mutating func write(_ string: String) { pieces.append(string) }
        mutating func write(utf8 bytes: UnsafeBufferPointer<UInt8>) {
            pieces.append(String(decoding: bytes, as: UTF8.self))
        }
    }

    static func pieces(_ result: ResultSet, spec: OutputSpec, bandBytes: Int) -> [String] {
        var renderer = TableRenderer(layout: TableLayout(fitting: result, spec: spec), spec: spec)
        renderer.bandBytes = bandBytes
        var output = Pieces()
        renderer.render(result, to: &output)
        return output.pieces
    }

    /// The findings of Tabell 9 (`Fixtures.findings`) as 0, 1 and all their rows.
    static let findings: [ResultSet] = [0, 1, Fixtures.findings.rows.count].map { count in
        var result = Fixtures.findings
        result.rows = Array(result.rows.prefix(count))
        return result
    }

    /// Bands of one byte, of a few lines and of the whole table give the same bytes, with
    /// headers on and off, in colour and not, narrow (findings wrapped) and wide.
    @Test(arguments: [(60, true, false), (80, false, true), (200, true, true), (40, false, false)])
    func findingsAreTheSameInEveryBand(width: Int, headers: Bool, color: Bool) {
        let spec = OutputSpec(mode: .table, headers: headers, width: width, color: color)
        for result in Self.findings where headers || !result.rows.isEmpty {
            let whole = Self.pieces(result, spec: spec, bandBytes: 1 << 30).joined()
            for band in [1, 200, 1500] {
                #expect(
                    Self.pieces(result, spec: spec, bandBytes: band).joined() == whole,
                    "\(result.rows.count) rows in \(band)")
            }
        }
    }

    /// A band of one byte writes the top rule, then each row (with the rule above it)
    /// on its own, then the bottom rule: the box never waits for the whole table.
    @Test func aSmallBandWritesRowByRow() {
        let spec = OutputSpec(mode: .table, width: 60)
        let result = Fixtures.findings
        let pieces = Self.pieces(result, spec: spec, bandBytes: 1)
        // The row count line and what follows it are written after the box.
        let box = pieces.prefix { !$0.hasPrefix("(") }
        #expect(box.count == 1 + 1 + result.rows.count + 1)
        #expect(box.allSatisfy { $0.hasSuffix("\n") })
        #expect(box.first!.hasPrefix("┌") && box.last!.hasPrefix("└"))
        #expect(box.dropFirst(3).dropLast().allSatisfy { $0.hasPrefix("├") }, "each row but the first is set apart")
    }

    /// Random tables of every kind of cell (`TextLinesTests.randomResult`): any band gives
    /// the bytes of one band holding the whole table.
    @Test func randomTablesAreTheSameInEveryBand() {
        var generator = SeededGenerator(seed: 1217)
        for _ in 0..<300 {
            let result = TextLinesTests.randomResult(&generator)
            let spec = TextLinesTests.randomTableSpec(&generator)
            guard spec.headers || !result.rows.isEmpty else { continue }
            let band = Int.random(in: 1...400, using: &generator)
            #expect(
                Self.pieces(result, spec: spec, bandBytes: band).joined()
                    == Self.pieces(result, spec: spec, bandBytes: 1 << 30).joined(), "\(result.rows) in \(band)")
        }
    }
}
