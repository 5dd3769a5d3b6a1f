/// Tabell 9 and Tabell 11 read straight from the review's text, for tests that check what
/// revq draws against the report: nothing here comes from the dataset or from revq.
package enum ReviewTables {
    /// A finding row of Tabell 9 (lines 1123-1346): its number, the theme row above it, the
    /// confidence level ("Moderat tillit" -> "moderat") and how many studies its last cell lists.
    package struct Finding: Sendable {
        package let number: Int
        package let theme: String
        package let confidence: String
        package let studies: Int
    }

    /// A row of Tabell 11: the first word of its study cell ("Bergman", "Mac") and its six answers.
    package struct MatrixRow: Sendable {
        package let firstWord: String
        package let answers: [String]
    }

    /// The confidence levels from lowest to highest, as Tabell 2 orders them (lines 389-403).
    package static let levels = ["svært lav", "lav", "moderat", "høy"]

    package static let tabell9: [Finding] = {
        let text = SourceText.review
        let first = text.lineNumbers { $0.hasPrefix("Tabell 9:") }[0]
        let end = text.lineNumbers { $0.hasPrefix("Oppsummering av kvalitative funn") }.first { $0 > first }!
        let themes = ReviewThemes.tabell9
        var findings: [Finding] = []
        var cells: [String] = []
        var rowLine = 0
        func finish() {
            guard cells.count == 5, let number = Int(cells[0]) else {
                cells = []
                return
            }
            let confidence = String(cells[2].lowercased().dropLast(" tillit".count))
            let studies = cells[4].split(separator: ";").filter { !$0.allSatisfy(\.isWhitespace) }.count
            findings.append(
                Finding(
                    number: number, theme: themes.last { $0.line < rowLine }!.theme, confidence: confidence,
                    studies: studies))
            cells = []
        }
        for number in (first + 1)..<end {
            let line = text.line(number)
            guard line.hasPrefix("\t") else {
                if !cells.isEmpty, !line.allSatisfy(\.isWhitespace) { cells[cells.count - 1] += " " + line }
                continue
            }
            let cell = withoutBookmark(String(line.dropFirst())).trimmed
            if Int(cell) != nil || themes.contains(where: { $0.line == number }) {
                finish()
                rowLine = number
            }
            if !themes.contains(where: { $0.line == number }) { cells.append(cell) }
        }
        finish()
        return findings
    }()

    /// Tabell 11's rows in its order: a row is the six answer cells (Ja, Delvis, Nei) after a
    /// study cell ("Bergman og Chan (2019),", sometimes with the country: "Musaddiq m.fl. (2024), USA").
    package static let tabell11: [MatrixRow] = {
        let text = SourceText.review
        let first = text.lineNumbers { $0.hasPrefix("Tabell 11:") }[0]
        let end = text.lineNumbers { $0.hasPrefix("Basert på denne integreringen") }.first { $0 > first }!
        var rows: [MatrixRow] = []
        var study: String?
        var answers: [String] = []
        for number in (first + 1)..<end where text.line(number).hasPrefix("\t") {
            let cell = text.line(number).dropFirst().trimmed
            if ["Ja", "Delvis", "Nei"].contains(cell) {
                answers.append(cell)
                if answers.count == 6, let study { rows.append(MatrixRow(firstWord: study, answers: answers)) }
            } else if cell.wholeMatch(of: /[A-ZÆØÅ][^()]* \(\d{4}\),?( \p{L}+)?/) != nil {
                (study, answers) = (String(cell.split(separator: " ")[0]), [])
            }
        }
        return rows
    }()

    private static func withoutBookmark(_ cell: String) -> String {
        guard cell.hasPrefix("[bookmark:"), let end = cell.firstIndex(of: "]") else { return cell }
        return String(cell[cell.index(after: end)...])
    }
}

extension StringProtocol {
    var trimmed: String {
        String(drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }
}
