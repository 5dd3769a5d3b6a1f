import RevqCore

/// Draws a `Drawing.grid` result: a legend, then one line per record with a glyph per
/// scale column, then the totals row under a rule. Column names head the columns when
/// they fit the width; else the columns are numbered and a key names them.
struct GridRenderer: ResultRenderer {
    let spec: OutputSpec
    let glyphs: GlyphScale
    let columns: [Int]

    init(spec: OutputSpec, scale: ScaleMeaning, columns: [Int]) {
        self.spec = spec
        glyphs = GlyphScale(meaning: scale, unicode: spec.unicode)
        self.columns = columns
    }

    func render(_ result: ResultSet, to output: inout some TextOutputStream) {
        let names = columns.map { result.columns[$0].name }
        let numbered = !namesFit(names, result)
        let headerWidths = numbered ? names.indices.map { String($0 + 1).count } : names.map { DisplayWidth.of($0) }
        let widths = zip(columns, headerWidths).map { column, width in
            max(
                width,
                result.rows.map {
                    DisplayWidth.of(result.cell($0, column).isNumeric ? result.cell($0, column).text : "")
                }.max() ?? 0)
        }
        let labelWidth = self.labelWidth(result, columnWidths: widths)
        output.write(glyphs.legend(width: spec.width) + "\n")
        if numbered { output.write(key(names)) }
        let headers = numbered ? names.indices.map { String($0 + 1) } : names
        output.write(
            line(label: result.columns[0].name, labelWidth: labelWidth, cells: zip(headers, widths).map { pad($0, $1) })
        )
        for (index, row) in result.rows.enumerated() {
            if result.isTotalsRow(index) {
                output.write(
                    String(repeating: spec.unicode ? "─" : "-", count: labelWidth + widths.reduce(0) { $0 + $1 + 2 })
                        + "\n")
            }
            let cells = zip(columns, widths).map { column, width in
                cellText(result.cell(row, column), width, isTotal: result.isTotalsRow(index))
            }
            output.write(
                line(
                    label: TerminalText.text(of: result.cell(row, 0), nullText: spec.nullText), labelWidth: labelWidth,
                    cells: cells))
        }
        output.write(result.rowCountLine + "\n")
    }

    /// A glyph centred in its column (coloured where allowed), or a total as its number.
    private func cellText(_ cell: Cell, _ width: Int, isTotal: Bool) -> String {
        if isTotal {
            let left = (width - DisplayWidth.of(cell.text) + 1) / 2
            return DisplayWidth.padded(String(repeating: " ", count: max(0, left)) + cell.text, to: width)
        }
        let glyph = glyphs.glyph(cell.text)
        let left = (width - 1) / 2
        let painted =
            glyphs.colorCode(cell.text).map { ANSIStyle(isEnabled: spec.color).color(glyph, code: $0) } ?? glyph
        return String(repeating: " ", count: left) + painted + String(repeating: " ", count: width - 1 - left)
    }

    private func pad(_ text: String, _ width: Int) -> String { DisplayWidth.padded(text, to: width) }

    private func line(label: String, labelWidth: Int, cells: [String]) -> String {
        let shown = DisplayWidth.of(label) > labelWidth ? shortened(label, to: labelWidth) : label
        let text = DisplayWidth.padded(shown, to: labelWidth) + cells.map { "  " + $0 }.joined()
        return String(text.reversed().drop { $0 == " " }.reversed()) + "\n"
    }

    /// `label` cut to `width` columns with an ellipsis.
    private func shortened(_ label: String, to width: Int) -> String {
        let mark = spec.unicode ? "…" : "."
        var text = ""
        for character in label {
            if DisplayWidth.of(text) + DisplayWidth.of(character) + 1 > width { break }
            text.append(character)
        }
        return text + mark
    }

    /// The row labels get what the columns leave, at most their widest, at least 8.
    private func labelWidth(_ result: ResultSet, columnWidths: [Int]) -> Int {
        let widest =
            result.rows.map { DisplayWidth.of(TerminalText.text(of: result.cell($0, 0), nullText: spec.nullText)) }
            .max() ?? 0
        let left = spec.width - columnWidths.reduce(0) { $0 + $1 + 2 }
        return max(8, min(max(widest, DisplayWidth.of(result.columns[0].name)), left))
    }

    /// True when the names as headings leave the labels 20 columns (or all they need).
    private func namesFit(_ names: [String], _ result: ResultSet) -> Bool {
        let widest = result.rows.map { DisplayWidth.of($0.first?.text ?? "") }.max() ?? 0
        return names.reduce(0) { $0 + DisplayWidth.of($1) + 2 } + min(20, widest) <= spec.width
    }

    /// "1 kompetanse  2 tidlig_innsats ...", wrapped to the width.
    private func key(_ names: [String]) -> String {
        var lines: [String] = []
        var current = ""
        for (index, name) in names.enumerated() {
            let item = "\(index + 1) \(name)"
            if !current.isEmpty, DisplayWidth.of(current) + 2 + DisplayWidth.of(item) > spec.width {
                lines.append(current)
                current = ""
            }
            current += (current.isEmpty ? "" : "  ") + item
        }
        return (lines + [current]).joined(separator: "\n") + "\n"
    }
}
