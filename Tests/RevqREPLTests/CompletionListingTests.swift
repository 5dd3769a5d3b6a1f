import RevqCore
import Testing

@testable import RevqREPL

/// How several candidates are listed under the line at Tab.
@Suite struct CompletionListingTests {
    /// With meanings: one candidate a line, meanings aligned after the widest candidate and
    /// cut with "…" to the terminal's width, counted in columns (æøå are one column each).
    @Test func meaningsAreAlignedAndCutToTheWidth() {
        let meanings = [
            "moderat": "Moderat tillit: Det er nokså sannsynlig at funnene fra oversikten er en rimelig gjengivelse",
            "\"svært lav\"": "Svært lav tillit: Det er uklart",
        ]
        let listing = EditLineReader.described(["moderat", "\"svært lav\"", "høy"], meanings: meanings, width: 60)
        let lines = listing.split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 60 })
        #expect(lines[0].hasPrefix("moderat      Moderat tillit: Det er nokså"))
        #expect(lines[0].hasSuffix("…"))
        #expect(lines[1] == "\"svært lav\"  Svært lav tillit: Det er uklart")
        #expect(lines[2] == "høy")
    }
}
