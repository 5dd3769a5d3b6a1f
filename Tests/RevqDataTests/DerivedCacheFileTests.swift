import Foundation
import Testing

@testable import RevqData

/// What is kept beside a compiled dataset is read back only under the key it was written
/// with, whole and undamaged, and never written over a file revq did not write.
@Suite struct DerivedCacheFileTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("revq-derived-\(UUID().uuidString)").path
    var path: String { folder + "/dataset-x.store.claims" }
    let payload = Array("compiled claims 1\u{1D}findings\u{1F}c1".utf8)

    func file(key: String = "k1") -> DerivedCacheFile { DerivedCacheFile(path: path, folder: folder, key: key) }

    @Test func writtenBytesReadBackUnderTheirKeyOnly() {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(file().read() == nil, "nothing written yet")
        #expect(file().write(payload))
        #expect(file().read() == payload)
        #expect(file(key: "k2").read() == nil, "another store's key")
    }

    @Test(arguments: [0, 20, 40])
    func aDamagedOrShortenedFileIsNotRead(offsetFromEnd: Int) throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(file().write(payload))
        var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        if offsetFromEnd == 0 {
            bytes.removeLast()
        } else {
            bytes[bytes.count - offsetFromEnd] ^= 0x04
        }
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        #expect(file().read() == nil)
    }

    /// A file an older revq wrote (its header of another version) is not read, and is
    /// replaced: a start after an upgrade must not re-derive everything at every run.
    @Test func aFileOfAnOlderVersionIsReplaced() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try Data(Array("revq derived 1\nk1\n".utf8) + [UInt8](repeating: 0, count: 8) + payload).write(
            to: URL(fileURLWithPath: path))
        #expect(file().read() == nil, "another version")
        #expect(file().write(payload))
        #expect(file().read() == payload)
    }

    @Test func aFileRevqDidNotWriteIsLeftAlone() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try "someone's notes\n".write(toFile: path, atomically: false, encoding: .utf8)
        #expect(!file().write(payload))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "someone's notes\n")
    }
}
