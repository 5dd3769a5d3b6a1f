/// 64-bit checksums of 8-byte words: the compiled file's checksum and the cache key's
/// digest of each dataset file (two lanes side by side).
///
/// Each step is `rotl(hash ^ word, 29) &* multiplier`, a bijection of the running value
/// and of the word (the multiplier is odd), so any change confined to one word always
/// changes a lane, and other damage escapes one lane with odds of 2^-64. The last, partial
/// word is zero-padded, then the length is mixed in.
///
/// Rotating before multiplying compiles to xor, rol, imul; multiplying first let the
/// compiler fold the shift into a second multiply (five instructions a word, not three).
/// `sums` takes two words a step and runs both lanes over one load of each word; `sum`
/// runs four strands of one lane side by side.
///
///     WordChecksum.sum(raw)    // the compiled file's checksum
///     WordChecksum.sums(raw)   // (first, second): a dataset file's 128-bit digest
enum WordChecksum {
    struct Lane {
        let seed: UInt64
        let multiplier: UInt64
    }

    static let first = Lane(seed: 0xcbf2_9ce4_8422_2325, multiplier: 0x9e37_79b9_7f4a_7c15)
    static let second = Lane(seed: 0x8422_2325_cbf2_9ce4, multiplier: 0xc2b2_ae3d_27d4_eb4f)

    @inline(__always)
    static func mix(_ hash: UInt64, _ word: UInt64, _ multiplier: UInt64) -> UInt64 {
        let mixed = hash ^ word
        return (mixed &<< 29 | mixed &>> 35) &* multiplier
    }

    /// The first lane only, as four strands: word `i` of each whole 32 bytes goes to strand
    /// `i % 4` (strand `k` seeded `seed ^ k`), the strands are folded into one (`mix` of each
    /// in turn), then the words left, the tail and the length follow as in `sums`. Each strand
    /// is a chain of multiplies that waits on the one before; four chains side by side check a
    /// large table at the speed of reading it, where one chain took four times as long.
    static func sum(_ raw: UnsafeRawBufferPointer) -> UInt64 {
        let m = first.multiplier
        var (h0, h1, h2, h3) = (first.seed, first.seed ^ 1, first.seed ^ 2, first.seed ^ 3)
        var offset = 0
        var hash = first.seed
        if let base = raw.baseAddress {
            let blocks = raw.count & ~31
            while offset < blocks {
                h0 = mix(h0, word(base, offset), m)
                h1 = mix(h1, word(base, offset &+ 8), m)
                h2 = mix(h2, word(base, offset &+ 16), m)
                h3 = mix(h3, word(base, offset &+ 24), m)
                offset &+= 32
            }
            hash = mix(mix(mix(h0, h1, m), h2, m), h3, m)
            while raw.count - offset >= 8 {
                hash = mix(hash, word(base, offset), m)
                offset &+= 8
            }
        } else {
            hash = mix(mix(mix(h0, h1, m), h2, m), h3, m)
        }
        return mix(mix(hash, tail(raw, from: offset), m), UInt64(raw.count), m)
    }

    /// Both lanes in one pass.
    static func sums(_ raw: UnsafeRawBufferPointer) -> (UInt64, UInt64) {
        let (m1, m2) = (first.multiplier, second.multiplier)
        var (a, b) = (first.seed, second.seed)
        var offset = 0
        if let base = raw.baseAddress {
            let pairs = raw.count & ~15
            while offset < pairs {
                let (w0, w1) = (word(base, offset), word(base, offset &+ 8))
                a = mix(mix(a, w0, m1), w1, m1)
                b = mix(mix(b, w0, m2), w1, m2)
                offset &+= 16
            }
            if raw.count - offset >= 8 {
                let w = word(base, offset)
                (a, b) = (mix(a, w, m1), mix(b, w, m2))
                offset &+= 8
            }
        }
        let (last, length) = (tail(raw, from: offset), UInt64(raw.count))
        return (mix(mix(a, last, m1), length, m1), mix(mix(b, last, m2), length, m2))
    }

    /// The loops stay 8 bytes short of the end before every call.
    @inline(__always)
    private static func word(_ base: UnsafeRawPointer, _ offset: Int) -> UInt64 {
        UInt64(littleEndian: base.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
    }

    /// The bytes after `offset` (fewer than 8), little-endian, zero-padded.
    private static func tail(_ raw: UnsafeRawBufferPointer, from offset: Int) -> UInt64 {
        var tail: UInt64 = 0
        for (shift, byte) in raw[offset...].enumerated() { tail |= UInt64(byte) << UInt64(shift * 8) }
        return tail
    }
}
