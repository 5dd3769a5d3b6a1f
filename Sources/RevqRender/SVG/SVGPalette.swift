import RevqCore

/// The SVG's colours: the Okabe-Ito palette, which colour-blind viewers tell apart, and
/// for each series a pattern too (solid, stripes, dots, hatching), so that a grey print
/// or projector keeps the series apart as the terminal's █ ▓ ▒ ░ do.
enum SVGPalette {
    /// Okabe & Ito (2008), in an order that alternates dark and light.
    static let series = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"]

    /// A tone's colour (`ScaleMeaning.tone`): bluish green good, orange between, vermillion bad.
    static func color(_ tone: Tone?) -> String {
        switch tone {
        case .good: return "#009E73"
        case .middle: return "#E69F00"
        case .bad: return "#D55E00"
        case nil: return "#444444"
        }
    }

    /// The id of series `index`'s fill, defined by `defineFills`.
    static func fill(_ index: Int, ids: String) -> String {
        "url(#\(ids)fill-\(index))"
    }

    /// One pattern per series: its colour under its own marks.
    static func defineFills(_ count: Int, in picture: inout SVGDocument) {
        for index in 0..<count {
            let color = series[index % series.count]
            let marks = self.marks[index % self.marks.count]
            picture.define(
                "<pattern id=\"\(picture.ids)fill-\(index)\" patternUnits=\"userSpaceOnUse\" width=\"8\" height=\"8\">"
                    + "<rect width=\"8\" height=\"8\" fill=\"\(color)\"/>\(marks)</pattern>")
        }
    }

    /// The marks over a series' colour, in black or white as reads on it.
    private static let marks = [
        "",
        "<path d=\"M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4\" stroke=\"#000000\" stroke-width=\"1.5\" stroke-opacity=\"0.6\"/>",
        "<circle cx=\"4\" cy=\"4\" r=\"1.6\" fill=\"#ffffff\"/>",
        "<path d=\"M0,4 h8 M4,0 v8\" stroke=\"#ffffff\" stroke-width=\"1.2\"/>",
        "<path d=\"M0,2 h8 M0,6 h8\" stroke=\"#000000\" stroke-width=\"1\" stroke-opacity=\"0.6\"/>",
        "<path d=\"M-2,6 l4,4 M0,0 l8,8 M6,-2 l4,4\" stroke=\"#ffffff\" stroke-width=\"1.5\"/>",
        "<path d=\"M2,0 v8 M6,0 v8\" stroke=\"#000000\" stroke-width=\"1\" stroke-opacity=\"0.6\"/>",
        "<circle cx=\"2\" cy=\"2\" r=\"1.2\" fill=\"#ffffff\"/><circle cx=\"6\" cy=\"6\" r=\"1.2\" fill=\"#ffffff\"/>",
    ]
}
