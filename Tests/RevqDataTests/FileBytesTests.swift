import Foundation
import RevqTestSupport
import Testing

@testable import RevqData

/// Reading a whole file straight into its array: every byte, whatever the size says.
struct FileBytesTests {
    /// Sizes around the first read's room (size + 1, at least 4 KiB) and the chunks after it.
    @Test(arguments: [0, 1, 7, 4095, 4096, 4097, 65_536, 200_001])
    func aFileReadsBackWhole(size: Int) throws {
        var generator = SeededGenerator(seed: UInt64(size))
        let bytes = (0..<size).map { _ in UInt8.random(in: 0...255, using: &generator) }
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("revq-bytes-\(UUID().uuidString)").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(try FileBytes.read(path) == bytes)
    }

    /// /proc says size 0 and may hold more than the first read's 4 KiB: read to its end.
    @Test func aFileLongerThanItsSizeSaysReadsToItsEnd() throws {
        let maps = try FileBytes.read("/proc/self/maps")
        let expected = [UInt8](try String(contentsOfFile: "/proc/self/maps", encoding: .utf8).utf8)
        // The maps of a test process run to many KiB; both reads see the same mappings'
        // first line, and each ends a line.
        #expect(maps.count > 4096)
        #expect(maps.last == UInt8(ascii: "\n") && expected.last == UInt8(ascii: "\n"))
        #expect(maps.prefix(40) == expected.prefix(40))
    }
}
