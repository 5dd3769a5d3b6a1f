import Foundation
import RevqTestSupport

/// What the report-level tests read: the review's text and the dataset files, straight from
/// the repository (found from this file's path), through the tests' own reader (TSVSheet) so
/// that they do not lean on the code they check.
enum Report {
    /// The repository root: the first folder above this file that holds the review's text.
    static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.path + "/Datasets/source/review-source.txt") {
                return url.path
            }
        }
        fatalError("no Datasets/source/review-source.txt above \(#filePath)")
    }()

    static let dataset = root + "/Datasets/review"

    /// The review's lines; index 0 is line 1.
    static let lines: [String] = {
        guard
            let text = try? String(
                contentsOfFile: root + "/Datasets/source/review-source.txt",
                encoding: .utf8)
        else { fatalError("cannot read the review") }
        return text.components(separatedBy: "\n")
    }()

    static func line(_ number: Int) -> String {
        number >= 1 && number <= lines.count ? lines[number - 1] : ""
    }

    /// The records of `data/SOURCE.tsv`, keyed by field name (read by RevqTestSupport's TSVSheet).
    static func records(_ source: String) -> [[String: String]] {
        TSVSheet.data(source).records.map(\.values)
    }

    static func curated(_ name: String) -> [[String: String]] {
        TSVSheet.curated(name).records.map(\.values)
    }

    static func header(_ path: String) -> [String] {
        TSVSheet.reading(path).header
    }

    /// Any TSV file of the dataset, keyed by field name.
    static func table(_ path: String) -> [[String: String]] {
        TSVSheet.reading(path).records.map(\.values)
    }

    /// Every value and synonym of a vocabulary, mapped to its value.
    static func vocabulary(_ name: String) -> [String: String] {
        var spellings: [String: String] = [:]
        for row in TSVSheet.bundled("schema/vocabularies/\(name).tsv").records {
            spellings[row["value"].lowercased()] = row["value"]
            for synonym in row.list("synonyms") {
                spellings[synonym.lowercased()] = row["value"]
            }
        }
        return spellings
    }
}

/// A `source` cell's places: `Vedlegg 1, lines 1715-1717; ...`.
struct Cited: Equatable {
    let place: String
    let lines: ClosedRange<Int>

    static func parse(_ source: String) -> [Cited] {
        source.components(separatedBy: "; ").compactMap { part in
            guard let range = part.range(of: ", lines ", options: .backwards) else { return nil }
            let bounds = part[range.upperBound...].split(separator: "-").compactMap { Int($0) }
            guard bounds.count == 2, bounds[0] <= bounds[1] else { return nil }
            return Cited(place: String(part[..<range.lowerBound]), lines: bounds[0]...bounds[1])
        }
    }

    /// The cited lines without export noise, joined with newlines.
    var text: String {
        lines.map { Noise.clean(Report.line($0)) }.joined(separator: "\n")
    }
}

/// The Word export's noise, removed the way Datasets/README.md describes.
enum Noise {
    /// A line without `[bookmark: ...]`, one-line `[image: ...]`, `<TAB>Comment by ...` to its
    /// end, with no-break spaces as plain spaces.
    static func clean(_ line: String) -> String {
        var text = line
        if let comment = text.range(of: "\tComment by ") { text = String(text[..<comment.lowerBound]) }
        text = text.replacingOccurrences(of: #"\[bookmark: [^\]]*\]"#, with: "", options: .regularExpression)
        text = text.replacingOccurrences(of: #"\[image:[^\]]*\]"#, with: "", options: .regularExpression)
        return text.replacingOccurrences(of: "\u{00A0}", with: " ")
            .replacingOccurrences(of: "\u{202F}", with: " ")
    }

    static func trimmed(_ line: String) -> String {
        clean(line).trimmingCharacters(in: .whitespaces)
    }
}

/// The numbers a phrase states, in digits ("14 903", "2,966") or words ("ett", "elleve").
enum StatedNumber {
    static let words: [String: Int] = [
        "ingen": 0, "én": 1, "en": 1, "ett": 1, "to": 2, "tre": 3, "fire": 4, "fem": 5, "seks": 6,
        "syv": 7, "sju": 7, "åtte": 8, "ni": 9, "ti": 10, "elleve": 11, "tolv": 12, "fjorten": 14,
        "one": 1, "four": 4, "five": 5, "six": 6, "seven": 7, "nine": 9, "eleven": 11, "fourteen": 14,
    ]

    static func all(in phrase: String) -> [Int] {
        let grouped = phrase.replacingOccurrences(
            of: #"(?<=\d)[ ,\u00A0\u202F](?=\d)"#, with: "",
            options: .regularExpression)
        let digits = grouped.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
        let named = phrase.lowercased().split(whereSeparator: { !$0.isLetter }).compactMap { words[String($0)] }
        return digits + named
    }
}
