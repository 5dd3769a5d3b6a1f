import Foundation
import RevqCore
import RevqEngine
import RevqReview
import RevqTestSupport
import Testing

/// Issue 8, items 3, 4 and 11 over the bundled review: aggregates per group, sorted and
/// limited counts, and overlapping groups. Every expected value is computed here from
/// Tabell 9 as `ReviewGoldenTests.tabell9` transcribes it (each finding's confidence cell
/// and list of studies, with their lines), never taken from revq's output.
@Suite("Aggregates, sorted counts and overlapping groups")
struct AggregateTests {
    let interpreter = Interpreter(store: BundledStore.shared)
    typealias Tabell9 = ReviewGoldenTests

    /// A finding's support: the number of studies its cell of Tabell 9 lists.
    static func support(_ finding: ReviewGoldenTests.Finding) -> Int {
        Tabell9.studies(of: finding).count
    }

    static func numbers(_ cells: [Cell]) -> [Double] {
        cells.map { cell in
            switch cell {
            case .integer(let number): return Double(number)
            case .number(let number): return number
            default: return .nan
            }
        }
    }

    /// "Average number of supporting studies per confidence level": one statement.
    @Test func averageSupportPerConfidenceLevel() throws {
        let result = try #require(interpreter.run("count findings by confidence show avg(support)").resultSet)
        #expect(result.columns.map(\.name) == ["confidence", "avg(support)"])
        #expect(result.rows.map { $0[0].text } == Tabell9.levels.map { $0.lowercased() })
        let expected = Tabell9.levels.map { level -> Double in
            let supports = Tabell9.tabell9.filter { $0.confidence == level }.map(Self.support)
            return Double(supports.reduce(0, +)) / Double(supports.count)
        }
        for (actual, wanted) in zip(Self.numbers(result.rows.map { $0[1] }), expected) {
            #expect(abs(actual - wanted) < 1e-9)
        }
        let all = Tabell9.tabell9.map(Self.support)
        #expect(result.countTotals.map { Double($0[0]) } == Double(all.reduce(0, +)) / Double(all.count))
    }

