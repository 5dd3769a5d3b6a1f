import RevqCore

/// The box of a table, its rules and its rows, drawn a band of rows at a time: each row's
/// cells are wrapped just before it is drawn, its bytes written straight into a band
/// buffer, and the band handed to the output once it holds `bandBytes`. No String, array
/// or reference count is made per line, rule or cell, the bytes are never checked as
/// UTF-8 again, and memory holds one band, not the whole table.
///
///     TableBox(layout: layout, style: style, separateRows: true)
///         .draw(result, headers: true, wrap: wrapRow, to: &output)
struct TableBox {
    let layout: TableLayout
    let style: ANSIStyle
    /// True when a rule sets the rows apart: some row below the header is more than one line high.
    let separateRows: Bool
    /// How many bytes a band gathers before it is written; a row is never split between bands.
    var bandBytes = 1 << 16

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

    /// What every line of the box is drawn with: the bar between cells, the bold and dim
    /// codes, as bytes (no String is looked into per cell).
    private struct Pens {
        let bar: [UInt8]
        let bold: (on: [UInt8], off: [UInt8])
        let dim: (on: [UInt8], off: [UInt8])

        init(_ style: ANSIStyle) {
            bar = Array(style.dim("│").utf8)
            bold = (Array(style.boldCodes.on.utf8), Array(style.boldCodes.off.utf8))
            dim = (Array(style.dimCodes.on.utf8), Array(style.dimCodes.off.utf8))
        }
    }

    /// Draws the table to `output`, UTF-8: `wrap(index, &lines)` appends the lines of row
    /// `index`'s cells, one cell after another (`index` -1 is the header's names).
    func draw(
        _ result: ResultSet, headers: Bool, wrap: (Int, inout TextLines) -> Void,
        to output: inout some UTF8OutputStream
    ) {
        let pens = Pens(style)
        let (ruleBytes, lineBytes) = (ruleBytes(pens), lineBytes(pens))
        // Room for a band and the next row's estimate, so that a band is flushed full.
        var out = Writer(capacity: 2 * max(bandBytes, ruleBytes) + ruleBytes)
        defer { out.deallocate() }
        var cells = TextLines(reservingBytes: 4096, lines: layout.widths.count * 8)
        writeRule(.top, dim: pens.dim, to: &out)
        for index in (headers ? -1 : 0)..<result.rows.count {
            cells.removeAll()
            wrap(index, &cells)
            let height = rowHeight(cells)
            out.makeRoom(2 * ruleBytes + height * lineBytes + cells.bytes.count, flushingTo: &output)
            if index >= 0, result.isTotalsRow(index) {
                writeRule(.double, dim: pens.dim, to: &out)
            } else if index > 0 && separateRows {
                writeRule(.between, dim: pens.dim, to: &out)
            }
            let isBold = index < 0 || result.isTotalsRow(index)
            writeRow(cells, height: height, pens: pens, bold: isBold, to: &out)
            if index < 0 { writeRule(.double, dim: pens.dim, to: &out) }
            if out.count >= bandBytes { out.flush(to: &output) }
        }
        out.makeRoom(ruleBytes, flushingTo: &output)
        writeRule(.bottom, dim: pens.dim, to: &out)
        out.flush(to: &output)
    }

    /// How many lines a row takes: its tallest cell's.
    private func rowHeight(_ cells: TextLines) -> Int {
        var height = layout.widths.isEmpty ? 1 : 0
        for column in layout.widths.indices { height = max(height, cells.lineCount(ofCell: column)) }
        return height
    }

    /// At most the bytes of one line of a row without its text: its bars, padding and
    /// codes (a gap is at most its column's width) and its line end.
    private func lineBytes(_ pens: Pens) -> Int {
        let columns = layout.widths.count
        let padding = layout.widths.reduce(columns * (2 + pens.bold.on.count + pens.bold.off.count), +)
        return pens.bar.count * (columns + 1) + padding + 1
    }

    /// The bytes of a rule with its codes and line end: each of its pieces is one
    /// character of three bytes.
    private func ruleBytes(_ pens: Pens) -> Int {
        let widths = layout.widths
        let pieces = widths.reduce(0, +) + 2 * widths.count + max(widths.count - 1, 0) + 2
        return 3 * pieces + pens.dim.on.count + pens.dim.off.count + 1
    }

    /// One table row, as many lines high as its tallest cell, each cell padded to its
    /// column: numbers right-aligned, text left-aligned; bold around each padded cell.
    private func writeRow(_ cells: TextLines, height: Int, pens: Pens, bold isBold: Bool, to out: inout Writer) {
        let bold: (on: [UInt8], off: [UInt8]) = isBold ? pens.bold : ([], [])
        cells.bytes.withUnsafeBufferPointer { text in
            for line in 0..<height {
                out.write(pens.bar)
                for column in layout.widths.indices {
                    let (first, count) = cells.lineRange(ofCell: column)
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
                    out.write(pens.bar)
                }
                out.write(0x0A)
            }
        }
    }

    /// A rule across the table and its line end, dimmed as `ANSIStyle.dim` dims it: its
    /// line under each column the width of the column and its padding.
    private func writeRule(_ rule: Rule, dim: (on: [UInt8], off: [UInt8]), to out: inout Writer) {
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
}
