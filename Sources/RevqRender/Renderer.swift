import RevqCore

/// Turns a result set into text in one of the output modes: the only entry point of
/// rendering, a pure function of the result and the spec (which carries the width).
///
///     var text = ""
///     Renderer.render(result, spec: OutputSpec(mode: .csv), to: &text)
package enum Renderer {
    /// Writes `result` to `output` as `spec.mode` asks. Display modes show a count's view
    /// (totals, crosstab); machine formats write the rows as data, nothing else. A table
    /// stays a table at any width (see `TableLayout`).
    package static func render(_ result: ResultSet, spec: OutputSpec, to output: inout some UTF8OutputStream) {
        if !spec.mode.isMachineFormat { writeHeading(result.heading, spec: spec, to: &output) }
        if let drawing = result.drawing, spec.mode == .table || spec.mode == .card {
            return draw(result, drawing, spec: spec, to: &output)
        }
        switch spec.mode {
        case .table:
            TableRenderer.fitted(result, spec: spec, to: &output)
        case .card: CardRenderer(spec: spec).render(result.displayed(), to: &output)
        case .csv: DelimitedRenderer<CSVFormat>(spec: spec).render(result, to: &output)
        case .tsv: DelimitedRenderer<TSVFormat>(spec: spec).render(result, to: &output)
        case .json: JSONRenderer().render(result, to: &output)
        case .jsonl: JSONLinesRenderer().render(result, to: &output)
        case .markdown: MarkdownRenderer(spec: spec).render(result.displayed(), to: &output)
        case .svg:
            // The shell refuses a table in svg before it gets here (`svgRefusal`); a picture
            // saying so keeps any other caller's file valid SVG.
            output.write(
                SVGRenderer.picture(result, width: spec.width, standalone: true) ?? SVGRenderer.noPicture(result))
        }
    }

    /// The heading above a display (soqf's title, objective, perspective): wrapped prose and
    /// a blank line in table and card, a paragraph per line in Markdown.
    private static func writeHeading(_ heading: [HeadingLine], spec: OutputSpec, to output: inout some TextOutputStream)
    {
        guard !heading.isEmpty else { return }
        for line in heading {
            if spec.mode == .markdown {
                let place = MarkdownRenderer.escape(Place.readable(line.place))
                output.write(
                    "**\(MarkdownRenderer.escape(line.label)):** \(MarkdownRenderer.escape(line.text)) (\(place))\n\n")
            } else {
                output.write(Prose.wrap(line.plain, width: spec.width) + "\n")
            }
        }
        if spec.mode != .markdown { output.write("\n") }
    }

    /// Grids and bar charts (issue 10), in display modes only: machine formats and
    /// Markdown keep the plain data.
    private static func draw(
        _ result: ResultSet, _ drawing: Drawing, spec: OutputSpec, to output: inout some TextOutputStream
    ) {
        switch drawing {
        case .grid(let scale, let columns):
            GridRenderer(spec: spec, scale: scale, columns: columns).render(result.displayed(), to: &output)
        case .bars(let stacked):
            BarChartRenderer(spec: spec, stacked: stacked).render(result.displayed(), to: &output)
        }
    }

    /// The rendered text as one string.
    ///
    ///     let text = Renderer.render(result, spec: OutputSpec(mode: .json))
    package static func render(_ result: ResultSet, spec: OutputSpec) -> String {
        var text = ""
        render(result, spec: spec, to: &text)
        return text
    }
}

/// One output format: writes a whole result.
protocol ResultRenderer {
    func render(_ result: ResultSet, to output: inout some TextOutputStream)
}

extension ResultSet {
    /// The cell at `column` of `row`; null when a short row lacks it.
    func cell(_ row: [Cell], _ column: Int) -> Cell {
        column < row.count ? row[column] : .null
    }

    /// The rows that are records, without the totals row.
    package var recordCount: Int {
        hasTotalsRow && !rows.isEmpty ? rows.count - 1 : rows.count
    }

    /// True when `index` is the totals row.
    package func isTotalsRow(_ index: Int) -> Bool {
        hasTotalsRow && index == rows.count - 1
    }

    /// `(0 rows)`, `(1 row)`, `(12 rows)`: the records, not counting a totals row.
    package var rowCountLine: String {
        let count = recordCount
        return "(" + String(count) + (count == 1 ? " row)" : " rows)")
    }
}
