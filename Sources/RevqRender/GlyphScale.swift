import RevqCore

/// The glyphs a grid draws a scale's values with: filled for the top value, empty for the
/// lowest, shapes rather than colours so a black-and-white projector and a copy-paste
/// keep them. ASCII stands in when the locale is not UTF-8. Colour says what a level
/// means (`ScaleMeaning.tone`), not where it stands: a serious concern, top of its scale,
/// is the warning.
struct GlyphScale {
    let meaning: ScaleMeaning
    let unicode: Bool

    private static let unicodeRamp = ["○", "◔", "◐", "◕", "●"]
    private static let asciiRamp = ["-", ".", "o", "O", "#"]

    init(meaning: ScaleMeaning, unicode: Bool) {
        self.meaning = meaning
        self.unicode = unicode
    }

    private var scale: [String] { meaning.values }

    /// The glyph of `value`: its place on the scale spread over the ramp (three values:
    /// ○ ◐ ●); "?" for a value off the scale and a space for none.
    func glyph(_ value: String) -> String {
        guard !value.isEmpty else { return " " }
        guard let step = fill(value) else { return "?" }
        return ramp[step]
    }

    /// How full `value`'s glyph is, 0 (empty) to 4 (full): an SVG draws the same shape.
    func fill(_ value: String) -> Int? {
        scale.firstIndex(of: value).map(rampIndex)
    }

    /// The ANSI colour of `value`'s tone: green good, yellow between, red bad.
    func colorCode(_ value: String) -> String? {
        switch meaning.tone(of: value) {
        case .good: return "32"
        case .middle: return "33"
        case .bad: return "31"
        case nil: return nil
        }
    }

    /// "answer (best: Ja): ● Ja  ◐ Delvis  ○ Nei": the scale named, with its good end, then
    /// the highest value first, as a reader scans; wrapped to `width` between items.
    func legend(width: Int) -> String {
        var lines: [String] = []
        var current = legendLead
        for value in scale.reversed() {
            let item = glyph(value) + " " + value
            let gap = current == legendLead ? " " : "  "
            if current != legendLead, DisplayWidth.of(current + gap + item) > width {
                lines.append(current)
                current = "  " + item
            } else {
                current += gap + item
            }
        }
        return (lines + [current]).joined(separator: "\n")
    }

    /// "concern (best: ingen eller svært små):", or the name alone when the schema does not say.
    var legendLead: String {
        meaning.best.map { "\(meaning.name) (best: \($0)):" } ?? "\(meaning.name):"
    }

    private var ramp: [String] { unicode ? Self.unicodeRamp : Self.asciiRamp }

    private func rampIndex(_ index: Int) -> Int {
        guard scale.count > 1 else { return Self.unicodeRamp.count - 1 }
        return Int((Double(index * (Self.unicodeRamp.count - 1)) / Double(scale.count - 1)).rounded())
    }
}
