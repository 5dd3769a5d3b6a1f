import RevqCore

/// The box of a table, its rules and its rows, written from the cells' wrapped lines
/// straight into one buffer of bytes: no String, array or reference count is made per
/// line, rule or cell, and the bytes are never checked as UTF-8 again.
///
///     TableBox(layout: layout, style: style, cells: cells).draw(result, headers: true)
struct TableBox {
    let layout: TableLayout
    let style: ANSIStyle
    /// The lines of every cell: the header's names first when shown, then row by row.
    let cells: TextLines

    /// The pieces of one rule: its left end, its line, where it crosses a bar, its right end.
    struct Rule {
        let left: StaticString
        let line: StaticString
        let cross: StaticString
        let right: StaticString

        static let top = Rule(left: "┌", line: "─", cross: "┬", right: "┐")
        static let double = Rule(left: "╞", line: "═", cross: "╪", right: "╡")
        static let between = Rule(left: "├", line: "─", cross: "┼", right: "┤")
        static let bottom = Rule(left: "└", line: "─", cross: "┴", right: "┘")
    }

    /// The table's bytes, UTF-8.
    func draw(_ result: ResultSet, headers: Bool) -> [UInt8] {
        let heights = rowHeights(result, headers: headers)
        let headerRows = headers ? 1 : 0
        let separateRows = heights.dropFirst(headerRows).contains { $0 > 1 }
        let bar = Array(style.dim("│").utf8)
        let (bold, dim) = (style.boldCodes, style.dimCodes)
        let capacity = byteCount(heights: heights, bar: bar, bold: bold, dim: dim)
        return cells.bytes.withUnsafeBufferPointer { text in
            [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
                var out = Writer(buffer)
                writeRule(.top, dim: dim, to: &out)
                for row in heights.indices {
                    let index = row - headerRows
                    if index >= 0, result.isTotalsRow(index) {
                        writeRule(.double, dim: dim, to: &out)
                    } else if index > 0 && separateRows {
                        writeRule(.between, dim: dim, to: &out)
                    }
                    let isBold = index < 0 || result.isTotalsRow(index)
                    writeRow(
                        firstCell: row * layout.widths.count, height: heights[row], text: text, bar: bar,
                        bold: isBold ? bold : ("", ""), to: &out)
                    if index < 0 { writeRule(.double, dim: dim, to: &out) }
                }
                writeRule(.bottom, dim: dim, to: &out)
                count = out.count
            }
        }
    }

    /// How many lines each table row takes: its tallest cell's, the header's first.
    private func rowHeights(_ result: ResultSet, headers: Bool) -> [Int] {
        let columns = layout.widths.count
        let rows = (headers ? 1 : 0) + result.rows.count
        return [Int](unsafeUninitializedCapacity: rows) { heights, count in
            for row in 0..<rows {
                var height = columns == 0 ? 1 : 0
                for column in 0..<columns { height = max(height, cells.lineCount(ofCell: row * columns + column)) }
                (heights.baseAddress! + row).initialize(to: height)
            }
            count = rows
        }
    }

    /// At most the bytes of the box: every rule, every line's bars, padding and codes
    /// (a gap is at most its column's width), and the text of every cell.
    private func byteCount(
        heights: [Int], bar: [UInt8], bold: (on: String, off: String), dim: (on: String, off: String)
    ) -> Int {
        let columns = layout.widths.count
        let padding = layout.widths.reduce(columns * (2 + bold.on.utf8.count + bold.off.utf8.count), +)
        let lineBytes = bar.count * (columns + 1) + padding + 1
        let ruleBytes = Self.ruleBytes(widths: layout.widths) + dim.on.utf8.count + dim.off.utf8.count + 1
        return (heights.count + 3) * ruleBytes + heights.reduce(0, +) * lineBytes + cells.bytes.count
    }

    /// The bytes of a rule across columns of `widths`, without colour codes: each of its
    /// pieces is one character of three bytes.
    private static func ruleBytes(widths: [Int]) -> Int {
        3 * (widths.reduce(0, +) + 2 * widths.count + max(widths.count - 1, 0) + 2)
    }

