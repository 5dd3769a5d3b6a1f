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

    /// The unrolled loops give what their definitions give (written here as plainly as they
    /// read), for every length around the word, step and block boundaries.
    @Test func theUnrolledLoopsKeepTheDefinition() {
        var generator = SeededGenerator(seed: 8)
        for length in 0...100 {
            let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }
            let (first, second) = bytes.withUnsafeBytes { WordChecksum.sums($0) }
            #expect(first == Self.wordAtATime(bytes, WordChecksum.first), "length \(length)")
            #expect(second == Self.wordAtATime(bytes, WordChecksum.second), "length \(length)")
            #expect(bytes.withUnsafeBytes { WordChecksum.sum($0) } == Self.strands(bytes), "length \(length)")
        }
    }

    /// The compiled file's checksum (`sum`) sees every change within a word too, and its
    /// length, across the strands' 32-byte blocks and the words after them.
    @Test func everyChangedByteChangesTheChecksum() {
        let bytes = Array("Øye 2018\tmoderat\tKommunikasjon\tfem hadde moderat risiko for skjevheter".utf8) + [0, 0, 7]
        let sum = { (bytes: [UInt8]) in bytes.withUnsafeBytes { WordChecksum.sum($0) } }
        let original = sum(bytes)
        for position in bytes.indices {
            for flip: UInt8 in [0x01, 0x80, 0xFF] {
                var changed = bytes
                changed[position] ^= flip
                #expect(sum(changed) != original, "byte \(position) ^ \(flip)")
            }
        }
        #expect(sum(bytes + [0]) != original)
        #expect(sum(Array(bytes.dropLast())) != original)
        #expect(sum([]) != sum([0]))
        // Two words swapped between strands.
        var swapped = bytes
        swapped.swapAt(0, 8)
        #expect(sum(swapped) != original)
    }

    /// `sum`'s definition, as plainly as it reads: whole 32-byte blocks dealt out word by word
    /// to four strands, folded, then the words left, the tail and the length.
    static func strands(_ bytes: [UInt8]) -> UInt64 {
        let lane = WordChecksum.first
        func mix(_ hash: UInt64, _ word: UInt64) -> UInt64 {
            let mixed = hash ^ word
            return (mixed << 29 | mixed >> 35) &* lane.multiplier
        }
        func word(at offset: Int) -> UInt64 {
            bytes[offset..<offset + 8].enumerated().reduce(UInt64(0)) {
                $0 | UInt64($1.element) << UInt64($1.offset * 8)
            }
        }
        var strands = (0..<4).map { lane.seed ^ UInt64($0) }
        let blocks = bytes.count / 32 * 32
        for offset in stride(from: 0, to: blocks, by: 8) {
            strands[offset / 8 % 4] = mix(strands[offset / 8 % 4], word(at: offset))
        }
        var hash = strands.dropFirst().reduce(strands[0], mix)
        var offset = blocks
        while offset + 8 <= bytes.count {
            hash = mix(hash, word(at: offset))
            offset += 8
        }
        let tail = bytes[offset...].enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << UInt64($1.offset * 8) }
        return mix(mix(hash, tail), UInt64(bytes.count))
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
