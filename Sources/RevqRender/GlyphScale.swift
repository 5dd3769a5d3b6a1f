/// The glyphs a grid draws a scale's values with: filled for the top value, empty for the
/// lowest, shapes rather than colours so a black-and-white projector and a copy-paste
/// keep them. ASCII stands in when the locale is not UTF-8.
struct GlyphScale {
    let scale: [String]
    let unicode: Bool

    private static let unicodeRamp = ["○", "◔", "◐", "◕", "●"]
    private static let asciiRamp = ["-", ".", "o", "O", "#"]

    /// The glyph of `value`: its place on the scale spread over the ramp (three values:
    /// ○ ◐ ●); "?" for a value off the scale and a space for none.
    func glyph(_ value: String) -> String {
        guard !value.isEmpty else { return " " }
        guard let index = scale.firstIndex(of: value) else { return "?" }
        return ramp[rampIndex(index)]
    }

    /// The ANSI colour of `value` (green at the top, yellow between, none at the bottom).
    func colorCode(_ value: String) -> String? {
        guard let index = scale.firstIndex(of: value), scale.count > 1 else { return nil }
        if index == scale.count - 1 { return "32" }
        return index == 0 ? nil : "33"
    }

    /// "● Ja  ◐ Delvis  ○ Nei": the highest value first, as a reader scans.
    var legend: String {
        scale.reversed().map { glyph($0) + " " + $0 }.joined(separator: "  ")
    }

    private var ramp: [String] { unicode ? Self.unicodeRamp : Self.asciiRamp }

    private func rampIndex(_ index: Int) -> Int {
        guard scale.count > 1 else { return ramp.count - 1 }
        return Int((Double(index * (ramp.count - 1)) / Double(scale.count - 1)).rounded())
    }
}
