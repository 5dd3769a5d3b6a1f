import RevqCore
import RevqTestSupport
import Testing

@testable import RevqRender

/// Issue 21's property: for random cells of Norwegian text at widths 20-200, every word that
/// fits its column appears whole in the rendered table. A word is broken only when it alone
/// is wider than its column; a column cut to one line ("…") or left out is said so under
/// the table, and is not held to this.
@Suite struct WholeWordsPropertyTests {
    static let syllables = [
        "skole", "hjem", "sam", "ar", "beid", "fra", "vær", "før", "ste", "lær", "ere", "å", "øy", "til", "lit", "en",
        "ene", "ing", "sk", "relasjon",
    ]

    /// A word of one to five syllables, distinct enough that finding it elsewhere by chance is rare.
    static func word(_ generator: inout SeededGenerator) -> String {
        (0..<Int.random(in: 1...5, using: &generator)).map { _ in syllables.randomElement(using: &generator)! }.joined()
    }

    @Test func everyWordThatFitsItsColumnIsWhole() {
        var generator = SeededGenerator(seed: 2121)
        var checked = 0
        for _ in 0..<300 {
            let columns = Int.random(in: 1...5, using: &generator)
            let rows = Int.random(in: 1...4, using: &generator)
            let cells: [[Cell]] = (0..<rows).map { _ in
                (0..<columns).map { _ in
                    .text(
                        (0..<Int.random(in: 1...12, using: &generator)).map { _ in Self.word(&generator) }.joined(
                            separator: " "))
                }
            }
            let result = ResultSet(
                columns: (0..<columns).map { ResultSet.Column(name: "k\($0)", isLongText: $0 == 0) }, rows: cells)
            let spec = OutputSpec(mode: .table, width: Int.random(in: 20...200, using: &generator))
            let layout = TableLayout(fitting: result, spec: spec)
            let rendered = Renderer.render(result, spec: spec)
            let lines = rendered.split(separator: "\n").map(String.init)
            guard !layout.overflows(spec) else { continue }
            for column in 0..<columns where !layout.isCut[column] {
                for row in cells {
                    for word in row[column].text.split(separator: " ").map(String.init)
                    where DisplayWidth.of(word) <= layout.widths[column] {
                        #expect(
                            lines.contains { $0.contains(word) },
                            "\(word) at width \(layout.widths[column]) of \(spec.width)")
                        checked += 1
                    }
                }
            }
        }
        #expect(checked > 1000)
    }
}
