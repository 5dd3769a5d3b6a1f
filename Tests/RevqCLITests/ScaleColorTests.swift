import Foundation
import RevqTestSupport
import Testing

/// A grid's colours say what a level means, not where it stands on its scale: serious
/// concerns (the top of the concern scale) are the warning colour, Ja the good one.
/// Issue 21: finding 26's serious concerns about adequacy were drawn green.
struct ScaleColorTests {
    /// The ANSI colour of each tone: green good, yellow between, red bad.
    static let codes = ["good": "32", "middle": "33", "bad": "31"]

    static func colors(in line: Substring) -> [String] {
        line.matches(of: /\u{1B}\[(\d+)m/).map { String($0.1) }.filter { $0 != "0" }
    }

    static func grid(_ statement: String) throws -> [Substring] {
        let run = try RevqProcess.run(
            ["--color", "always", "-c", statement], home: TemporaryHome(), extraEnvironment: ["COLUMNS": "100"])
        #expect(run.status == 0, "\(run.stderr)")
        return run.stdout.split(separator: "\n")
    }

    @Test func seriousConcernsAreTheWarning() throws {
        let lines = try Self.grid("grid findings where theme = 'Tiltak fra skolen'")
        let rated = try FindingComponents.of(26)
        #expect(rated.map(\.level).contains("alvorlige"))
        let line = try #require(lines.first { $0.hasPrefix("26 ") })
        #expect(Self.colors(in: line) == rated.map { Self.codes[FindingComponents.tone[$0.level]!]! }, "\(line)")
        #expect(
            lines.first
                == "concern (best: ingen eller svært små): ● alvorlige  ◕ moderate  ◔ små  ○ ingen eller svært små")
    }

    @Test func jaIsTheGoodAnswer() throws {
        let lines = try Self.grid("grid matrix")
        let tone = ["Ja": "good", "Delvis": "middle", "Nei": "bad"]
        for row in ReviewTables.tabell11 {
            let line = try #require(lines.first { $0.hasPrefix(row.firstWord + " ") }, "\(row.firstWord)")
            #expect(Self.colors(in: line) == row.answers.map { Self.codes[tone[$0]!]! }, "\(row.firstWord)")
        }
    }
}
