import RevqCore

/// A chart or grid as one self-contained SVG picture (`--format svg`, `.mode svg`, the
/// HTML record): titled by its statement, described for screen readers, every label and
/// number as text. The width follows the terminal's (8 pixels a column), as a table's does.
///
///     SVGRenderer.picture(result, width: 100, ids: "revq-", standalone: true)
package enum SVGRenderer {
    /// The picture of `result`; nil when it is no chart or grid (a table is not drawn).
    /// `ids` is put before every id in it, so several pictures share one HTML page.
    /// `notes` false leaves the result's notes to the page around the picture.
    package static func picture(
        _ result: ResultSet, width columns: Int, ids: String = "revq-", standalone: Bool,
        notes: Bool = true
    ) -> String? {
        guard let drawing = result.drawing else { return nil }
        let width = Double(max(60, columns)) * 8
        var picture = SVGDocument(ids: ids)
        let top = SVGFrame.title(result.title ?? "revq", width: width, in: &picture)
        let (bottom, description, used) = draw(result, drawing, width: width, from: top, in: &picture)
        let height = SVGFrame.notes(notes ? result.notes : [], width: used, y: bottom, in: &picture) + SVGFrame.margin
        return picture.written(
            width: used, height: height, title: result.title ?? "revq", description: description, standalone: standalone
        )
    }

    /// What svg mode writes for a table: a picture that says it is none.
    static func noPicture(_ result: ResultSet) -> String {
        var picture = SVGDocument(ids: "revq-")
        picture.text(refusal, x: SVGFrame.margin, y: 30)
        return picture.written(
            width: 640, height: 48, title: result.title ?? "revq", description: refusal, standalone: true)
    }

    /// Why a result that is no chart or grid is not written as SVG, and what fits it.
    package static let refusal =
        "svg draws charts and grids only (chart count ..., chart stacked count ..., grid ...); a table fits "
        + OutputMode.tableModes.map(\.rawValue).joined(separator: ", ")

    /// Draws the picture's body; returns where it ends, its words and its width.
    private static func draw(
        _ result: ResultSet, _ drawing: Drawing, width: Double, from top: Double,
        in picture: inout SVGDocument
    ) -> (Double, String, Double) {
        switch drawing {
        case .grid(let scale, let columns):
            // The totals row is the display's (machine formats carry the records only).
            let shown = result.displayed()
            let grid = SVGGrid(
                result: shown, glyphs: GlyphScale(meaning: scale, unicode: true), columns: columns, width: width)
            let used = min(width, max(grid.pictureWidth, 480))
            let drawn = SVGGrid(result: shown, glyphs: grid.glyphs, columns: columns, width: used)
            return (drawn.draw(from: top, in: &picture), drawn.description, used)
        case .bars(let stacked):
            let shown = result.displayed()
            let data = ChartData(shown, nullText: "")
            SVGPalette.defineFills(data.names.count, in: &picture)
            if stacked, !data.names.isEmpty {
                let chart = SVGStackedChart(result: shown, data: data, width: width)
                return (chart.draw(from: top, in: &picture), chart.description, width)
            }
            let chart = SVGBarChart(result: shown, data: data, width: width)
            return (chart.draw(from: top, in: &picture), chart.description, width)
        }
    }
}
