import RevqCore

/// `grid SOURCE` as SVG: a row per record, a circle per scale column filled as far as the
/// value stands on its scale (the terminal's ○ ◔ ◐ ◕ ●, so grey keeps the order) in the
/// colour of its meaning (`ScaleMeaning.tone`), the column names over the columns, the
/// totals row under a rule, and a legend naming the scale and its best end.
struct SVGGrid {
    let result: ResultSet
    let glyphs: GlyphScale
    let columns: [Int]
    let width: Double

    private static let cell = 34.0, rowHeight = 22.0, radius = 7.0

    /// The width the grid needs at most: labels cut to fit what `width` leaves them.
    var pictureWidth: Double {
        SVGFrame.margin * 2 + labelWidth + 8 + Double(columns.count) * Self.cell + overhang
    }

    func draw(from top: Double, in picture: inout SVGDocument) -> Double {
        let scale = Array(glyphs.meaning.values.reversed())
        var y =
            SVGFrame.legend(glyphs.legendLead, scale, width: width, y: top, in: &picture) { index, x, y in
                Self.glyph(glyphs, scale[index], x: x + 6.5, y: y + 6.5)
            } + 10
        let x = SVGFrame.margin + labelWidth + 8
        y += headerHeight
        for (index, column) in columns.enumerated() {
            let centre = x + (Double(index) + 0.5) * Self.cell
            picture.text(
                result.columns[column].name, x: centre, y: y - 6,
                attributes:
                    " class=\"column\" transform=\"rotate(-45 \(SVGDocument.number(centre)) \(SVGDocument.number(y - 6)))\""
            )
        }
        for (index, row) in result.rows.enumerated() {
            let isTotal = result.isTotalsRow(index)
            if isTotal {
                picture.add(
                    "<line x1=\"\(SVGFrame.margin)\" y1=\"\(SVGDocument.number(y + 2))\" x2=\"\(SVGDocument.number(x + Double(columns.count) * Self.cell))\" y2=\"\(SVGDocument.number(y + 2))\" stroke=\"#000000\" stroke-width=\"1\"/>"
                )
                y += 6
            }
            let label = TerminalText.text(of: result.cell(row, 0), nullText: "")
            picture.text(
                SVGDocument.fitted(label, labelWidth), x: SVGFrame.margin, y: y + 15,
                attributes: " class=\"\(isTotal ? "total-label" : "label")\"")
            for (offset, column) in columns.enumerated() {
                let cell = result.cell(row, column)
                let centre = x + (Double(offset) + 0.5) * Self.cell
                if isTotal {
                    picture.text(
                        cell.text, x: centre, y: y + 15, anchor: "middle", bold: true,
                        attributes:
                            " class=\"total\" data-column=\"\(SVGDocument.escape(result.columns[column].name))\"")
                } else {
                    picture.add(
                        cellElement(label, result.columns[column].name, cell.text, x: centre, y: y + Self.rowHeight / 2)
                    )
                }
            }
            y += Self.rowHeight
        }
        return y + 10
    }

    /// One cell: its glyph, with the record, the column and the value as its tooltip and data.
    private func cellElement(_ label: String, _ column: String, _ value: String, x: Double, y: Double) -> String {
        let data =
            "data-label=\"\(SVGDocument.escape(label))\" data-column=\"\(SVGDocument.escape(column))\" data-value=\"\(SVGDocument.escape(value))\""
        let tip =
            "<title>\(SVGDocument.escape(label)), \(SVGDocument.escape(column)): \(SVGDocument.escape(value.isEmpty ? "none" : value))</title>"
        return "<g class=\"cell\" \(data)>\(tip)\(Self.glyph(glyphs, value, x: x, y: y))</g>"
    }

    /// The glyph of `value` centred at (x, y): a ring in its tone's colour filled by quarters
    /// as far as the value stands on the scale; "?" off the scale, nothing for none.
    static func glyph(_ glyphs: GlyphScale, _ value: String, x: Double, y: Double) -> String {
        guard !value.isEmpty else { return "" }
        let (cx, cy) = (SVGDocument.number(x), SVGDocument.number(y))
        guard let fill = glyphs.fill(value) else {
            return "<text x=\"\(cx)\" y=\"\(SVGDocument.number(y + 4.5))\" text-anchor=\"middle\">?</text>"
        }
        let color = SVGPalette.color(glyphs.meaning.tone(of: value))
        var shape =
            "<circle cx=\"\(cx)\" cy=\"\(cy)\" r=\"\(radius)\" fill=\"\(fill == 4 ? color : "#ffffff")\" stroke=\"\(color)\" stroke-width=\"2\"/>"
        if fill > 0 && fill < 4 {
            let ends = [(x + radius, y), (x, y + radius), (x - radius, y)]
            let (ex, ey) = ends[fill - 1]
            shape +=
                "<path d=\"M\(cx),\(cy) L\(cx),\(SVGDocument.number(y - radius)) A\(radius),\(radius) 0 \(fill == 3 ? 1 : 0),1 \(SVGDocument.number(ex)),\(SVGDocument.number(ey)) Z\" fill=\"\(color)\"/>"
        }
        return shape
    }

    /// The room the row labels get: all they need, or what the width leaves, at least 8 columns.
    private var labelWidth: Double {
        let widest =
            result.rows.map { SVGDocument.width(of: TerminalText.text(of: result.cell($0, 0), nullText: "")) }.max()
            ?? 0
        let left = width - SVGFrame.margin * 2 - 8 - Double(columns.count) * Self.cell - overhang
        return max(8 * SVGDocument.column, min(widest, left))
    }

    /// The slanted column names reach this far up and to the right of their columns.
    private var headerHeight: Double { longestName * 0.71 + 14 }
    private var overhang: Double { max(0, longestName * 0.71 - Self.cell / 2) }
    private var longestName: Double { columns.map { SVGDocument.width(of: result.columns[$0].name) }.max() ?? 0 }

    /// The picture in words, for a screen reader: the scale, each record's values, the totals.
    var description: String {
        let names = columns.map { result.columns[$0].name }
        let rows = result.rows.map { row in
            result.cell(row, 0).text + ": "
                + zip(columns, names).map { "\($1) \(result.cell(row, $0).text)" }.joined(separator: ", ")
        }
        return "Grid of \(result.recordCount) rows by \(names.count) columns; \(glyphs.legend(width: Int.max)). "
            + rows.joined(separator: "; ") + "."
    }
}
