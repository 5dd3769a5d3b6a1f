import RevqCore

/// Stacked bars of a crosstab: a legend naming each column's fill, then one bar per row
/// whose segments are that row's counts in the legend's order, and after the bar the
/// row's sum with its parts (`16 = 2+6+7+1`), so every number stays exact.
///
/// The fills are shades and patterns, not colours, so a black-and-white projector and a
/// copy-paste keep them apart (`█ ▓ ▒ ░ ▚ ▞ ▙ ▟`; in ASCII `# = + : % @ * o`; letters
/// beyond). Where colour is allowed each fill also has a colour.
///
///     confidence: █ svært lav  ▓ lav  ▒ moderat  ░ høy
///     Kommunikasjon  ██▓▓▓▓▓▓▒▒▒▒▒▒▒░ 16 = 2+6+7+1
struct StackedBars {
    let spec: OutputSpec
    /// The columns, one segment each, in the order they are stacked.
    let names: [String]
    /// The field the columns are values of, which heads the legend; "segments" when unknown.
    var field: String?

    private static let unicodeFills = ["█", "▓", "▒", "░", "▚", "▞", "▙", "▟"]
    private static let asciiFills = ["#", "=", "+", ":", "%", "@", "*", "o"]
    /// ANSI colours in stacking order: red, yellow, green, cyan, blue, magenta (grouped
    /// bars colour their series so too).
    static let colors = ["31", "33", "32", "36", "34", "35"]

    func render(labels: [String], values: [[Cell]], to output: inout some TextOutputStream) {
        let sums = values.map { $0.map(BarChartRenderer.value).reduce(0, +) }
        let numbers = zip(values, sums).map { cells, sum in Self.sumText(sum, cells, unicode: spec.unicode) }
        let numberWidth = numbers.map(DisplayWidth.of).max() ?? 1
        let labelWidth = min(labels.map(DisplayWidth.of).max() ?? 0, spec.width / 3)
        let barWidth = max(1, spec.width - labelWidth - numberWidth - 2)
        let maximum = sums.max() ?? 0
        output.write(legend())
        for (index, label) in labels.enumerated() {
            let bar = segments(values[index], maximum: maximum, width: barWidth)
            let shown = DisplayWidth.padded(
                BarChartRenderer.fitted(label, labelWidth, unicode: spec.unicode), to: labelWidth)
            output.write(shown + " " + bar + (bar.isEmpty ? "" : " ") + numbers[index] + "\n")
        }
    }

    /// The segments of one bar: each ends where the running sum ends, rounded to whole
    /// columns, so the bar's length is its sum's share of the longest and no rounding adds up.
    private func segments(_ cells: [Cell], maximum: Double, width: Int) -> String {
        guard maximum > 0 else { return "" }
        var bar = ""
        var running = 0.0
        var drawn = 0
        for (index, cell) in cells.enumerated() {
            running += BarChartRenderer.value(cell)
            let end = BarChartRenderer.length(running, of: maximum, in: width)
            bar += paint(String(repeating: fill(index), count: max(0, end - drawn)), index)
            drawn = max(drawn, end)
        }
        return bar
    }

    /// "confidence: █ svært lav  ▓ lav  ▒ moderat  ░ høy", wrapped to the width under its first item.
    private func legend() -> String {
        let lead = (field ?? "segments") + ": "
        var lines: [String] = []
        var current = lead
        var width = DisplayWidth.of(lead)
        for (index, name) in names.enumerated() {
            let item = fill(index) + " " + name
            let gap = width == DisplayWidth.of(lead) ? 0 : 2
            if gap > 0, width + gap + DisplayWidth.of(item) > spec.width {
                lines.append(current)
                (current, width) = (String(repeating: " ", count: lead.count), lead.count)
            }
            let space = width == lead.count ? "" : "  "
            current += space + paint(fill(index), index) + " " + name
            width += DisplayWidth.of(space + item)
        }
        return (lines + [current]).joined(separator: "\n") + "\n"
    }

    private func fill(_ index: Int) -> String {
        let fills = spec.unicode ? Self.unicodeFills : Self.asciiFills
        if index < fills.count { return fills[index] }
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        return String(letters[(index - fills.count) % letters.count])
    }

    private func paint(_ text: String, _ index: Int) -> String { Self.paint(text, index, spec: spec) }

    /// `text` in the colour of series `index`, where colour is allowed.
    static func paint(_ text: String, _ index: Int, spec: OutputSpec) -> String {
        ANSIStyle(isEnabled: spec.color).color(text, code: colors[index % colors.count])
    }

    /// "16 = 2+6+7+1": a bar's sum and its parts, as the terminal and the SVG write them.
    /// A part over no records (null) is "–", drawn as nothing.
    static func sumText(_ sum: Double, _ cells: [Cell], unicode: Bool) -> String {
        "\(number(sum, cells)) = " + cells.map { $0 == .null ? (unicode ? "–" : "-") : $0.text }.joined(separator: "+")
    }

    /// The sum as the parts are written: a whole number when they all are.
    private static func number(_ sum: Double, _ cells: [Cell]) -> String {
        cells.allSatisfy { if case .number = $0 { return false } else { return true } }
            ? (Int(exactly: sum).map(String.init) ?? NumberFormatting.shortest(sum)) : NumberFormatting.shortest(sum)
    }
}
