import RevqCore

/// Measuring, splitting and wrapping text a byte at a time, when every character of it is
/// one Unicode scalar one column wide: printable ASCII, Latin-1 and Latin Extended letters
/// (below the combining accents at U+0300), general punctuation such as – and …, and line
/// breaks; all of the bundled review's data but one minus sign. In such text no two
/// scalars form one grapheme cluster (no CR LF, no combining mark, joiner or prepended
/// mark), so splitting its bytes at spaces and line breaks gives what splitting its
/// `Character`s gives, and a line's width is its number of scalars, as `DisplayWidth`
/// counts them. The grapheme-cluster path cost a table of eight findings about 9 million
/// instructions a statement. Other text returns nil and takes that path.
///
///     SimpleText.wrap("svært lav tillit", width: 9)   // ["svært lav", "tillit"]
///     SimpleText.wrap("e\u{301} ok", width: 9)        // nil: a combining accent
enum SimpleText {
    /// True for a scalar that is a grapheme cluster and one column on its own, or a line break.
    static func isSimple(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A, 0x20..<0x7F, 0xA0..<0x300, 0x2010...0x2027, 0x2030...0x205E: return true
        default: return false
        }
    }

    static func isSimple(_ text: String) -> Bool {
        var text = text
        return text.withUTF8(isSimple(utf8:))
    }

    /// `isSimple` read from the bytes of valid UTF-8, without decoding its scalars.
    static func isSimple(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var at = 0
        while at < bytes.count {
            // Eight bytes of printable ASCII at a time: most of every cell.
            if bytes.count - at >= 8, isPrintableASCII(UnsafeRawPointer(bytes.baseAddress! + at).loadUnaligned(as: UInt64.self)) {
                at += 8
                continue
            }
            switch bytes[at] {
            case 0x0A, 0x20..<0x7F: at += 1
            case 0xC2 where bytes[at + 1] >= 0xA0: at += 2                  // U+00A0-00BF
            case 0xC3...0xCB: at += 2                                        // U+00C0-02FF
            case 0xE2 where isGeneralPunctuation(bytes[at + 1], bytes[at + 2]): at += 3
            default: return false
            }
        }
        return true
    }

    /// True when each byte of `word` is in 0x20-0x7E: no high bit, none below 0x20, none
    /// 0x7F (the classic tests for a byte below n and a zero byte, done on all eight).
    static func isPrintableASCII(_ word: UInt64) -> Bool {
        let high: UInt64 = 0x8080_8080_8080_8080
        let ones: UInt64 = 0x0101_0101_0101_0101
        let belowSpace = (word &- ones &* 0x20) & ~word & high
        let delete = word ^ (ones &* 0x7F)
        let isDelete = (delete &- ones) & ~delete & high
        return (word & high) | belowSpace | isDelete == 0
    }

    /// U+2010-2027 (E2 80 90-A7) and U+2030-205E (E2 80 B0-BF, E2 81 80-9E).
    private static func isGeneralPunctuation(_ second: UInt8, _ third: UInt8) -> Bool {
        second == 0x80 ? (0x90...0xA7).contains(third) || third >= 0xB0 : second == 0x81 && third <= 0x9E
    }

    /// The lines of `text` (its own line breaks kept), each at most `width` columns, as
    /// `TextWrapper.wrap` breaks them; nil when `text` is not simple.
    static func wrap(_ text: String, width: Int) -> [String]? {
        var text = text
        return text.withUTF8 { bytes in
            guard isSimple(utf8: bytes) else { return nil }
            var lines: [String] = []
            forEachLine(of: bytes) { lines += wrap(paragraph: $0, width: width) }
            return lines
        }
    }

    /// The widest line of `text`, in columns; nil when `text` is not simple.
    static func widestLine(_ text: String) -> Int? {
        var text = text
        return text.withUTF8 { bytes in
            guard isSimple(utf8: bytes) else { return nil }
            var widest = 0
            forEachLine(of: bytes) { widest = max(widest, columns($0)) }
            return widest
        }
    }

    /// The widest word of `text` (split at spaces and line breaks), in columns; nil when
    /// `text` is not simple.
    static func longestWord(_ text: String) -> Int? {
        var text = text
        return text.withUTF8 { bytes in
            guard isSimple(utf8: bytes) else { return nil }
            var (longest, current) = (0, 0)
            for byte in bytes {
                if byte == 0x20 || byte == 0x0A {
                    longest = max(longest, current)
                    current = 0
                } else if !isContinuation(byte) {
                    current += 1
                }
            }
            return max(longest, current)
        }
    }

    /// Words joined by single spaces into lines of at most `width` columns; a word wider
    /// than that is cut into pieces of `width` characters (at least one).
    private static func wrap(paragraph: Slice<UnsafeBufferPointer<UInt8>>, width: Int) -> [String] {
        if columns(paragraph) <= width { return [string(paragraph)] }
        var lines: [String] = []
        var line: [UInt8] = []
        var lineWidth = 0
        forEachWord(of: paragraph) { word in
            let wordWidth = columns(word)
            if line.isEmpty {
                line.append(contentsOf: word)
                lineWidth = wordWidth
            } else if lineWidth + 1 + wordWidth <= width {
                line.append(0x20)
                line.append(contentsOf: word)
                lineWidth += 1 + wordWidth
            } else {
                lines.append(string(line))
                line.removeAll(keepingCapacity: true)
                line.append(contentsOf: word)
                lineWidth = wordWidth
            }
            if lineWidth > width {
                let pieces = cut(line, every: max(width, 1))
                lines += pieces.dropLast().map(string)
                line = pieces.last ?? []
                lineWidth = columns(line)
            }
        }
        return lines + [string(line)]
    }

    /// Each line of `bytes`, empty ones included, as `split(separator: 0x0A,
    /// omittingEmptySubsequences: false)` gives them, without building the array of slices
    /// (with `forEachWord`, a tenth of a table statement's instructions).
    private static func forEachLine(of bytes: UnsafeBufferPointer<UInt8>, _ body: (Slice<UnsafeBufferPointer<UInt8>>) -> Void) {
        var start = 0
        for index in bytes.indices where bytes[index] == 0x0A {
            body(bytes[start..<index])
            start = index + 1
        }
        body(bytes[start...])
    }

    /// Each word of `paragraph`, split at spaces, none empty (as `split(separator: 0x20)`).
    private static func forEachWord(of paragraph: Slice<UnsafeBufferPointer<UInt8>>, _ body: (Slice<UnsafeBufferPointer<UInt8>>) -> Void) {
        var start = paragraph.startIndex
        for index in paragraph.indices where paragraph[index] == 0x20 {
            if index > start { body(paragraph[start..<index]) }
            start = index + 1
        }
        if paragraph.endIndex > start { body(paragraph[start..<paragraph.endIndex]) }
    }

    /// `bytes` in pieces of `count` scalars, the last one shorter.
    private static func cut(_ bytes: [UInt8], every count: Int) -> [[UInt8]] {
        var pieces: [[UInt8]] = []
        var piece: [UInt8] = []
        var scalars = 0
        for byte in bytes {
            if !isContinuation(byte) {
                if scalars == count { pieces.append(piece); (piece, scalars) = ([], 0) }
                scalars += 1
            }
            piece.append(byte)
        }
        return pieces + [piece]
    }

    /// Columns of simple text: one per scalar, that is, per byte that does not continue one.
    static func columns(_ bytes: some Sequence<UInt8>) -> Int {
        var count = 0
        for byte in bytes where !isContinuation(byte) { count += 1 }
        return count
    }

    private static func isContinuation(_ byte: UInt8) -> Bool { byte & 0xC0 == 0x80 }

    private static func string(_ bytes: some Collection<UInt8>) -> String {
        String(decoding: bytes, as: UTF8.self)
    }
}
