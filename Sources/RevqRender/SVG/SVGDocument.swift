import RevqCore

/// One SVG picture being drawn: definitions (fills) and elements in drawing order, written
/// whole with its size, `<title>` and `<desc>` for screen readers. Every text goes through
/// `escape`, so a value can neither break the XML nor hide what it holds; styles are
/// attributes, not CSS, so a word processor a picture is pasted into keeps them.
///
///     var picture = SVGDocument(ids: "revq-")
///     picture.text("Forebygging", x: 16, y: 40)
///     picture.written(width: 640, height: 80, title: "chart count ...", description: "...", standalone: true)
struct SVGDocument {
    /// Put before every id, so several pictures in one HTML page keep theirs apart.
    let ids: String
    private(set) var definitions: [String] = []
    private(set) var elements: [String] = []

    /// Pixels per terminal column: labels are measured as the terminal measures them.
    static let column = 7.5
    static let font = "DejaVu Sans, Verdana, Arial, sans-serif"

    mutating func define(_ element: String) { definitions.append(element) }
    mutating func add(_ element: String) { elements.append(element) }

    /// A line of text at its baseline; `anchor` start, middle or end.
    mutating func text(
        _ text: String, x: Double, y: Double, anchor: String = "start", size: Double = 13,
        bold: Bool = false, attributes: String = ""
    ) {
        var element = "<text x=\"\(Self.number(x))\" y=\"\(Self.number(y))\""
        if anchor != "start" { element += " text-anchor=\"\(anchor)\"" }
        if size != 13 { element += " font-size=\"\(Self.number(size))\"" }
        if bold { element += " font-weight=\"bold\"" }
        add(element + attributes + ">\(Self.escape(text))</text>")
    }

    /// The whole picture; `standalone` adds the XML declaration and namespace (a file),
    /// without them it is for inline use in an HTML page.
    func written(width: Double, height: Double, title: String, description: String, standalone: Bool) -> String {
        var svg = standalone ? "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" : ""
        svg += "<svg" + (standalone ? " xmlns=\"http://www.w3.org/2000/svg\"" : "")
        svg +=
            " width=\"\(Self.number(width))\" height=\"\(Self.number(height))\" viewBox=\"0 0 \(Self.number(width)) \(Self.number(height))\""
        svg +=
            " role=\"img\" aria-labelledby=\"\(ids)title \(ids)desc\" font-family=\"\(Self.font)\" font-size=\"13\">\n"
        svg +=
            "<title id=\"\(ids)title\">\(Self.escape(title))</title>\n<desc id=\"\(ids)desc\">\(Self.escape(description))</desc>\n"
        if !definitions.isEmpty { svg += "<defs>\n" + definitions.map { $0 + "\n" }.joined() + "</defs>\n" }
        svg += "<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n"
        return svg + elements.map { $0 + "\n" }.joined() + "</svg>\n"
    }

    /// Text for an element or attribute: hidden characters as `VisibleText` writes them
    /// (XML allows no C0 control), then the five XML specials as entities.
    static func escape(_ text: String) -> String {
        Quoting.HTML.escape(VisibleText.escaped(text), apostrophe: true)
    }

    /// A coordinate to a tenth of a pixel, without a trailing ".0".
    static func number(_ value: Double) -> String {
        NumberFormatting.shortest((value * 10).rounded() / 10)
    }

    /// The width `text` takes, measured in terminal columns.
    static func width(of text: String) -> Double {
        Double(DisplayWidth.of(text)) * column
    }

    /// `text` cut with an ellipsis to fit `pixels`.
    static func fitted(_ text: String, _ pixels: Double) -> String {
        BarChartRenderer.fitted(text, max(1, Int(pixels / column)), unicode: true)
    }
}