    /// "For each theme, the number of findings, the lowest and the highest confidence".
    @Test func findingsAndLowestAndHighestConfidencePerTheme() throws {
        let result = try #require(
            interpreter.run("count findings by theme show count, min(confidence), max(confidence)").resultSet)
        #expect(result.columns.map(\.name) == ["theme", "count", "min(confidence)", "max(confidence)"])
        var themes: [String] = []
        for finding in Tabell9.tabell9 where !themes.contains(finding.theme) { themes.append(finding.theme) }
        let expected = themes.map { theme -> [String] in
            let ranks = Tabell9.tabell9.filter { $0.theme == theme }.map { Tabell9.rank($0.confidence) }
            return [
                theme, String(ranks.count), Tabell9.levels[ranks.min()!].lowercased(),
                Tabell9.levels[ranks.max()!].lowercased(),
            ]
        }
        #expect(result.rows.map { $0.map(\.text) } == expected)
        #expect(result.countTotals == ["33", "svært lav", "høy"])
    }

    /// Sum, median, min and max of support over all 33 findings.
    @Test func sumMedianMinMaxOfSupport() throws {
        let result = try #require(
            interpreter.run("count findings show count, sum(support), median(support), min(support), max(support)")
                .resultSet)
        let supports = Tabell9.tabell9.map(Self.support).sorted()
        let median =
            supports.count % 2 == 1
            ? Double(supports[supports.count / 2])
            : Double(supports[supports.count / 2 - 1] + supports[supports.count / 2]) / 2
        #expect(result.rows.count == 1)
        #expect(
            Self.numbers(result.rows[0]) == [
                33, Double(supports.reduce(0, +)), median, Double(supports.first!), Double(supports.last!),
            ])
        #expect(result.rows[0][1] == .integer(supports.reduce(0, +)), "a sum of integers stays an integer")
    }

    /// The median of an even number of rows is the mean of the two middle ones: findings
    /// 1-10 and 1-12 of Tabell 9 (the 33 findings above are odd).
    @Test(arguments: [10, 12])
    func medianOfAnEvenCount(last: Int) throws {
        let result = try #require(
            interpreter.run("count findings where number <= \(last) show count, median(support)").resultSet)
        let supports = Tabell9.tabell9.filter { $0.number <= last }.map(Self.support).sorted()
        #expect(supports.count == last)
        let median = Double(supports[last / 2 - 1] + supports[last / 2]) / 2
        #expect(Self.numbers(result.rows[0]) == [Double(last), median])
    }

    /// "The three themes with the most findings".
    @Test func theThreeThemesWithTheMostFindings() throws {
        let result = try #require(interpreter.run("count findings by theme sort by count desc limit 3").resultSet)
        var counts: [(String, Int)] = []
        for finding in Tabell9.tabell9 {
            if let index = counts.firstIndex(where: { $0.0 == finding.theme }) {
                counts[index].1 += 1
            } else {
                counts.append((finding.theme, 1))
            }
        }
        let top = counts.enumerated().sorted {
            $0.element.1 != $1.element.1 ? $0.element.1 > $1.element.1 : $0.offset < $1.offset
        }
        .prefix(3).map { [$0.element.0, String($0.element.1)] }
        #expect(result.rows.map { $0.map(\.text) } == top)
        #expect(result.countTotals == nil, "a limited count shows no total of groups it leaves out")
    }

    /// On a crosstab, sort and limit pick whole rows (themes) by their totals.
    @Test func aSortedLimitedCrosstabKeepsWholeRows() throws {
        let result = try #require(
            interpreter.run("count findings by theme, confidence sort by count desc limit 2").resultSet)
        let themes = result.rows.map { $0[0].text }
        #expect(themes == Array(repeating: "Kommunikasjon", count: 4) + Array(repeating: "Tiltak fra skolen", count: 4))
        let kommunikasjon = Tabell9.tabell9.filter { $0.theme == "Kommunikasjon" }
        #expect(
            result.rows.prefix(4).map { $0[2].text }
                == Tabell9.levels.map { level in String(kommunikasjon.filter { $0.confidence == level }.count) })
        #expect(
            result.crosstabMargins?.rows == [
                String(kommunikasjon.count), String(Tabell9.tabell9.filter { $0.theme == "Tiltak fra skolen" }.count),
            ])
    }

    /// Sorting by an aggregate that is not shown, and by a group key.
    @Test func sortByAnAggregateOrAGroup() throws {
        let byAverage = try #require(
            interpreter.run("count findings by theme sort by avg(support) desc, theme").resultSet)
        var themes: [String] = []
        for finding in Tabell9.tabell9 where !themes.contains(finding.theme) { themes.append(finding.theme) }
        func average(_ theme: String) -> Double {
            let supports = Tabell9.tabell9.filter { $0.theme == theme }.map(Self.support)
            return Double(supports.reduce(0, +)) / Double(supports.count)
        }
        let expected = themes.enumerated().sorted {
            average($0.element) != average($1.element)
                ? average($0.element) > average($1.element) : $0.offset < $1.offset
        }
        #expect(byAverage.rows.map { $0[0].text } == expected.map(\.element))
        let descending = try #require(interpreter.run("count findings by confidence sort by confidence desc").resultSet)
        #expect(descending.rows.map { $0[0].text } == Tabell9.levels.reversed().map { $0.lowercased() })
    }

    /// Item 11: line 1097 counts the qualitative studies per informant group, and a study
    /// with several groups counts in each; the note says so, and so does explain.
    @Test func countingBySetFieldSaysGroupsOverlap() throws {
        let result = try #require(interpreter.run("count studies by informants").resultSet)
        let sum = result.rows.reduce(0) { $0 + Int($1[1].text)! }
        #expect(result.countTotals == ["38"])
        #expect(sum > 38)
        // The groups as the report counts them (line 1097), and the studies with no informant
        // group: the 38 less the nine qualitative studies and 14 theses of line 39.
        let text = SourceText.review
        for phrase in [
            "elever inngikk som informanter i fem av studiene", "foresatte inngikk i utvalget i 16 studier",
            "de inngikk i utvalget i totalt 13 studier", "de inngikk i det totale utvalget i ni studier",
        ] {
            #expect(text.line(1097).contains(phrase), "line 1097 no longer says: \(phrase)")
        }
        #expect(text.line(39).hasPrefix("Ni kvalitative studier fra europeiske land og 14 masteroppgaver"))
        let fromText = ["elever": 5, "foresatte": 16, "lærere": 13, "andre skoleansatte": 9]
        for (group, count) in fromText {
            #expect(result.rows.first { $0[0].text == group }?[1].text == String(count), "\(group)")
        }
        #expect(sum == fromText.values.reduce(0, +) + (38 - (9 + 14)))
        #expect(
            result.notes == [
                "groups overlap: a row of studies with several values of informants counts once in each of those groups, so the groups add up to \(sum); the total counts each of the 38 rows once"
            ])
        let plan = try #require(interpreter.run("explain count studies by informants").resultSet)
        #expect(plan.notes == result.notes)
        #expect(
            plan.rows.contains {
                $0[0].text == "count by informants" && $0[1].text.contains("counts in each of their groups")
            })
        let single = try #require(interpreter.run("count findings by theme").resultSet)
        #expect(single.notes.isEmpty, "a field with one value per record makes no overlap")
    }

    /// Wrong aggregates are refused with the place and a hint.
    @Test(arguments: [
        ("count findings by theme show avg(confidence)", "avg needs a number; 'confidence' is scale:confidence", 34),
        ("count findings by theme show sum(theme)", "sum needs a number; 'theme' is category:theme", 34),
        ("count findings by theme sort by support", "a count sorts by its groups, not by 'support'", 33),
        ("count findings by theme show max(nothing)", "unknown field 'nothing' in 'findings'", 34),
    ])
    func badAggregatesAreRefused(statement: String, message: String, column: Int) throws {
        guard case .failure(let diagnostics) = interpreter.run(statement) else {
            Issue.record("accepted: \(statement)")
            return
        }
        #expect(diagnostics.first?.message == message)
        #expect(diagnostics.first?.range?.start.column == column)
        #expect(diagnostics.first?.hint != nil)
    }
}

