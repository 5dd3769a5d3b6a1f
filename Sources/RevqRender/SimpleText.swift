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
        // Not the soft hyphen (U+00AD): a cell shows it as its code point (`VisibleText`).
        case 0x0A, 0x20..<0x7F, 0xA0..<0xAD, 0xAE..<0x300, 0x2010...0x2027, 0x2030...0x205E: return true
        default: return false
        }
    }

    static func isSimple(_ text: String) -> Bool {
        var text = text
        return text.withUTF8(isSimple(utf8:))
    }

    /// `isSimple` read from the bytes of valid UTF-8, without decoding its scalars.
    static func isSimple(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Bool { measure(utf8: bytes) != nil }

    /// The widest line of simple text, in columns, and whether it has no line break,
    /// read in the one pass that finds it simple; nil when it is not.
    static func measure(utf8 bytes: UnsafeBufferPointer<UInt8>) -> (widestLine: Int, isOneLine: Bool)? {
        var (at, widest, line, isOneLine) = (0, 0, 0, true)
        while at < bytes.count {
            // Eight bytes of printable ASCII at a time: most of every cell.
            if bytes.count - at >= 8,
                isPrintableASCII(UnsafeRawPointer(bytes.baseAddress! + at).loadUnaligned(as: UInt64.self))
            {
                (at, line) = (at + 8, line + 8)
                continue
            }
            switch bytes[at] {
            case 0x0A: (at, widest, line, isOneLine) = (at + 1, max(widest, line), 0, false)
            case 0x20..<0x7F: (at, line) = (at + 1, line + 1)
            // U+00A0-00BF
            case 0xC2 where bytes[at + 1] >= 0xA0 && bytes[at + 1] != 0xAD: (at, line) = (at + 2, line + 1)
            case 0xC3...0xCB: (at, line) = (at + 2, line + 1) // U+00C0-02FF
            case 0xE2 where isGeneralPunctuation(bytes[at + 1], bytes[at + 2]): (at, line) = (at + 3, line + 1)
            default: return nil
            }
        }
        return (max(widest, line), isOneLine)
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
        var lines = TextLines()
        guard wrap(text, width: width, into: &lines) else { return nil }
        lines.endCell()
        return lines.strings(ofCell: 0)
    }

    /// `wrap` appending the lines to `lines`, each with its width; false (and nothing
    /// appended) when `text` is not simple.
    static func wrap(_ text: String, width: Int, into lines: inout TextLines) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard isSimple(utf8: bytes) else { return false }
            wrap(simple: bytes, width: width, into: &lines)
            return true
        }
    }

    /// `wrap` of bytes known to be simple (`isSimple(utf8:)`).
    /// `oneLineWidth` is the width of `bytes` when they hold no line break, if known.
    static func wrap(
        simple bytes: UnsafeBufferPointer<UInt8>, width: Int, oneLineWidth: Int? = nil, into lines: inout TextLines
    ) {
        if let oneLineWidth { return wrap(paragraph: bytes[...], columns: oneLineWidth, width: width, into: &lines) }
        forEachLine(of: bytes) { wrap(paragraph: $0, columns: columns($0), width: width, into: &lines) }
    }

    /// The widest line of `text`, in columns; nil when `text` is not simple.
    static func widestLine(_ text: String) -> Int? {
        var text = text
        return text.withUTF8 { bytes in
            measure(utf8: bytes)?.widestLine
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
    /// than that is cut into pieces of `width` characters (at least one). A paragraph
    /// that fits is kept as it is, runs of spaces and all.
    ///
    /// The open line is a range of the paragraph, copied once when it is full: words
    /// one space apart are already joined as the line shows them (a line of words
    /// further apart is joined anew).
    private static func wrap(
        paragraph: Slice<UnsafeBufferPointer<UInt8>>, columns whole: Int, width: Int, into lines: inout TextLines
    ) {
        if whole <= width { return lines.append(line: paragraph, width: whole) }
        if width >= 1, isSpacedOnce(paragraph) { return wrap(spacedOnce: paragraph, width: width, into: &lines) }
        let bytes = paragraph.base
        var (start, end, lineWidth, isSpacedOnce) = (paragraph.startIndex, paragraph.startIndex, 0, true)
        var (words, isEmpty) = (Words(paragraph), true)
        while let word = words.next() {
            if isEmpty {
                (start, lineWidth, isEmpty) = (word.start, word.width, false)
            } else if lineWidth + 1 + word.width <= width {
                if word.start != end + 1 { isSpacedOnce = false }
                lineWidth += 1 + word.width
            } else {
                close(bytes[start..<end], width: lineWidth, isSpacedOnce: isSpacedOnce, into: &lines)
                (start, lineWidth, isSpacedOnce) = (word.start, word.width, true)
            }
            end = word.end
            // Only a line of one word can be too wide: cut it, and keep its last piece open.
            if lineWidth > width { (start, lineWidth) = cut(bytes[start..<end], every: max(width, 1), into: &lines) }
        }
        close(bytes[start..<end], width: lineWidth, isSpacedOnce: isSpacedOnce, into: &lines)
    }

    /// `wrap(paragraph:)` of words one space apart with no space at either end, as a
    /// finding's text is: each line's end is found by counting `width` columns ahead and
    /// stepping back to the space before the word that does not fit, instead of
    /// measuring every word. A line that is one word too wide is cut after `width`
    /// columns and the rest of the word begins the next, as the word loop cuts it.
    private static func wrap(
        spacedOnce paragraph: Slice<UnsafeBufferPointer<UInt8>>, width: Int, into lines: inout TextLines
    ) {
        let (bytes, end) = (paragraph.base, paragraph.endIndex)
        var start = paragraph.startIndex
        while true {
            // `limit`: where `width` more columns end (at a scalar's start), or the end.
            var (limit, counted) = (start, 0)
            while counted < width, limit < end {
                let step = min(width - counted, end - limit)
                counted += columns(bytes[limit..<(limit + step)])
                limit += step
                while limit < end, isContinuation(bytes[limit]) { limit += 1 }
            }
            if limit == end { return lines.append(line: bytes[start..<end], width: counted) }
            if bytes[limit] == 0x20 {
                lines.append(line: bytes[start..<limit], width: counted)
                start = limit + 1
                continue
            }
            var (space, beyond) = (limit - 1, 0)
            while space > start, bytes[space] != 0x20 {
                if !isContinuation(bytes[space]) { beyond += 1 }
                space -= 1
            }
            if space > start {
                lines.append(line: bytes[start..<space], width: counted - beyond - 1)
                start = space + 1
            } else if width >= 3 {
                // A word wider than the line: its piece ends in the hyphen that says so.
                var piece = limit - 1
                while isContinuation(bytes[piece]) { piece -= 1 }
                lines.extend(bytes[start..<piece])
                lines.extend(hyphen)
                lines.close(width: counted)
                start = piece
            } else {
                lines.append(line: bytes[start..<limit], width: counted)
                start = limit
            }
        }
    }

    /// True when `paragraph` has no space at either end and no two spaces together,
    /// looked at eight bytes at a time.
    static func isSpacedOnce(_ paragraph: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        guard let first = paragraph.first, let last = paragraph.last, first != 0x20, last != 0x20,
            let base = paragraph.base.baseAddress
        else { return false }
        var (at, afterSpace) = (paragraph.startIndex, false)
        while paragraph.endIndex - at >= 8 {
            let marks = spaces(in: UInt64(littleEndian: UnsafeRawPointer(base + at).loadUnaligned(as: UInt64.self)))
            // A space whose next byte is one too, within the word or across its start.
            if marks & (marks >> 8) != 0 || (afterSpace && marks & 0x80 != 0) { return false }
            (at, afterSpace) = (at + 8, marks >> 63 != 0)
        }
        while at < paragraph.endIndex {
            let isSpace = base[at] == 0x20
            if isSpace && afterSpace { return false }
            (at, afterSpace) = (at + 1, isSpace)
        }
        return true
    }

    /// 0x80 in each byte of `word` that is a space, 0 in the others (exact, unlike the
    /// shorter test for whether there is one).
    static func spaces(in word: UInt64) -> UInt64 {
        let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        let flipped = word ^ 0x2020_2020_2020_2020
        return ~(((flipped & low7) &+ low7) | flipped | low7)
    }

    /// Appends `line` of words (and spaces between them) as one line: as it is when its
    /// words are one space apart, else its words joined by single spaces.
    private static func close(
        _ line: Slice<UnsafeBufferPointer<UInt8>>, width: Int, isSpacedOnce: Bool, into lines: inout TextLines
    ) {
        if isSpacedOnce { return lines.append(line: line, width: width) }
        var words = Words(line)
        while let word = words.next() {
            if word.start > line.startIndex { lines.extend(0x20) }
            lines.extend(line.base[word.start..<word.end])
        }
        lines.close(width: width)
    }

    /// The mark at the end of a piece of a word cut to fit: a word is broken only when it
    /// alone is wider than the line, and then visibly.
    static let hyphen = UInt8(ascii: "-")

    /// Appends `word` to `lines` in lines of `count` columns (`count - 1` scalars and the
    /// hyphen, where a piece keeps two of its own beside it) while what is left of it is wider than
    /// `count`; returns the last piece, which fits, as its start and width.
    private static func cut(_ word: Slice<UnsafeBufferPointer<UInt8>>, every count: Int, into lines: inout TextLines)
        -> (Int, Int)
    {
        let piece = count >= 3 ? count - 1 : count
        var left = word.indices.reduce(0) { isContinuation(word.base[$1]) ? $0 : $0 + 1 }
        var (pieceStart, scalars) = (word.startIndex, 0)
        for at in word.indices where !isContinuation(word.base[at]) {
            if scalars == piece, left > count {
                lines.extend(word.base[pieceStart..<at])
                if piece < count { lines.extend(hyphen) }
                lines.close(width: count)
                left -= scalars
                (pieceStart, scalars) = (at, 0)
            }
            scalars += 1
        }
        return (pieceStart, scalars)
    }

    /// Each line of `bytes`, empty ones included, as `split(separator: 0x0A,
    /// omittingEmptySubsequences: false)` gives them, without building the array of slices.
    private static func forEachLine(
        of bytes: UnsafeBufferPointer<UInt8>, _ body: (Slice<UnsafeBufferPointer<UInt8>>) -> Void
    ) {
        var start = 0
        while let lineBreak = firstLineBreak(in: bytes, from: start) {
            body(bytes[start..<lineBreak])
            start = lineBreak + 1
        }
        body(bytes[start...])
    }

    /// The first line break of `bytes` at or after `start`, looked for eight bytes at a
    /// time: most cells have none.
    static func firstLineBreak(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard let base = bytes.baseAddress else { return nil }
        var at = start
        while bytes.count - at >= 8 {
            if hasLineBreak(UnsafeRawPointer(base + at).loadUnaligned(as: UInt64.self)) { break }
            at += 8
        }
        while at < bytes.count {
            if base[at] == 0x0A { return at }
            at += 1
        }
        return nil
    }

    /// True when one of the eight bytes of `word` is a line break (the classic test for a
    /// zero byte, on the bytes xor 0x0A: exact about whether there is one).
    static func hasLineBreak(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let flipped = word ^ (ones &* 0x0A)
        return (flipped &- ones) & ~flipped & (ones &* 0x80) != 0
    }

    /// The words of a paragraph, split at spaces, none empty (as `split(separator: 0x20)`),
    /// each as its start, end and width, in one pass over the bytes.
    private struct Words {
        private let bytes: UnsafePointer<UInt8>?
        private var at: Int
        private let end: Int

        init(_ paragraph: Slice<UnsafeBufferPointer<UInt8>>) {
            (bytes, at, end) = (paragraph.base.baseAddress, paragraph.startIndex, paragraph.endIndex)
        }

        mutating func next() -> (start: Int, end: Int, width: Int)? {
            guard let bytes else { return nil }
            while at < end, bytes[at] == 0x20 { at += 1 }
            guard at < end else { return nil }
            let start = at
            var width = 0
            while at < end, bytes[at] != 0x20 {
                if !isContinuation(bytes[at]) { width += 1 }
                at += 1
            }
            return (start, at, width)
        }
    }

    /// Columns of simple text: one per scalar, that is, per byte that does not continue one.
    /// Eight bytes at a time: a continuation byte is 10xxxxxx, so its high bit is set and
    /// the bit below it, shifted up into the high bit's place, is not.
    static func columns(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Int {
        guard let base = bytes.base.baseAddress else { return 0 }
        let high: UInt64 = 0x8080_8080_8080_8080
        var (count, at) = (0, bytes.startIndex)
        while bytes.endIndex - at >= 8 {
            let word = UnsafeRawPointer(base + at).loadUnaligned(as: UInt64.self)
            // One bit per continuation byte, moved to the byte's lowest bit and summed by a multiply.
            let continuations = (word & ~(word << 1) & high) >> 7
            count += 8 - Int(truncatingIfNeeded: (continuations &* 0x0101_0101_0101_0101) >> 56)
            at += 8
        }
        while at < bytes.endIndex {
            if !isContinuation(base[at]) { count += 1 }
            at += 1
        }
        return count
    }

    private static func isContinuation(_ byte: UInt8) -> Bool { byte & 0xC0 == 0x80 }
}
