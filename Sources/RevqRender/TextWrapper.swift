import RevqCore

/// Breaking text into lines no wider than a number of terminal columns, at spaces where
/// it can and inside a word only when the word alone is too wide.
///
///     TextWrapper.wrap("svært lav tillit", width: 9)   // ["svært lav", "tillit"]
enum TextWrapper {
    /// The lines a cell shows in a terminal: its text cleaned of control characters,
    /// null as `nullText`, a list broken between its elements.
    static func wrap(_ cell: Cell, width: Int, nullText: String) -> [String] {
        switch cell {
        case .null: return wrap(TerminalText.clean(nullText), width: width)
        case .list(let elements):
            return wrap(
                list: elements.map { TerminalText.clean($0.text).replacingEvery("\n", with: " ") }, width: width)
        default: return wrap(TerminalText.clean(cell.text), width: width)
        }
    }

    /// The lines of a cell cleaned and measured by `TerminalCells`, appended to `lines`,
    /// each with its width: simple text (nearly all of the review) without a String or an
    /// array per line, nor a second look at whether it is simple.
    static func wrap(_ cell: TerminalCells.Cell, width: Int, into lines: inout TextLines) {
        guard cell.isSimple else { return append(wrapByCharacters(cell.text, width: width), to: &lines) }
        var text = cell.text
        text.withUTF8 {
            SimpleText.wrap(
                simple: $0, width: width, oneLineWidth: cell.isOneLine ? cell.widestLine : nil, into: &lines)
        }
    }

    /// The lines of `text` (its own line breaks kept), each at most `width` columns.
    static func wrap(_ text: String, width: Int) -> [String] {
        SimpleText.wrap(text, width: width) ?? wrapByCharacters(text, width: width)
    }

    /// `wrap` appending the lines to `lines`, each with its width; simple text (nearly
    /// all of the review) without a String or an array per line.
    static func wrap(_ text: String, width: Int, into lines: inout TextLines) {
        if SimpleText.wrap(text, width: width, into: &lines) { return }
        append(wrapByCharacters(text, width: width), to: &lines)
    }

    /// Appends each of `wrapped` as a line measured by `DisplayWidth`.
    static func append(_ wrapped: [String], to lines: inout TextLines) {
        for line in wrapped { lines.append(line: line, width: DisplayWidth.of(line)) }
    }

    /// `wrap` for any text, by grapheme clusters; `SimpleText` gives the same lines faster.
    static func wrapByCharacters(_ text: String, width: Int) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .flatMap { wrapParagraph(String($0), width: width) }
    }

    /// The elements of a list, `; ` between them, broken between elements first.
    static func wrap(list elements: [String], width: Int) -> [String] {
        let pieces = elements.indices.map { $0 < elements.count - 1 ? elements[$0] + ";" : elements[$0] }
        return Prose.pack(pieces, width: width, overflow: { wrap($0, width: width) })
    }

    private static func wrapParagraph(_ text: String, width: Int) -> [String] {
        if DisplayWidth.of(text) <= width { return [text] }
        let words = text.split(separator: " ").map(String.init)
        return Prose.pack(words, width: width, overflow: { breakWord($0, width: width) })
    }

    /// `text` on one line of at most `width` columns: as it is when it fits, else cut and
    /// ended with "…", so that a shortened cell never passes for a whole one.
    static func cut(_ text: String, width: Int) -> String {
        DisplayWidth.truncated(text, to: width)
    }

    /// `word` cut into pieces of at most `width` columns while what is left of it is wider
    /// than `width`, each piece but the last ending in a hyphen where a piece keeps two
    /// characters beside it
    /// (`SimpleText.hyphen`), so a broken word shows as broken; a character wider than the
    /// whole width still gets a piece of its own, so that every step makes progress.
    static func breakWord(_ word: String, width: Int) -> [String] {
        let room = width >= 3 ? width - 1 : width
        var pieces: [String] = []
        var rest = Substring(word)
        while DisplayWidth.of(String(rest)) > width {
            var (piece, pieceWidth, end) = ("", 0, rest.startIndex)
            while end < rest.endIndex {
                let characterWidth = DisplayWidth.of(rest[end])
                if pieceWidth + characterWidth > room, !piece.isEmpty { break }
                piece.append(rest[end])
                pieceWidth += characterWidth
                end = rest.index(after: end)
            }
            if end == rest.endIndex { break }
            pieces.append(room < width ? piece + "-" : piece)
            rest = rest[end...]
        }
        return pieces + [String(rest)]
    }
}
