import RevqCore
import RevqRender

/// What a display prints under a result after its own row count: that `.rowlimit` cut a
/// long result, and the notes. Kept as values until one function writes them, so that no
/// caller glues lines of text together and no wrapper looks for their labels again.
///
///     let footer = ResultFooter(result, rowLimit: 20)
///     text = Renderer.render(footer.shown(result), spec: spec) + footer.text(width: 80)
struct ResultFooter: Equatable {
    /// How many rows the whole result has and how many of them are shown.
    struct Cut: Equatable {
        let rows: Int
        let shown: Int
    }

    /// Set when `.rowlimit` shows only the first rows.
    var cut: Cut?
    /// The result's notes as a display shows them (`displayNotes`).
    var notes: [String]

    /// The footer of `result` shown with at most `rowLimit` rows (nil or 0: all). Counts
    /// are not cut: their totals and crosstab need every group.
    init(_ result: ResultSet, rowLimit: Int?) {
        if let rowLimit, rowLimit > 0, result.presentation == .rows, result.rows.count > rowLimit {
            cut = Cut(rows: result.rows.count, shown: rowLimit)
        }
        notes = result.displayNotes
    }

    /// `result` with only the rows the footer says are shown.
    func shown(_ result: ResultSet) -> ResultSet {
        guard let cut else { return result }
        var shown = result
        shown.rows = Array(result.rows.prefix(cut.shown))
        return shown
    }

    /// The footer's lines, each wrapped to `width`, each ending in a line break.
    func text(width: Int) -> String {
        var text = ""
        if let cut {
            text +=
                Prose.wrap(
                    "\(cut.rows) rows, \(cut.shown) shown: .rowlimit 0 shows all, .last shows this result whole",
                    width: width) + "\n"
        }
        for note in notes { text += Self.noteLine(note, width: width) + "\n" }
        return text
    }

    /// A note as a message labelled `note: `, wrapped under its text when `width` is given:
    /// a value it quotes is shown through `VisibleText`.
    static func noteLine(_ note: String, width: Int? = nil) -> String {
        let text = VisibleText.escaped(note, keepingLineBreaks: true)
        guard let width else { return "note: " + text }
        return Prose.wrap(text, label: "note: ", width: width)
    }
}
