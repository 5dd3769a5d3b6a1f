/// The seven theme headings of Tabell 9 (review-source.txt lines 1123-1367), read from
/// the review: a one-cell row directly followed by a finding's number.
package enum ReviewThemes {
    package static let tabell9: [(line: Int, theme: String)] = {
        let text = SourceText.review
        var themes: [(Int, String)] = []
        for number in 1124...1367 {
            let cells = text.line(number).split(separator: "\t", omittingEmptySubsequences: false)
            guard cells.count == 2, cells[0].isEmpty else { continue }
            let cell = strip(cells[1])
            guard !cell.isEmpty, Int(cell) == nil, !cell.hasSuffix(";"),
                let next = nextNonEmpty(after: number, in: text),
                Int(withoutBookmark(next)) != nil
            else { continue }
            themes.append((number, cell))
        }
        return themes
    }()

    private static func nextNonEmpty(after number: Int, in text: SourceText) -> String? {
        var line = number + 1
        while line <= text.lines.count {
            let trimmed = strip(text.line(line))
            if !trimmed.isEmpty { return trimmed }
            line += 1
        }
        return nil
    }

    private static func strip<S: StringProtocol>(_ text: S) -> String {
        String(text.drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }

    /// Word's export leaves `[bookmark: _Hlk…]` before some cells.
    private static func withoutBookmark(_ cell: String) -> String {
        guard cell.hasPrefix("[bookmark:"), let end = cell.firstIndex(of: "]") else { return cell }
        return String(cell[cell.index(after: end)...])
    }
}
