import Foundation
import RevqCore
import RevqEngine
import RevqReview
import RevqTestSupport
import Testing

/// `grid matrix` against Tabell 11 (review lines 1416-1580), read here from the text: a
/// row starts at a study cell "Author (year)," and its six answers are the next six cells
/// that are Ja, Delvis or Nei, in the table's column order (Kompetanse, Tidlig innsats,
/// Rolleavklaring, Kommunikasjon, Relasjon/tillit, Skolens fleksibilitet).
@Suite("Views: grid reproduces Tabell 11")
struct GridViewTests {
    let interpreter = Interpreter(store: BundledStore.shared)

    static let tabell11: [(study: String, answers: [String])] = {
        let review = SourceText.review
        let first = review.lineNumbers { $0.hasPrefix("Tabell 11:") }[0]
        let last = review.lineNumbers { $0.hasPrefix("Basert på denne integreringen") }.first { $0 > first }!
        var rows: [(String, [String])] = []
        for number in first...last {
            let line = review.line(number)
            guard line.hasPrefix("\t") else { continue }
            let cell = line.trimmingCharacters(in: .whitespaces)
            if cell.range(of: #"\(\d{4}\),"#, options: .regularExpression) != nil {
                rows.append((String(cell.prefix { $0 != " " }), [])) // the first author's surname
            } else if ["Ja", "Delvis", "Nei"].contains(cell), !rows.isEmpty, rows[rows.count - 1].1.count < 6 {
                rows[rows.count - 1].1.append(cell)
            }
        }
        return rows
    }()

    func grid(_ statement: String) throws -> ResultSet {
        guard case .rows(let result) = interpreter.run(statement) else {
            Issue.record("\(statement) failed")
            throw CancellationError()
        }
        return result
    }

    @Test func everyCellIsTabell11s() throws {
        #expect(Self.tabell11.count == 15) // "Undersøkte tiltak (N=15)", line 1416
        let result = try grid("grid matrix")
        #expect(
            result.columns.map(\.name) == [
                "study", "kompetanse", "tidlig_innsats", "rolleavklaring", "kommunikasjon", "relasjon", "fleksibilitet",
            ])
        #expect(!result.hasTotalsRow, "the data holds the records only")
        #expect(result.rows.count == Self.tabell11.count)
        for (row, expected) in zip(result.rows, Self.tabell11) {
            #expect(row[0].text.hasPrefix(expected.study), "Tabell 11 row \(expected.study)")
            #expect(row.dropFirst().map(\.text) == expected.answers, "Tabell 11 row \(expected.study)")
        }
    }

    /// The bottom row counts each characteristic's Ja (Tabell 11 has no totals row; line
    /// 1596 says "Kun to av tiltakene" for kompetanse, where the table's own cells give one).
    @Test func totalsCountTheJaOfEachColumn() throws {
        let result = try grid("grid matrix")
        let expected = (0..<6).map { column in Self.tabell11.filter { $0.answers[column] == "Ja" }.count }
        guard case .totalled(let totals) = result.presentation else {
            Issue.record("no totals for the display")
            return
        }
        #expect(totals.first == .text("total Ja"))
        #expect(totals.dropFirst().map(\.text) == expected.map(String.init))
        // Ja is the good end: schema/scales.tsv says so for the vocabulary `answer`.
        #expect(
            result.drawing
                == .grid(
                    scale: ScaleMeaning(name: "answer", values: ["Nei", "Delvis", "Ja"], better: .higher),
                    columns: Array(1...6)))
    }

    @Test func aSelectionNarrowsTheGrid() throws {
        let result = try grid("grid matrix where relasjon = Ja")
        let expected = Self.tabell11.filter { $0.answers[4] == "Ja" }
        #expect(result.rows.map { String($0[0].text.prefix { $0 != " " }) } == expected.map(\.study))
        guard case .totalled(let totals) = result.presentation else {
            Issue.record("no totals for the display")
            return
        }
        #expect(totals[5].text == String(expected.count))
    }

    @Test func findingsHaveAGridOfTheirFourComponents() throws {
        let result = try grid("grid findings where number <= 2")
        #expect(result.columns.map(\.name) == ["number", "limitations", "coherence", "adequacy", "relevance"])
        // Vedlegg 4, lines 2426-2447: finding 1 moderate / none / none / none; 2 moderate / none / små / none.
        #expect(
            result.rows[1].map(\.text) == ["2", "moderate", "ingen eller svært små", "små", "ingen eller svært små"])
    }

    @Test func aSourceWithoutASharedScaleIsRefused() {
        guard case .failure(let diagnostics) = interpreter.run("grid excluded") else {
            Issue.record("grid excluded ran")
            return
        }
        #expect(diagnostics[0].message.contains("share a scale"))
        #expect(diagnostics[0].range?.start.column == 6)
    }

    @Test func chartMarksACountForBars() throws {
        let result = try grid("chart count findings by theme")
        #expect(result.drawing == .bars(stacked: false))
        // Tabell 9: Kommunikasjon holds findings 4-19 (theme row at line 1153).
        #expect(result.rows.first { $0[0].text == "Kommunikasjon" }?[1] == .integer(16))
    }

    /// Stacked bars draw a crosstab; a count by one field has no segments, and says so
    /// at the counted source.
    @Test func stackedChartsNeedACrosstab() throws {
        #expect(try grid("chart stacked count findings by theme, confidence").drawing == .bars(stacked: true))
        guard case .failure(let diagnostics) = interpreter.run("chart stacked count findings by theme") else {
            Issue.record("a stacked chart of one field ran")
            return
        }
        #expect(diagnostics[0].message.contains("count by two fields"))
        #expect(diagnostics[0].range?.start.column == 21)
        // An average's segments would not add up to anything: refused at the aggregate.
        guard
            case .failure(let averaged) = interpreter.run(
                "chart stacked count findings by theme, confidence show avg(support)")
        else {
            Issue.record("a stacked chart of averages ran")
            return
        }
        #expect(averaged.first?.message.contains("avg(support) does not add up") == true)
        #expect(averaged.first?.range?.start.column == 56)
        #expect(
            try grid("chart stacked count findings by theme, confidence show sum(support)").drawing
                == .bars(stacked: true))
    }

    /// A scale's minimum is a level (moderat), not a length: refused at the aggregate,
    /// as a count it still runs. The column is where `min(` starts in the statement.
    @Test(arguments: [
        "chart count findings show min(confidence)", "chart count findings by theme show count, max(confidence)",
    ])
    func aChartOfALevelIsRefused(statement: String) throws {
        guard case .failure(let diagnostics) = interpreter.run(statement) else {
            Issue.record("a chart of a scale's level ran: \(statement)")
            return
        }
        let aggregate = (statement.firstRange(of: "min(") ?? statement.firstRange(of: "max("))!
        let column = statement.distance(from: statement.startIndex, to: aggregate.lowerBound) + 1
        #expect(diagnostics.first?.message.contains("a chart draws numbers as bars") == true, "\(diagnostics)")
        #expect(diagnostics.first?.range?.start.column == column)
        guard case .rows = interpreter.run(String(statement.dropFirst("chart ".count))) else {
            Issue.record("the count without 'chart' failed")
            return
        }
    }
}
