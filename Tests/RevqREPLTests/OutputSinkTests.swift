import Foundation
import Testing

@testable import RevqREPL

/// Writes as large as the sink's buffer (a band of a table's box) go to the descriptor
/// as they are: in order with the smaller writes buffered around them, and a failed one
/// kept as the sink's failure.
@Suite struct OutputSinkTests {
    @Test func largeWritesKeepTheirOrderAmongBufferedOnes() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("revq-sink-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let sink = try OutputSink.file(path)
        let large = [UInt8](repeating: UInt8(ascii: "x"), count: 1 << 16)
        let larger = [UInt8](repeating: UInt8(ascii: "y"), count: (1 << 17) + 3)
        sink.write("før ")
        large.withUnsafeBufferPointer { sink.write(utf8: $0) }
        sink.write(" mellom ")
        larger.withUnsafeBufferPointer { sink.write(utf8: $0) }
        sink.write(" etter\n")
        sink.close()
        let expected =
            "før " + String(decoding: large, as: UTF8.self) + " mellom " + String(decoding: larger, as: UTF8.self)
            + " etter\n"
        #expect(try String(contentsOfFile: path, encoding: .utf8) == expected)
        #expect(sink.takeFailure() == nil)
    }

    @Test func aLargeWriteToAFullDeviceIsAFailure() throws {
        let sink = try OutputSink.file("/dev/full")
        let large = [UInt8](repeating: UInt8(ascii: "x"), count: 1 << 16)
        large.withUnsafeBufferPointer { sink.write(utf8: $0) }
        #expect(sink.takeFailure()?.description == "cannot write to /dev/full: No space left on device")
        sink.close()
    }
}
