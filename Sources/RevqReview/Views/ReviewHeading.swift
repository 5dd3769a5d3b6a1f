import RevqCore
import RevqEngine

/// The heading of the SoQF table (Lewin et al. 2018, Table 7; iSoQ's export): the review's
/// title, objective, research question and perspective from the `review` source, each with
/// its lines. A part the text does not state as such says so before quoting what the text
/// says instead: the heading never supplies words of its own for the review.
struct ReviewHeading {
    let lines: [HeadingLine]

    /// The heading the store holds; none when the dataset has no `review` source.
    init(store: Store) {
        guard let table = store.table(named: "review") else {
            lines = []
            return
        }
        func text(_ row: Int, _ field: String) -> String {
            if case .text(let text)? = table.value(row: row, field: field) { return text }
            return ""
        }
        lines = (0..<table.count).map { row in
            let words = text(row, "text")
            let stated = text(row, "stated") != "no"
            let comment = text(row, "comment")
            return HeadingLine(
                label: text(row, "label"),
                text: stated || comment.isEmpty ? words : "\(comment): \"\(words)\"",
                place: text(row, "source"))
        }
    }
}
