import RevqCore

/// One record at a time, one `name: value` line per field with the names aligned, long
/// values wrapped with a hanging indent, a rule between records and a double rule
/// before the totals row.
///
///     number:     3
///     theme:      Fraværsregistrering
///     confidence: moderat
///     ────────────────────────────────
///     number:     9
///     …
///     (2 rows)
struct CardRenderer: ResultRenderer {
    let spec: OutputSpec
    private var style: ANSIStyle { ANSIStyle(isEnabled: spec.color) }

    /// The narrowest a value gets, however narrow the terminal.
    static let minimumValueWidth = 20

    func render(_ result: ResultSet, to output: inout some TextOutputStream) {
        let nameWidth = result.columns.map { DisplayWidth.of(TerminalText.clean($0.name)) }.max() ?? 0
        let valueWidth = max(spec.width - nameWidth - 2, Self.minimumValueWidth)
        let cards = result.rows.map { card(of: $0, in: result, nameWidth: nameWidth, valueWidth: valueWidth) }
        let ruleWidth = min(spec.width, cards.joined().map(\.width).max() ?? 0)
        for (index, lines) in cards.enumerated() {
            if result.isTotalsRow(index) {
                write(style.dim(String(repeating: "═", count: ruleWidth)), to: &output)
            } else if index > 0 {
                write(style.dim(String(repeating: "─", count: ruleWidth)), to: &output)
            }
            for line in lines { write(line.styled(style), to: &output) }
        }
        write(style.dim(result.rowCountLine), to: &output)
    }

    /// One line of a card: a field's label (bold when coloured) or the hanging indent,
    /// then the value's text.
    private struct Line {
        let label: String
        let value: String
        var width: Int { DisplayWidth.of(label + value) }

        func styled(_ style: ANSIStyle) -> String {
            label.allSatisfy { $0 == " " } ? label + value : style.bold(label) + value
        }
    }

    /// The lines of one record.
    private func card(of row: [Cell], in result: ResultSet, nameWidth: Int, valueWidth: Int) -> [Line] {
        result.columns.indices.flatMap { column in
            let name = DisplayWidth.padded(TerminalText.clean(result.columns[column].name) + ":", to: nameWidth + 1)
            let lines = TextWrapper.wrap(result.cell(row, column), width: valueWidth, nullText: spec.nullText)
            let indent = String(repeating: " ", count: nameWidth + 2)
            let first =
                lines[0].isEmpty ? Line(label: trimmed(name), value: "") : Line(label: name, value: " " + lines[0])
            return [first] + lines.dropFirst().map { Line(label: indent, value: $0) }
        }
    }

    /// A name with its padding dropped, for an empty value: no trailing blanks.
    private func trimmed(_ name: String) -> String {
        String(name.reversed().drop(while: { $0 == " " }).reversed())
    }

    private func write(_ line: String, to output: inout some TextOutputStream) {
        output.write(line)
        output.write("\n")
    }
}
