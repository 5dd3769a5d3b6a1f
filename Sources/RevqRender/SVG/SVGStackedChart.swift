import RevqCore

/// `chart stacked count ... by A, B` as SVG: one bar per value of A whose segments are
/// the counts of the values of B, in the legend's fills, and after the bar its sum with
/// its parts (`16 = 2+6+7+1`) as the terminal writes them, so every number stays exact.
struct SVGStackedChart {
    let result: ResultSet
    let data: ChartData
    let width: Double

    private static let barHeight = 18.0

    func draw(from top: Double, in picture: inout SVGDocument) -> Double {
        let ids = picture.ids
        var y =
            SVGFrame.legend(
                (data.field ?? "segments") + ":", data.names,
                width: width, y: top, in: &picture
            ) { SVGFrame.seriesSwatch($0, $1, $2, ids: ids) } + 8
        let values = data.rows.map { row in data.series.map { result.cell(row, $0) } }
        let sums = values.map { $0.map(BarChartRenderer.value).reduce(0, +) }
        let numbers = zip(values, sums).map { cells, sum in StackedBars.sumText(sum, cells, unicode: true) }
        let labelWidth = min(data.labels.map(SVGDocument.width).max() ?? 0, width / 3)
        let x = SVGFrame.margin + labelWidth + 8
        let length = max(20, width - SVGFrame.margin - (numbers.map(SVGDocument.width).max() ?? 0) - 8 - x)
        let maximum = sums.max() ?? 0
        let first = y
        for (index, label) in data.labels.enumerated() {
            let middle = y + Self.barHeight / 2 + 4.5
            picture.text(
                SVGDocument.fitted(label, labelWidth), x: x - 8, y: middle, anchor: "end",
                attributes: " class=\"label\"")
            let end = segments(
                label, values[index], x: x, y: y, scale: maximum > 0 ? length / maximum : 0, in: &picture)
            picture.text(numbers[index], x: end + 6, y: middle, attributes: " class=\"value\"")
            y += Self.barHeight + 7
        }
        let whole = values.joined().allSatisfy { if case .number = $0 { return false } else { return true } }
        return SVGFrame.axis(maximum: maximum, whole: whole, x: x, length: length, top: first, y: y + 2, in: &picture)
    }

    /// A bar's segments, each as long as its count; none for a count of 0. Returns where the bar ends.
    private func segments(
        _ label: String, _ cells: [Cell], x: Double, y: Double, scale: Double, in picture: inout SVGDocument
    ) -> Double {
        var at = x
        for (index, (cell, name)) in zip(cells, data.names).enumerated() {
            let size = max(0, BarChartRenderer.value(cell) * scale)
            guard size > 0 else { continue }
            picture.add(
                "<rect class=\"segment\" data-label=\"\(SVGDocument.escape(label))\" data-series=\"\(SVGDocument.escape(name))\" data-value=\"\(SVGDocument.escape(cell.text))\" x=\"\(SVGDocument.number(at))\" y=\"\(SVGDocument.number(y))\" width=\"\(SVGDocument.number(size))\" height=\"\(SVGDocument.number(Self.barHeight))\" fill=\"\(SVGPalette.fill(index, ids: picture.ids))\" stroke=\"#000000\" stroke-width=\"0.6\"><title>\(SVGDocument.escape(label)), \(SVGDocument.escape(name)): \(SVGDocument.escape(cell.text))</title></rect>"
            )
            at += size
        }
        return at
    }

    /// The picture in words, for a screen reader: each bar's sum and parts.
    var description: String {
        let rows = zip(data.rows, data.labels).map { row, label in
            let parts = zip(data.series, data.names).map {
                "\($1) \(result.cell(row, $0).text.isEmpty ? "none" : result.cell(row, $0).text)"
            }
            return "\(label): " + parts.joined(separator: ", ")
        }
        return "Stacked bar chart, segments: " + data.names.joined(separator: ", ") + ". "
            + rows.joined(separator: "; ") + "."
    }
}
