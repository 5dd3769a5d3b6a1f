import RevqCore
import RevqRender
import Testing

@Suite struct ColorTests {
    static let results = [Fixtures.findings, Fixtures.confidenceCount, Fixtures.matrix]

    @Test(arguments: OutputMode.allCases)
    func noEscapeCodesWithoutColor(mode: OutputMode) {
        for result in Self.results {
            #expect(!Renderer.render(result, spec: OutputSpec(mode: mode, width: 100)).contains("\u{1B}"))
        }
    }

    /// Colour decorates the same text: with the escape codes removed it is the plain output.
    @Test(arguments: [OutputMode.table, .card])
    func colorOnlyAddsEscapeCodes(mode: OutputMode) {
        for result in Self.results {
            let plain = Renderer.render(result, spec: OutputSpec(mode: mode, width: 100))
            let colored = Renderer.render(result, spec: OutputSpec(mode: mode, width: 100, color: true))
            #expect(colored.contains("\u{1B}[1m") && colored.contains("\u{1B}[2m"))
            #expect(Rendered.strippingANSI(colored) == plain)
        }
    }

    /// Data formats stay data: colour never enters csv, tsv, json, jsonl or markdown.
    @Test(arguments: [OutputMode.csv, .tsv, .json, .jsonl, .markdown])
    func dataFormatsIgnoreColor(mode: OutputMode) {
        let plain = Renderer.render(Fixtures.findings, spec: OutputSpec(mode: mode))
        #expect(Renderer.render(Fixtures.findings, spec: OutputSpec(mode: mode, color: true)) == plain)
    }
}
