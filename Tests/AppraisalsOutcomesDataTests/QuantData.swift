import Foundation
import RevqCore
import RevqData
import RevqTestSupport

/// The files these tests check, read as written, and the review's text they are checked against.
enum QuantData {
    static var review: SourceText { SourceText.review }
    static let outcomes = TSVSheet.data("outcomes")
    static let appraisals = TSVSheet.data("appraisals")
    static let studies = TSVSheet.curated("studies")

    /// The ids of curated/studies.tsv, the targets of every `ref:studies`.
    static var studyIds: Set<String> { Set(studies.records.map { $0["id"] }) }

    /// The study whose aliases (curated/studies.tsv) include `spelling` exactly.
    static func study(named spelling: String) -> String? {
        studies.records.first { $0.list("aliases").contains(spelling) }?["id"]
    }

    /// The first line at or after `start` that begins with `prefix`.
    static func line(startingWith prefix: String, after start: Int = 1) -> Int? {
        let lines = review.lines
        return (max(start, 1)...lines.count).first { lines[$0 - 1].hasPrefix(prefix) }
    }

    /// The ranges a record's `source` cites, optionally only those of one place.
    static func ranges(of record: TSVSheet.Record, in place: String? = nil) -> [ClosedRange<Int>] {
        Provenance.parse(record["source"]).filter { place == nil || $0.place == place }.map(\.lines)
    }

    /// The text of every place a record cites, joined.
    static func cited(_ record: TSVSheet.Record, in place: String? = nil) -> String {
        ranges(of: record, in: place).map { review.text($0) }.joined(separator: "\n")
    }

    /// Rows of a Word table between two lines: blank-line separated groups of cell lines
    /// ('\t' first), each cell with its continuation lines joined by a space.
    static func tableRows(_ range: ClosedRange<Int>) -> [[String]] {
        var rows: [[String]] = []
        var current: [String] = []
        for number in range {
            let text = review.line(number)
            if text.hasPrefix("\t") {
                current.append(String(text.dropFirst()).trimmingCharacters(in: .whitespaces))
            } else if text.trimmingCharacters(in: .whitespaces).isEmpty {
                if !current.isEmpty { rows.append(current) }
                current = []
            } else if !current.isEmpty {
                current[current.count - 1] += " " + text.trimmingCharacters(in: .whitespaces)
            }
        }
        if !current.isEmpty { rows.append(current) }
        return rows
    }

    /// The cells of a Word table between two lines, in order, each with its line: a cell is a
    /// line starting with a TAB, continued by the following lines that do not. Blank lines may
    /// fall inside a row (Tabell 4's Lavigne row), so rows are cut by width, not by blank lines.
    static func cells(_ range: ClosedRange<Int>) -> [(text: String, line: Int)] {
        var cells: [(text: String, line: Int)] = []
        var afterBlank = false
        for number in range {
            let text = review.line(number)
            if text.hasPrefix("\t") {
                cells.append((String(text.dropFirst()).trimmingCharacters(in: .whitespaces), number))
                afterBlank = false
            } else if text.trimmingCharacters(in: .whitespaces).isEmpty {
                afterBlank = true
            } else if !cells.isEmpty, !afterBlank {
                cells[cells.count - 1].text += " " + text.trimmingCharacters(in: .whitespaces)
            }
        }
        return cells
    }

    /// Cells cut into rows of `width`.
    static func rows(_ cells: [(text: String, line: Int)], width: Int) -> [[(text: String, line: Int)]] {
        stride(from: 0, to: cells.count - cells.count % width, by: width).map { Array(cells[$0..<$0 + width]) }
    }

    /// The bundled dataset reduced to these sources and those they relate to (RevqTestSupport).
    static func loadStore(_ names: [String]) throws -> Store {
        try DatasetSubset.load(names)
    }
}

/// Norwegian number words as the report writes counts.
enum CountWord {
    static let values: [String: Int] = [
        "én": 1, "en": 1, "to": 2, "tre": 3, "fire": 4, "fem": 5,
        "seks": 6, "sju": 7, "syv": 7, "åtte": 8, "ni": 9, "ti": 10, "elleve": 11,
    ]

    static func value(_ word: some StringProtocol) -> Int? {
        Int(word) ?? values[word.lowercased()]
    }
}

extension SourceText {
    /// The capture groups of the first match of `pattern` in line `number`.
    func groups(_ pattern: String, inLine number: Int) -> [String]? {
        let text = line(number)
        guard let regex = try? NSRegularExpression(pattern: pattern),
            let match = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text))
        else { return nil }
        return (1..<match.numberOfRanges).map { Range(match.range(at: $0), in: text).map { String(text[$0]) } ?? "" }
    }
}

extension String {
    /// True when `pattern` matches somewhere in the string.
    func matches(_ pattern: String) -> Bool {
        range(of: pattern, options: .regularExpression) != nil
    }
}
