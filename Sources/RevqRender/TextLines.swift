import RevqCore

/// Wrapped lines of text, of one cell or of a table row's cells, in one byte buffer:
/// each line a range of the bytes with its width in columns, each cell a range of the
/// lines. A table of eight findings built a String and an array for each of its ~80
/// lines and measured each line again to pad it; that was half of a statement's cost.
///
///     var lines = TextLines()
///     TextWrapper.wrap("svært lav tillit", width: 9, into: &lines)
///     lines.endCell()
///     lines.strings(ofCell: 0)   // ["svært lav", "tillit"]
struct TextLines {
    /// One line: `bytes[start..<end]`, `width` columns wide.
    struct Line {
        let start: Int
        let end: Int
        let width: Int
    }

    private(set) var bytes: [UInt8] = []
    private(set) var lines: [Line] = []
    /// The end of each finished cell in `lines`.
    private var cellEnds: [Int] = []
    /// Where the line being built (the open line) starts in `bytes`.
    private var openStart = 0

    init(reservingBytes byteCount: Int = 0, lines lineCount: Int = 0) {
        bytes.reserveCapacity(byteCount)
        lines.reserveCapacity(lineCount)
    }

    /// The lines of cell `index` (counted from 0 in the order `endCell` ended them).
    func lines(ofCell index: Int) -> ArraySlice<Line> {
        let (first, count) = lineRange(ofCell: index)
        return lines[first..<(first + count)]
    }

    /// Where cell `index`'s lines start in `lines`, and how many it has.
    func lineRange(ofCell index: Int) -> (first: Int, count: Int) {
        let first = index == 0 ? 0 : cellEnds[index - 1]
        return (first, cellEnds[index] - first)
    }

    func lineCount(ofCell index: Int) -> Int { lineRange(ofCell: index).count }

    /// The text of one line.
    func text(_ line: Line) -> ArraySlice<UInt8> { bytes[line.start..<line.end] }

    /// Cell `index`'s lines as strings (`TextWrapper.wrap`'s answer).
    func strings(ofCell index: Int) -> [String] {
        lines(ofCell: index).map { String(decoding: text($0), as: UTF8.self) }
    }

    /// Empties the lines and cells, keeping their room: a table reuses it row after row.
    mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
        lines.removeAll(keepingCapacity: true)
        cellEnds.removeAll(keepingCapacity: true)
        openStart = 0
    }

    /// Ends the cell whose lines were appended since the last cell ended.
    mutating func endCell() { cellEnds.append(lines.count) }

    /// Appends a whole line.
    mutating func append(line: String, width: Int) {
        bytes.append(contentsOf: line.utf8)
        close(width: width)
    }

    mutating func append(line: Slice<UnsafeBufferPointer<UInt8>>, width: Int) {
        extend(line)
        close(width: width)
    }

    // Building a line a word at a time.

    /// Appends `piece` as one block of bytes (a slice would be appended element by element).
    mutating func extend(_ piece: Slice<UnsafeBufferPointer<UInt8>>) {
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: piece))
    }

    mutating func extend(_ byte: UInt8) { bytes.append(byte) }

    /// Ends the open line, `width` columns wide; the next line opens after it.
    mutating func close(width: Int) {
        lines.append(Line(start: openStart, end: bytes.count, width: width))
        openStart = bytes.count
    }
}
