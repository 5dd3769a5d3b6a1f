/// SHA-256 (FIPS 180-4), for the content hash `revq --version` prints and the key of the
/// compiled dataset cache. Written out here
/// because Foundation on Linux has no digest, and the hash must be the one `sha256sum`
/// prints so that anyone can check it without revq.
///
///     SHA256.hex(of: Array("abc".utf8)).prefix(8)   // "ba7816bf"
package enum SHA256 {
    private static let roundConstants: [UInt32] = [
        0x428a_2f98, 0x7137_4491, 0xb5c0_fbcf, 0xe9b5_dba5, 0x3956_c25b, 0x59f1_11f1, 0x923f_82a4, 0xab1c_5ed5,
        0xd807_aa98, 0x1283_5b01, 0x2431_85be, 0x550c_7dc3, 0x72be_5d74, 0x80de_b1fe, 0x9bdc_06a7, 0xc19b_f174,
        0xe49b_69c1, 0xefbe_4786, 0x0fc1_9dc6, 0x240c_a1cc, 0x2de9_2c6f, 0x4a74_84aa, 0x5cb0_a9dc, 0x76f9_88da,
        0x983e_5152, 0xa831_c66d, 0xb003_27c8, 0xbf59_7fc7, 0xc6e0_0bf3, 0xd5a7_9147, 0x06ca_6351, 0x1429_2967,
        0x27b7_0a85, 0x2e1b_2138, 0x4d2c_6dfc, 0x5338_0d13, 0x650a_7354, 0x766a_0abb, 0x81c2_c92e, 0x9272_2c85,
        0xa2bf_e8a1, 0xa81a_664b, 0xc24b_8b70, 0xc76c_51a3, 0xd192_e819, 0xd699_0624, 0xf40e_3585, 0x106a_a070,
        0x19a4_c116, 0x1e37_6c08, 0x2748_774c, 0x34b0_bcb5, 0x391c_0cb3, 0x4ed8_aa4a, 0x5b9c_ca4f, 0x682e_6ff3,
        0x748f_82ee, 0x78a5_636f, 0x84c8_7814, 0x8cc7_0208, 0x90be_fffa, 0xa450_6ceb, 0xbef9_a3f7, 0xc671_78f2,
    ]
    private static let initialState: [UInt32] = [
        0x6a09_e667, 0xbb67_ae85, 0x3c6e_f372, 0xa54f_f53a, 0x510e_527f, 0x9b05_688c, 0x1f83_d9ab, 0x5be0_cd19,
    ]

    /// The digest of `bytes` as 64 lowercase hex digits, spelled nibble by nibble: every
    /// start names its cache file so, and the generic `joined()` of padded strings had the
    /// runtime look up String's conformances for it.
    package static func hex(of bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(64)
        for word in digest(of: bytes) {
            var shift: UInt32 = 32
            while shift > 0 {
                shift -= 4
                text.append(digits[Int(word >> shift & 15)])
            }
        }
        return String(decoding: text, as: UTF8.self)
    }

    package static func digest(of bytes: [UInt8]) -> [UInt32] {
        var state = initialState
        // The compression runs on raw pointers: array bounds and exclusivity checks made it
        // several times slower, and a dataset's first start hashes every file.
        state.withUnsafeMutableBufferPointer { state in
            roundConstants.withUnsafeBufferPointer { constants in
                withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { words in
                    let wholeBlocks = bytes.count / 64 * 64
                    bytes.withUnsafeBytes { message in
                        for blockStart in stride(from: 0, to: wholeBlocks, by: 64) {
                            compress(
                                state, words: words, constants: constants, block: message.baseAddress! + blockStart)
                        }
                    }
                    let tail = padding(Array(bytes[wholeBlocks...]), messageLength: bytes.count)
                    tail.withUnsafeBytes { padded in
                        for blockStart in stride(from: 0, to: padded.count, by: 64) {
                            compress(state, words: words, constants: constants, block: padded.baseAddress! + blockStart)
                        }
                    }
                }
            }
        }
        return state
    }

    /// The message's last bytes, a 1 bit, zeros, and the message's length in bits as 64
    /// bits big-endian, to a multiple of 64 bytes.
    private static func padding(_ tail: [UInt8], messageLength: Int) -> [UInt8] {
        var padded = tail
        padded.append(0x80)
        while padded.count % 64 != 56 { padded.append(0) }
        let bitCount = UInt64(messageLength) &* 8
        for shift in stride(from: 56, through: 0, by: -8) {
            padded.append(UInt8(truncatingIfNeeded: bitCount >> UInt64(shift)))
        }
        return padded
    }

    /// One 64-byte block: the message schedule from its 16 words, then 64 rounds.
    @inline(__always)
    private static func compress(
        _ state: UnsafeMutableBufferPointer<UInt32>, words: UnsafeMutableBufferPointer<UInt32>,
        constants: UnsafeBufferPointer<UInt32>, block: UnsafeRawPointer
    ) {
        let w = words.baseAddress!
        let k = constants.baseAddress!
        let h0 = state.baseAddress!
        for index in 0..<16 {
            w[index] = UInt32(bigEndian: block.loadUnaligned(fromByteOffset: index * 4, as: UInt32.self))
        }
        for index in 16..<64 {
            let s0 = rotate(w[index - 15], 7) ^ rotate(w[index - 15], 18) ^ (w[index - 15] &>> 3)
            let s1 = rotate(w[index - 2], 17) ^ rotate(w[index - 2], 19) ^ (w[index - 2] &>> 10)
            w[index] = w[index - 16] &+ s0 &+ w[index - 7] &+ s1
        }
        var (a, b, c, d, e, f, g, h) = (h0[0], h0[1], h0[2], h0[3], h0[4], h0[5], h0[6], h0[7])
        // Eight rounds a turn, each naming the variables in their rotated roles, so no
        // value is moved between rounds.
        for index in stride(from: 0, to: 64, by: 8) {
            round(a, b, c, &d, e, f, g, &h, k[index] &+ w[index])
            round(h, a, b, &c, d, e, f, &g, k[index + 1] &+ w[index + 1])
            round(g, h, a, &b, c, d, e, &f, k[index + 2] &+ w[index + 2])
            round(f, g, h, &a, b, c, d, &e, k[index + 3] &+ w[index + 3])
            round(e, f, g, &h, a, b, c, &d, k[index + 4] &+ w[index + 4])
            round(d, e, f, &g, h, a, b, &c, k[index + 5] &+ w[index + 5])
            round(c, d, e, &f, g, h, a, &b, k[index + 6] &+ w[index + 6])
            round(b, c, d, &e, f, g, h, &a, k[index + 7] &+ w[index + 7])
        }
        h0[0] &+= a
        h0[1] &+= b
        h0[2] &+= c
        h0[3] &+= d
        h0[4] &+= e
        h0[5] &+= f
        h0[6] &+= g
        h0[7] &+= h
    }

    /// One round: `d` and `h` take their new values; the caller rotates the roles.
    @inline(__always)
    private static func round(
        _ a: UInt32, _ b: UInt32, _ c: UInt32, _ d: inout UInt32,
        _ e: UInt32, _ f: UInt32, _ g: UInt32, _ h: inout UInt32, _ constantAndWord: UInt32
    ) {
        let choice = g ^ (e & (f ^ g))
        let temp1 = h &+ (rotate(e, 6) ^ rotate(e, 11) ^ rotate(e, 25)) &+ choice &+ constantAndWord
        let majority = (a & b) | (c & (a | b))
        d &+= temp1
        h = temp1 &+ (rotate(a, 2) ^ rotate(a, 13) ^ rotate(a, 22)) &+ majority
    }

    @inline(__always)
    private static func rotate(_ value: UInt32, _ count: UInt32) -> UInt32 {
        (value &>> count) | (value &<< (32 &- count))
    }
}
