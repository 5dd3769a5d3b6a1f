import Testing
@testable import RevqData

/// The cache key's content digest sees every change within a word, and tells apart
/// contents that differ only in length or by a trailing zero.
@Suite struct FastDigestTests {
    @Test func everyChangedByteChangesTheDigest() {
        let bytes = Array("Øye 2018\tmoderat\tKommunikasjon\tfem hadde moderat risiko for skjevheter".utf8) + [0, 0, 7]
        let original = DatasetFingerprint.fastHex(of: bytes)
        #expect(original.count == 32)
        #expect(DatasetFingerprint.fastHex(of: bytes) == original)
        for position in bytes.indices {
            for flip: UInt8 in [0x01, 0x80, 0xFF] {
                var changed = bytes
                changed[position] ^= flip
                #expect(DatasetFingerprint.fastHex(of: changed) != original, "byte \(position) ^ \(flip)")
            }
        }
        #expect(DatasetFingerprint.fastHex(of: bytes + [0]) != original)
        #expect(DatasetFingerprint.fastHex(of: Array(bytes.dropLast())) != original)
        #expect(DatasetFingerprint.fastHex(of: []) != DatasetFingerprint.fastHex(of: [0]))
    }
}
