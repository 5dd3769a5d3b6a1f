import RevqCore

/// The box of a table, its rules and its rows, written from the cells' wrapped lines
/// straight into the bytes of one String: the String is checked as UTF-8 once, and no
/// String, array or reference count is made per line or cell.
///
///     TableBox(layout: layout, style: style, cells: cells).draw(result, headers: true)
struct TableBox {
    let layout: TableLayout
    let style: ANSIStyle
    /// The lines of every cell: the header's names first when shown, then row by row.
    let cells: TextLines

    func draw(_ result: ResultSet, headers: Bool) -> String {
        let columns = layout.widths.count
        let headerRows = headers ? 1 : 0
        let heights = (0..<(headerRows + result.rows.count)).map { row in
            (0..<columns).map { cells.lineCount(ofCell: row * columns + $0) }.max() ?? 1
        }
        let separateRows = heights.dropFirst(headerRows).contains { $0 > 1 }
        let (top, double) = (rule("┌", "─", "┬", "┐"), rule("╞", "═", "╪", "╡"))
        let (between, bottom) = (separateRows ? rule("├", "─", "┼", "┤") : [], rule("└", "─", "┴", "┘"))
        let bar = Array(style.dim("│").utf8)
        let bold = style.boldCodes
        let capacity = byteCount(heights: heights, rule: top, bar: bar, bold: bold)
        return cells.bytes.withUnsafeBufferPointer { text in
            String(unsafeUninitializedCapacity: capacity) { buffer in
                var out = Writer(buffer)
                out.writeLine(top)
                for row in heights.indices {
                    let index = row - headerRows
                    if index >= 0, result.isTotalsRow(index) {
                        out.writeLine(double)
                    } else if index > 0 && separateRows {
                        out.writeLine(between)
                    }
                    let isBold = index < 0 || result.isTotalsRow(index)
                    writeRow(
                        firstCell: row * columns, height: heights[row], text: text, bar: bar,
                        bold: isBold ? bold : ("", ""), to: &out)
                    if index < 0 { out.writeLine(double) }
                }
                out.writeLine(bottom)
                return out.count
            }
        }
    }

    /// At most the bytes of the box: every rule, every line's bars, padding and codes
    /// (a gap is at most its column's width), and the text of every cell.
    private func byteCount(heights: [Int], rule: [UInt8], bar: [UInt8], bold: (on: String, off: String)) -> Int {
        let columns = layout.widths.count
        let padding = layout.widths.reduce(columns * (2 + bold.on.utf8.count + bold.off.utf8.count), +)
        let lineBytes = bar.count * (columns + 1) + padding + 1
        return (heights.count + 3) * (rule.count + 1) + heights.reduce(0, +) * lineBytes + cells.bytes.count
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

    /// A rule across the table, dimmed as `ANSIStyle.dim` dims it: its line under each
    /// column cut from one run as long as the widest column's.
    private func rule(_ left: String, _ line: String, _ cross: String, _ right: String) -> [UInt8] {
        let run = TerminalText.repeatedBytes(line, (layout.widths.max() ?? 0) + 2)
        let (on, off) = style.dimCodes
        var rule = Array((on + left).utf8)
        rule.reserveCapacity(run.count * layout.widths.count + 64)
        for (index, width) in layout.widths.enumerated() {
            if index > 0 { rule.append(contentsOf: cross.utf8) }
            rule.append(contentsOf: run[..<((width + 2) * line.utf8.count)])
        }
        rule.append(contentsOf: (right + off).utf8)
        return rule
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
            var text = text
            text.withUTF8 { write($0) }
        }

        mutating func writeSpaces(_ spaces: Int) {
            precondition(count + spaces <= buffer.count, "the table's bytes overran their estimate")
            UnsafeMutableBufferPointer(rebasing: buffer[count..<(count + spaces)]).initialize(repeating: 0x20)
            count += spaces
        }

        mutating func writeLine(_ bytes: [UInt8]) {
            write(bytes)
            write(0x0A)
        }
    }
}
