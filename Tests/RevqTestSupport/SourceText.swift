import Foundation

/// The review's text by 1-based line number, as the datasets' `source` fields cite it.
package struct SourceText: Sendable {
    package let lines: [String]

    package init(path: String = RepositoryPaths.reviewSource) throws {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        lines = text.components(separatedBy: "\n")
    }

    /// Shared, read once per test process.
    package static let review: SourceText = {
        do { return try SourceText() } catch { fatalError("cannot read \(RepositoryPaths.reviewSource): \(error)") }
    }()

    /// Line `number` (1-based); empty past the end.
    package func line(_ number: Int) -> String {
        number >= 1 && number <= lines.count ? lines[number - 1] : ""
    }

    /// The lines of `range` joined with newlines.
    package func text(_ range: ClosedRange<Int>) -> String {
        range.map(line).joined(separator: "\n")
    }

    /// True when `needle` occurs in the lines of `range`, with white space runs treated as
    /// one space (table cells wrap over lines and carry tabs).
    package func contains(_ needle: String, in range: ClosedRange<Int>) -> Bool {
        Self.squeeze(text(range)).contains(Self.squeeze(needle))
    }

    /// True when `needle` occurs anywhere in the review.
    package func contains(_ needle: String) -> Bool {
        contains(needle, in: 1...lines.count)
    }

    /// The 1-based numbers of the lines matching `predicate`.
    package func lineNumbers(where predicate: (String) -> Bool) -> [Int] {
        lines.indices.filter { predicate(lines[$0]) }.map { $0 + 1 }
    }

    package static func squeeze(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\u{00A0}" }).joined(separator: " ")
    }
}
