import RevqTestSupport
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

    /// The two-words-a-step loops give what one word at a time gives (the definition, written
    /// here as plainly as it reads), for every length around the word and step boundaries.
    @Test func theUnrolledLoopsKeepTheDefinition() {
        var generator = SeededGenerator(seed: 8)
        for length in 0...80 {
            let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }
            let (first, second) = bytes.withUnsafeBytes { WordChecksum.sums($0) }
            #expect(first == Self.wordAtATime(bytes, WordChecksum.first), "length \(length)")
            #expect(second == Self.wordAtATime(bytes, WordChecksum.second), "length \(length)")
            #expect(bytes.withUnsafeBytes { WordChecksum.sum($0) } == first, "length \(length)")
        }
    }

    static func wordAtATime(_ bytes: [UInt8], _ lane: WordChecksum.Lane) -> UInt64 {
        func mix(_ hash: UInt64, _ word: UInt64) -> UInt64 {
            let mixed = hash ^ word
            return (mixed << 29 | mixed >> 35) &* lane.multiplier
        }
        var hash = lane.seed
        var offset = 0
        while offset + 8 <= bytes.count {
            let word = bytes[offset..<offset + 8].enumerated().reduce(UInt64(0)) {
                $0 | UInt64($1.element) << UInt64($1.offset * 8)
            }
            hash = mix(hash, word)
            offset += 8
        }
        let tail = bytes[offset...].enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << UInt64($1.offset * 8) }
        return mix(mix(hash, tail), UInt64(bytes.count))
    }
}
