import Foundation
import RevqCore
import RevqData
import RevqTestSupport

/// The four sources these tests check (studies, findings, characteristics, matrix), read two
/// ways: as the raw TSV files (keys as written) and through the real loader, from a copy of the
/// dataset that holds only these four, so the tests do not depend on the other sources' state.
enum OwnSources {
    static let names = ["studies", "findings", "characteristics", "matrix"]

    static let studies = TSVSheet.data("studies")
    static let findings = TSVSheet.data("findings")
    static let characteristics = TSVSheet.data("characteristics")
    static let matrix = TSVSheet.data("matrix")

    static var review: SourceText { SourceText.review }

    /// The four sources loaded and validated by DatasetLoader.
    static func loadStore() throws -> Store {
        try DatasetSubset.load(names)
    }

    /// The places a record's `source` cites that are called `place` (e.g. "Tabell 9").
    static func lines(of record: TSVSheet.Record, in place: String) -> [ClosedRange<Int>] {
        Provenance.parse(record["source"]).filter { $0.place == place }.map(\.lines)
    }

    /// All source lines a record cites under `place`, as one range from the first to the last.
    static func span(of record: TSVSheet.Record, in place: String) -> ClosedRange<Int>? {
        let ranges = lines(of: record, in: place)
        guard let first = ranges.map(\.lowerBound).min(), let last = ranges.map(\.upperBound).max() else { return nil }
        return first...last
    }

    /// The first line at or after `start` that begins with `prefix` (or contains it, with `anywhere`).
    static func line(startingWith prefix: String, after start: Int = 1, anywhere: Bool = false) -> Int? {
        let lines = review.lines
        return (max(start, 1)...lines.count).first { number in
            anywhere ? lines[number - 1].contains(prefix) : lines[number - 1].hasPrefix(prefix)
        }
    }
}

/// Norwegian number words as the report writes counts in its prose.
enum NumberWords {
    static let values: [String: Int] = [
        "én": 1, "ett": 1, "en": 1, "to": 2, "tre": 3, "fire": 4, "fem": 5, "seks": 6, "sju": 7, "syv": 7,
        "åtte": 8, "ni": 9, "ti": 10, "elleve": 11, "tolv": 12,
    ]

    /// A count written as digits or as a word ("19", "seks"); nil otherwise.
    static func value(_ word: some StringProtocol) -> Int? {
        Int(word) ?? values[word.lowercased()]
    }
}

extension SourceText {
    /// The first match of `pattern` in line `number`, as its capture groups (group 1 first).
    func captures(_ pattern: String, inLine number: Int) -> [String]? {
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return nil }
        let text = line(number)
        guard let match = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) else { return nil }
        return (1..<match.numberOfRanges).map { index in
            Range(match.range(at: index), in: text).map { String(text[$0]) } ?? ""
        }
    }

    /// The line numbers of `range` whose text matches `pattern`.
    func lines(matching pattern: String, in range: ClosedRange<Int>) -> [Int] {
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return [] }
        return range.filter { number in
            let text = line(number)
            return regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
        }
    }
}
