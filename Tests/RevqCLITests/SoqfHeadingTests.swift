import Foundation
import RevqTestSupport
import Testing

/// `soqf` is headed, as Lewin et al. 2018 Table 7 and iSoQ's SoQF export are, by the
/// review's title, objective, research question and perspective. Every expected line is
/// built here from the review's text (found by its words, numbered by its place), never
/// from revq; the display modes show the heading, the machine formats never carry it.
@Suite("soqf: the heading from the review's text")
struct SoqfHeadingTests {
    static let review = SourceText.review

    static func first(_ prefix: String, after start: Int = 0) -> Int {
        review.lineNumbers { $0.hasPrefix(prefix) }.first { $0 > start }!
    }

    static func lines(_ first: Int, _ last: Int) -> String {
        first == last ? "line \(first)" : "lines \(first)-\(last)"
    }

    /// "Objective: Målet med ... 2. erfaringer med skole-hjem-samarbeid. (Mål og problemstilling, lines 195-198)"
    static var objective: String {
        let first = first("Målet med denne systematiske kunnskapsoppsummeringen")
        let last = Self.first("2. ", after: first)
        let words = (first...last).map(review.line).filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        return
            "Objective: \(SourceText.squeeze(words.joined(separator: " "))) (Mål og problemstilling, \(lines(first, last)))"
    }

    static var question: String {
        let number = first("Forskningsspørsmål: ")
        let words = review.line(number).dropFirst("Forskningsspørsmål: ".count).trimmingCharacters(in: .whitespaces)
        return "Research question: \(words) (Mål og problemstilling, \(lines(number, number)))"
    }

    /// The Forord's paragraph (the one starting "Område for helsetjenester") and its line.
    static var forord: (text: String, line: Int) {
        let number = first("Område for helsetjenester, Folkehelseinstituttet")
        return (review.line(number), number)
    }

    /// The sentence of `text` from `start` to its full stop.
    static func sentence(_ text: String, from start: String) -> String {
        let from = text.range(of: start)!.lowerBound
        let stop = text[from...].firstIndex(of: ".")!
        return String(text[from...stop])
    }

    static func run(_ format: String, _ statement: String = "soqf where number = 16") throws -> RevqProcess.Result {
        try RevqProcess.run(
            ["--format", format, "-c", statement], home: TemporaryHome(), extraEnvironment: ["COLUMNS": "100"])
    }

    @Test(arguments: ["table", "card", "markdown"])
    func aDisplayModeShowsTheHeading(_ format: String) throws {
        let run = try Self.run(format)
        #expect(run.status == 0, "\(run.stderr)")
        let shown = SourceText.squeeze(run.stdout).replacingOccurrences(of: "**", with: "")
        #expect(shown.contains(SourceText.squeeze(Self.objective)))
        #expect(shown.contains(SourceText.squeeze(Self.question)))
        // The heading comes first, the table after it.
        let heading = shown.range(of: "Objective:")!.lowerBound
        #expect(heading < shown.range(of: "Kommunikasjon")!.lowerBound)
    }

    /// The text has no title page and names no perspective: the heading says so, and quotes
    /// the Forord's own words for the work and whom it is for, with the line.
    @Test func titleAndPerspectiveSayTheyAreNotStated() throws {
        let shown = SourceText.squeeze(try Self.run("table").stdout)
        let (forord, line) = Self.forord
        let work = Self.sentence(forord, from: "en systematisk kunnskapsoppsummering over forskning").dropLast()
        #expect(shown.contains("Title: not in the review's text"))
        #expect(shown.contains("\"\(work)\" (Forord, line \(line))"))
        let context = Self.review.lineNumbers { $0.contains("Eksempelvis vil konteksten i denne oversikten") }
        #expect(context.count == 1)
        let perspective =
            Self.sentence(forord, from: "Formålet var") + " "
            + Self.sentence(Self.review.line(context[0]), from: "Eksempelvis vil konteksten")
        #expect(shown.contains("Perspective: not stated in the report"))
        #expect(
            shown.contains(
                SourceText.squeeze("\"\(perspective)\" (Forord, line \(line); Tabell 1, line \(context[0]))")))
    }

    @Test(arguments: ["csv", "tsv", "json", "jsonl"])
    func aMachineFormatHoldsOnlyTheData(_ format: String) throws {
        let result = try Self.run(format)
        #expect(result.status == 0)
        for words in ["Objective", "Målet med denne systematiske", "Formålet var", "Perspective"] {
            #expect(!result.stdout.contains(words))
            #expect(!result.stderr.contains(words))
        }
    }

    /// The heading belongs to the SoQF table only: the Evidence Profile has none.
    @Test func theProfileHasNoHeading() throws {
        // A failed run prints no heading either: it must have run and shown finding 16.
        let run = try Self.run("table", "profile where number = 16")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("limitations") && run.stdout.contains("(1 row)"))
        #expect(!run.stdout.contains("Objective:"))
    }
}
