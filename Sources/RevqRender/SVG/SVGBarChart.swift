import RevqCore

/// `chart count ...` as SVG: one bar per row, or (a crosstab) a group of bars per row, one
/// per column in the legend's fill, each with its exact number after it and the value
/// axis under them. Built on `ChartData`, what the terminal's bars are drawn from.
struct SVGBarChart {
    let result: ResultSet
    let data: ChartData
    let width: Double

    private static let barHeight = 16.0, groupedHeight = 13.0

    func draw(from top: Double, in picture: inout SVGDocument) -> Double {
        let ids = picture.ids
        var y = top
        guard !data.series.isEmpty else {
            picture.text("No column holds numbers: there are no bars to draw.", x: SVGFrame.margin, y: y + 13)
            return y + 26
        }
        if !data.names.isEmpty {
            y =
                SVGFrame.legend(
                    data.field.map { $0 + ":" } ?? "bars:", data.names,
                    width: width, y: y, in: &picture
                ) { SVGFrame.seriesSwatch($0, $1, $2, ids: ids) } + 8
        } else if let measure = data.measure(in: result) {
            picture.text("bars: " + measure, x: SVGFrame.margin, y: y + 13, attributes: " class=\"measure\"")
            y += 26
        }
        let numbers = data.rows.flatMap { row in data.series.map { SVGDocument.width(of: result.cell(row, $0).text) } }
        let labels = data.labels + data.names.map { "  " + $0 }
        let labelWidth = min(labels.map(SVGDocument.width).max() ?? 0, width / 3)
        let x = SVGFrame.margin + labelWidth + 8
        let length = max(20, width - SVGFrame.margin - (numbers.max() ?? 0) - 8 - x)
        let maximum = data.maximum(in: result)
        let bars = BarRows(x: x, length: length, maximum: maximum, labelWidth: labelWidth)
        let first = y
        for (row, label) in zip(data.rows, data.labels) {
            if data.names.isEmpty {
                y = bars.bar(
                    label, result.cell(row, data.series[0]), series: nil, y: y, height: Self.barHeight, in: &picture)
                continue
            }
            picture.text(
                SVGDocument.fitted(label, width - 2 * SVGFrame.margin), x: SVGFrame.margin, y: y + 14, bold: true,
                attributes: " class=\"group\"")
            y += 20
            for (index, (column, name)) in zip(data.series, data.names).enumerated() {
                y = bars.bar(
                    name, result.cell(row, column), series: (index, label), y: y, height: Self.groupedHeight,
                    in: &picture)
            }
            y += 6
        }
        let whole = data.rows.allSatisfy { row in
            data.series.allSatisfy { if case .number = result.cell(row, $0) { return false } else { return true } }
        }
        return SVGFrame.axis(maximum: maximum, whole: whole, x: x, length: length, top: first, y: y + 2, in: &picture)
    }

    /// The picture in words, for a screen reader: each row's values.
    var description: String {
        guard !data.series.isEmpty else { return "No bars: no column holds numbers." }
        let rows = zip(data.rows, data.labels).map { row, label in
            data.names.isEmpty
                ? "\(label): \(result.cell(row, data.series[0]).text)"
                : "\(label): "
                    + zip(data.series, data.names).map { "\($1) \(result.cell(row, $0).text)" }.joined(separator: ", ")
        }
        let kind = data.names.isEmpty ? "Bar chart" : "Grouped bar chart, bars: " + data.names.joined(separator: ", ")
        return kind + ". " + rows.joined(separator: "; ") + "."
    }
}

/// Writes the bars of a chart, one line each: label, bar, number.
struct BarRows {
    let x: Double
    let length: Double
    let maximum: Double
    let labelWidth: Double

    /// One bar: its length is the value's share of the longest; a grouped bar (`series`:
    /// its index and its group's label) is in that series' fill.
    func bar(
        _ label: String, _ cell: Cell, series: (index: Int, group: String)?, y: Double, height: Double,
        in picture: inout SVGDocument
    ) -> Double {
        let value = BarChartRenderer.value(cell)
        let size = maximum > 0 ? max(0, value / maximum * length) : 0
        let middle = y + height / 2 + 4.5
        picture.text(
            SVGDocument.fitted(label, labelWidth), x: x - 8, y: middle, anchor: "end", size: series == nil ? 13 : 12,
            attributes: " class=\"label\"")
        let fill = series.map { SVGPalette.fill($0.index, ids: picture.ids) } ?? SVGPalette.series[0]
        let name = series.map { "\($0.group), \(label)" } ?? label
        var attributes =
            " data-label=\"\(SVGDocument.escape(series?.group ?? label))\" data-value=\"\(SVGDocument.escape(cell.text))\""
        if series != nil { attributes += " data-series=\"\(SVGDocument.escape(label))\"" }
        picture.add(
            "<rect class=\"bar\"\(attributes) x=\"\(SVGDocument.number(x))\" y=\"\(SVGDocument.number(y))\" width=\"\(SVGDocument.number(size))\" height=\"\(SVGDocument.number(height))\" fill=\"\(fill)\" stroke=\"#000000\" stroke-width=\"\(size > 0 ? "0.6" : "0")\"><title>\(SVGDocument.escape(name)): \(SVGDocument.escape(cell.text))</title></rect>"
        )
        picture.text(
            cell.text, x: x + size + 6, y: middle, size: series == nil ? 13 : 12, attributes: " class=\"value\"")
        return y + height + 5
    }
}
