import RevqCore
import RevqTestSupport

/// Small result sets whose values are read from the review's text at the cited lines,
/// so that every value a golden file shows is the review's own.
enum Fixtures {
    static let review = SourceText.review

    /// A table cell of the Word export: the line without its leading tab and trailing blanks.
    static func cell(_ line: Int) -> String {
        var text = Substring(review.line(line))
        while text.first == "\t" { text = text.dropFirst() }
        while text.last == " " { text = text.dropLast() }
        return String(text)
    }

    /// The studies a finding cites: `Opland HM 2023; Øye 2018;` split at the semicolons.
    static func studies(_ line: Int) -> [String] {
        cell(line).split(separator: ";").map { String($0.drop(while: { $0 == " " })) }.filter { !$0.isEmpty }
    }

    /// "Moderat tillit" -> "moderat", "Svært lav tillit" -> "svært lav": the scale term.
    static func confidence(_ line: Int) -> String {
        let text = cell(line).lowercased()
        return text.hasSuffix(" tillit") ? String(text.dropLast(" tillit".count)) : text
    }

    /// One finding of Tabell 9: the lines of its number, text, confidence and studies.
    /// `themeLine` is nil where the row has no theme cell (the theme is written once per
    /// group), so the theme is null: the fixture's null.
    static func finding(number: Int, themeLine: Int?, text: Int, confidence confidenceLine: Int, studies studyLine: Int)
        -> [Cell]
    {
        let studyList = studies(studyLine)
        return [
            .integer(Int(cell(number))!), themeLine.map { .text(cell($0)) } ?? .null, .text(cell(text)),
            .text(confidence(confidenceLine)), .list(studyList.map(Cell.text)), .integer(studyList.count),
        ]
    }

    /// Findings 3, 9 and 14 of Tabell 9 (lines 1145-1151, 1185-1189, 1215-1219).
    static let findings = ResultSet(
        columns: [
            .init(name: "number"), .init(name: "theme"), .init(name: "text", isLongText: true),
            .init(name: "confidence"), .init(name: "study"), .init(name: "support"),
        ],
        rows: [
            finding(number: 1147, themeLine: 1145, text: 1148, confidence: 1149, studies: 1151),
            finding(number: 1185, themeLine: nil, text: 1186, confidence: 1187, studies: 1189),
            finding(number: 1215, themeLine: nil, text: 1216, confidence: 1217, studies: 1219),
        ])

    /// `count findings by confidence` over `findings`, derived here: tidy data (one row
    /// per confidence that occurs), the total beside it as presentation.
    static let confidenceCount: ResultSet = {
        var counts: [(String, Int)] = []
        for row in findings.rows {
            let term = row[3].text
            if let index = counts.firstIndex(where: { $0.0 == term }) {
                counts[index].1 += 1
            } else {
                counts.append((term, 1))
            }
        }
        let rows = counts.map { [Cell.text($0.0), .integer($0.1)] }
        return ResultSet(
            columns: [.init(name: "confidence"), .init(name: "findings")], rows: rows,
            presentation: .count(CountPresentation(groupColumns: 1, totals: [.integer(findings.rows.count)])))
    }()

    /// The scale of confidence, lowest first (Tabell 9's levels: "Svært lav", "Lav",
    /// "Moderat", "Høy" tillit).
    static let scale = ["svært lav", "lav", "moderat", "høy"]

    /// `count findings by theme, confidence` over `findings`: a row for every theme of
    /// the fixture (the two rows without a theme cell are unknown: null) and every level
    /// of the scale, zeros included; the crosstab's margins beside it.
    static let themeConfidence: ResultSet = {
        var themes: [Cell] = []
        for row in findings.rows where !themes.contains(row[1]) { themes.append(row[1]) }
        func members(_ theme: Cell?, _ level: String?) -> Int {
            findings.rows.filter { (theme == nil || $0[1] == theme!) && (level == nil || $0[3].text == level!) }.count
        }
        let rows = themes.flatMap { theme in scale.map { [theme, .text($0), .integer(members(theme, $0))] } }
        let margins = Crosstab(
            rowTotals: themes.map { .integer(members($0, nil)) }, columnTotals: scale.map { .integer(members(nil, $0)) }
        )
        // The roles the count gives its columns: the margin of a count of records is a total.
        let columns: [ResultSet.Column] = [
            .init(name: "theme", role: .group), .init(name: "confidence", role: .group),
            .init(name: "count", role: .aggregate(countsRecords: true)),
        ]
        return ResultSet(
            columns: columns, rows: rows,
            presentation: .count(
                CountPresentation(groupColumns: 2, totals: [.integer(findings.rows.count)], crosstab: margins)))
    }()

    /// `count findings by confidence show count, avg(support), min(support), max(support)`
    /// over `findings`: an average is a number, min and max integers.
    static let supportByConfidence: ResultSet = {
        let levels = scale.filter { level in findings.rows.contains { $0[3].text == level } }
        func aggregates(_ rows: [[Cell]]) -> [Cell] {
            let supports = rows.map { row -> Int in if case .integer(let n) = row[5] { return n } else { return 0 } }
            return [
                .integer(rows.count), .number(Double(supports.reduce(0, +)) / Double(supports.count)),
                .integer(supports.min()!), .integer(supports.max()!),
            ]
        }
        let rows = levels.map { level in [Cell.text(level)] + aggregates(findings.rows.filter { $0[3].text == level }) }
        return ResultSet(
            columns: ["confidence", "count", "avg(support)", "min(support)", "max(support)"].map { .init(name: $0) },
            rows: rows, presentation: .count(CountPresentation(groupColumns: 1, totals: aggregates(findings.rows))))
    }()

    /// Bergman og Chan (2019) of Tabell 3 (lines 493-495: "Bergman og Chan (2019), / USA
    /// (83) / RCT"): a quantitative study, which no finding of Tabell 9 (lines 1123-1367)
    /// cites, so its findings are an empty list; Tabell 3 gives no informant count, so
    /// that is unknown.
    static let emptyAndUnknown: ResultSet = {
        let label = cell(493).hasSuffix(",") ? String(cell(493).dropLast()) : cell(493)
        return ResultSet(
            columns: [.init(name: "label"), .init(name: "design"), .init(name: "finding"), .init(name: "n")],
            rows: [[.text(label), .text(cell(495)), .list([]), .null]])
    }()

    /// Two rows of Tabell 11, the integration matrix (lines 1433-1451): eight columns.
    static let matrix = ResultSet(
        columns: [
            "study", "intervention", "kompetanse", "tidlig_innsats", "rolleavklaring",
            "kommunikasjon", "relasjon", "fleksibilitet",
        ].map { .init(name: $0) },
        rows: [matrixRow(study: 1433, first: 1435), matrixRow(study: 1443, first: 1445)])

    private static func matrixRow(study: Int, first: Int) -> [Cell] {
        let name = cell(study).hasSuffix(",") ? String(cell(study).dropLast()) : cell(study)
        return [.text(name)] + (first...(first + 6)).map { .text(cell($0)) }
    }

    /// Line 773: 13,3 % and 24,4 % of children with extensive absence (intervention,
    /// control), 11,1 percentage points apart: decimal numbers for JSON.
    static let rates = ResultSet(
        columns: [.init(name: "group"), .init(name: "percent")],
        rows: [[.text("intervensjonsskolen"), .number(13.3)], [.text("kontrollskolen"), .number(24.4)]])
}
