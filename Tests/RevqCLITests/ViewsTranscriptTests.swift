import Foundation
import RevqTestSupport
import Testing

/// A workshop session as a panel would type it: Transcripts/views/session.revq piped into
/// revq in table mode at 100 columns, stdout and stderr together, against
/// Transcripts/views/session.out (soqf with its heading, a selected grid, a count, a stacked
/// crosstab, check, and a stacked chart refused with its caret).
///
/// To re-record after an intended change, then read the diff before committing:
///     REVQ_RECORD_GOLDEN=1 swift test --skip-build --filter ViewsTranscriptTests
/// or by hand: (echo .mode table; cat Tests/RevqCLITests/Transcripts/views/session.revq) \
///     | COLUMNS=100 .build/debug/revq > Tests/RevqCLITests/Transcripts/views/session.out 2>&1
@Suite("Views: a session transcript")
struct ViewsTranscriptTests {
    static let folder = RepositoryPaths.root + "/Tests/RevqCLITests/Transcripts/views"

    @Test func theSessionPrintsItsGolden() throws {
        let script = try String(contentsOfFile: Self.folder + "/session.revq", encoding: .utf8)
        let output = try RevqProcess.runMerged(
            [], stdin: ".mode table\n" + script, home: TemporaryHome(),
            extraEnvironment: ["COLUMNS": "100"])
        let golden = Self.folder + "/session.out"
        if ProcessInfo.processInfo.environment["REVQ_RECORD_GOLDEN"] == "1" {
            try output.write(toFile: golden, atomically: true, encoding: .utf8)
            Issue.record("recorded 1 golden file (session.out); run again without REVQ_RECORD_GOLDEN")
            return
        }
        #expect(output == (try? String(contentsOfFile: golden, encoding: .utf8)))
    }

    /// The golden's stacked chart (findings with moderat or høy confidence) says what
    /// Tabell 9 says: per theme, the sum and its parts in the legend's order.
    @Test func theGoldensStackedChartIsTabell9() throws {
        let lines = try String(contentsOfFile: Self.folder + "/session.out", encoding: .utf8).split(separator: "\n")
        let start = try #require(lines.firstIndex { $0.hasPrefix("confidence: ") })
        for (line, theme) in zip(lines[(start + 1)...], ReviewThemes.tabell9.map(\.theme)) {
            // `confidence >= moderat`: the levels below keep their column, with 0.
            let levels = ReviewTables.levels
            let counts = levels.map { level in
                levels.firstIndex(of: level)! < levels.firstIndex(of: "moderat")!
                    ? 0
                    : ReviewTables.tabell9.filter { $0.theme == theme && $0.confidence == level }.count
            }
            #expect(
                line.hasPrefix(theme)
                    && line.hasSuffix(" \(counts.reduce(0, +)) = " + counts.map(String.init).joined(separator: "+")),
                "\(line)")
        }
    }
}