/// A count by two fields with many values each lists the pairs that occur, not every
/// combination: `count sections by id, text` over 359 paragraphs gave 129,000 rows, all
/// but 359 of them zeros, and 53 MB of csv.
@Suite("Sparse counts")
struct SparseCountTests {
    let interpreter = Interpreter(store: BundledStore.shared)

    @Test func twoFieldsWithManyValuesListOnlyThePairsThatOccur() throws {
        // The paragraphs as the dataset's file lists them, one record a line, read without revq.
        let file = try String(contentsOfFile: RepositoryPaths.bundledDataset + "/data/sections.tsv", encoding: .utf8)
        let paragraphs = file.split(separator: "\n").dropFirst().filter { !$0.hasPrefix("#") }.count
        #expect(paragraphs > 100)
        let result = try #require(interpreter.run("count sections by id, heading").resultSet)
        // Each paragraph has one id and one heading: one pair each, none counted twice.
        #expect(result.rows.count == paragraphs)
        #expect(result.rows.allSatisfy { $0[2] == .integer(1) })
        guard case .count(let presentation) = result.presentation else {
            Issue.record("not a count: \(result.presentation)")
            return
        }
        #expect(presentation.crosstab == nil, "a sparse crosstab is listed, not pivoted")
    }

    /// A small grid keeps its zeros: every confidence level of every theme (7 x 4, line 39
    /// names the seven themes), the crosstab of the README.
    @Test func aSmallGridKeepsItsZeroCells() throws {
        let result = try #require(interpreter.run("count findings by theme, confidence").resultSet)
        #expect(result.rows.count == 7 * 4)
        #expect(result.rows.contains { $0[2] == .integer(0) })
    }
}
