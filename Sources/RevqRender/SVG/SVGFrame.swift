import RevqCore

/// What every SVG picture shares: the title over the top, a legend of swatches, the value
/// axis under the bars and the notes at the foot. Each writes from a y and returns the y
/// below what it wrote.
enum SVGFrame {
    static let margin = 16.0

    /// The statement, in bold, wrapped to the width.
    static func title(_ title: String, width: Double, in picture: inout SVGDocument) -> Double {
        var y = margin
        let columns = max(20, Int((width - 2 * margin) / (SVGDocument.column * 1.25)))
        for line in Prose.wrap(title, width: columns).split(separator: "\n") {
            y += 20
            picture.text(String(line), x: margin, y: y, size: 16, bold: true, attributes: " class=\"title\"")
        }
        return y + 12
    }

    /// A legend: `lead` ("confidence:") then a swatch and a name per item, wrapped to the
    /// width. `swatch` draws an item's mark with its top left corner at (x, y).
    static func legend(
        _ lead: String, _ names: [String], width: Double, y top: Double, in picture: inout SVGDocument,
        swatch: (Int, Double, Double) -> String
    ) -> Double {
        var (x, y) = (margin, top + 13)
        if !lead.isEmpty {
            picture.text(lead, x: x, y: y, bold: true, attributes: " class=\"legend-title\"")
            x += SVGDocument.width(of: lead) + 10
        }
        for (index, name) in names.enumerated() {
            let item = 18 + SVGDocument.width(of: name)
            if x + item > width - margin, x > margin + 1 {
                (x, y) = (margin + 14, y + 20)
            }
            picture.add("<g class=\"legend-item\">" + swatch(index, x, y - 11) + "</g>")
            picture.text(name, x: x + 18, y: y, attributes: " class=\"legend-label\"")
            x += item + 16
        }
        return y + 14
    }

    /// A series' swatch in a legend: its fill, outlined.
    static func seriesSwatch(_ index: Int, _ x: Double, _ y: Double, ids: String) -> String {
        "<rect x=\"\(SVGDocument.number(x))\" y=\"\(SVGDocument.number(y))\" width=\"13\" height=\"13\" fill=\"\(SVGPalette.fill(index, ids: ids))\" stroke=\"#000000\" stroke-width=\"0.6\"/>"
    }

    /// The value axis from `x` over `length` pixels at `y`, ticks at round steps with their
    /// numbers, and faint lines up to `top` so a bar's length reads against them.
    static func axis(
        maximum: Double, whole: Bool, x: Double, length: Double, top: Double, y: Double,
        in picture: inout SVGDocument
    ) -> Double {
        let scale = maximum > 0 ? length / maximum : 0
        for tick in ticks(maximum, whole: whole) {
            let at = SVGDocument.number(x + tick * scale)
            picture.add(
                "<line x1=\"\(at)\" y1=\"\(SVGDocument.number(top))\" x2=\"\(at)\" y2=\"\(SVGDocument.number(y + 4))\" stroke=\"#cccccc\" stroke-width=\"1\"/>"
            )
            picture.text(
                NumberFormatting.shortest(tick), x: x + tick * scale, y: y + 17, anchor: "middle", size: 11,
                attributes: " class=\"tick\"")
        }
        picture.add(
            "<line x1=\"\(SVGDocument.number(x))\" y1=\"\(SVGDocument.number(y))\" x2=\"\(SVGDocument.number(x + length))\" y2=\"\(SVGDocument.number(y))\" stroke=\"#000000\" stroke-width=\"1\"/>"
        )
        return y + 26
    }

    /// Steps of 1, 2 or 5 times a power of ten, about five of them up to `maximum`;
    /// whole steps for counts.
    static func ticks(_ maximum: Double, whole: Bool) -> [Double] {
        guard maximum > 0, maximum.isFinite else { return [0] }
        let rough = maximum / 5
        var magnitude = 1.0
        while magnitude * 10 <= rough { magnitude *= 10 }
        while magnitude > rough, magnitude > 1e-9 { magnitude /= 10 }
        var step = [1.0, 2, 5, 10].map { $0 * magnitude }.first { $0 >= rough } ?? rough
        if whole { step = max(1, step.rounded(.up)) }
        return Array(stride(from: 0, through: maximum + step * 1e-9, by: step))
    }

    /// The result's notes under the picture, wrapped, as the terminal shows them under a chart.
    static func notes(_ notes: [String], width: Double, y top: Double, in picture: inout SVGDocument) -> Double {
        var y = top
        let columns = max(20, Int((width - 2 * margin) / (SVGDocument.column * 0.85)))
        for note in notes {
            for line in Prose.wrap(note, label: "note: ", width: columns).split(separator: "\n") {
                y += 15
                picture.text(
                    String(line), x: margin, y: y, size: 11, attributes: " class=\"note\" xml:space=\"preserve\"")
            }
        }
        return y + (notes.isEmpty ? 0 : 10)
    }
}