    /// One table row, as many lines high as its tallest cell, each cell padded to its
    /// column: numbers right-aligned, text left-aligned; `bold` around each padded cell.
    private func writeRow(
        firstCell: Int, height: Int, text: UnsafeBufferPointer<UInt8>, bar: [UInt8], bold: (on: String, off: String),
        to out: inout Writer
    ) {
        for line in 0..<height {
            out.write(bar)
            for column in layout.widths.indices {
                let (first, count) = cells.lineRange(ofCell: firstCell + column)
                let shown = line < count ? cells.lines[first + line] : TextLines.Line(start: 0, end: 0, width: 0)
                let gap = max(0, layout.widths[column] - shown.width)
                // As `ANSIStyle.bold` styles the padded cell: not when it is empty.
                let isStyled = !bold.on.isEmpty && (gap > 0 || shown.end > shown.start)
                out.write(0x20)
                if isStyled { out.write(bold.on) }
                if layout.isNumeric[column] { out.writeSpaces(gap) }
                out.write(UnsafeBufferPointer(rebasing: text[shown.start..<shown.end]))
                if !layout.isNumeric[column] { out.writeSpaces(gap) }
                if isStyled { out.write(bold.off) }
                out.write(0x20)
                out.write(bar)
            }
            out.write(0x0A)
        }
    }

    /// A rule across the table and its line end, dimmed as `ANSIStyle.dim` dims it: its
    /// line under each column the width of the column and its padding.
    private func writeRule(_ rule: Rule, dim: (on: String, off: String), to out: inout Writer) {
        out.write(dim.on)
        out.write(rule.left)
        for (index, width) in layout.widths.enumerated() {
            if index > 0 { out.write(rule.cross) }
            out.write(rule.line, times: width + 2)
        }
        out.write(rule.right)
        out.write(dim.off)
        out.write(0x0A)
    }

    /// Bytes written one after another into a buffer that is large enough: each write checks.
    struct Writer {
        private let buffer: UnsafeMutableBufferPointer<UInt8>
        private(set) var count = 0

        init(_ buffer: UnsafeMutableBufferPointer<UInt8>) { self.buffer = buffer }

        mutating func write(_ byte: UInt8) {
            precondition(count < buffer.count, "the table's bytes overran their estimate")
            buffer[count] = byte
            count += 1
        }

        mutating func write(_ bytes: UnsafeBufferPointer<UInt8>) {
            precondition(count + bytes.count <= buffer.count, "the table's bytes overran their estimate")
            guard let source = bytes.baseAddress, let target = buffer.baseAddress else { return }
            if bytes.count <= 8 {
                // A border or a short cell: copied here, cheaper than calling memcpy.
                for index in 0..<bytes.count { (target + count + index).initialize(to: source[index]) }
            } else {
                (target + count).initialize(from: source, count: bytes.count)
            }
            count += bytes.count
        }

        mutating func write(_ bytes: [UInt8]) { bytes.withUnsafeBufferPointer { write($0) } }

        mutating func write(_ text: String) {
            guard !text.isEmpty else { return }
            var text = text
            text.withUTF8 { write($0) }
        }

        mutating func writeSpaces(_ spaces: Int) {
            precondition(count + spaces <= buffer.count, "the table's bytes overran their estimate")
            UnsafeMutableBufferPointer(rebasing: buffer[count..<(count + spaces)]).initialize(repeating: 0x20)
            count += spaces
        }

        mutating func write(_ text: StaticString) {
            write(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
        }

        /// `text` `times` times over: one copy, then what is written copied after itself.
        mutating func write(_ text: StaticString, times: Int) {
            guard times > 0, let target = buffer.baseAddress else { return }
            let start = count
            write(text)
            let total = text.utf8CodeUnitCount * times
            precondition(start + total <= buffer.count, "the table's bytes overran their estimate")
            var filled = text.utf8CodeUnitCount
            while filled < total {
                let more = min(filled, total - filled)
                (target + start + filled).initialize(from: target + start, count: more)
                filled += more
            }
            count = start + total
        }
    }
}
