/// Prose for a terminal (help, hints, notes) broken at spaces, never inside a word,
/// measured in display columns (æøå, combining accents and CJK count as they show).
///
/// A line keeps its indent on every line it becomes; a line of two columns
/// (`  .mode [MODE]   Show results as ...`) and a note (`note: ...`) continue under
/// their text. A diagnostic's lines are wrapped by `DiagnosticFormatter`, which knows
/// its labels and does not have them looked for.
///
///     Prose.wrap("note: groups overlap: a study ...", width: 40)
package enum Prose {
    package static func wrap(_ text: String, width: Int) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { wrapLine(String($0), width: width) }
            .joined(separator: "\n")
    }

    /// `label` and `text` wrapped so that the first line's continuations start under the
    /// text (`note: groups overlap: ...`): the label is given, not looked for in the text.
    ///
    ///     Prose.wrap("groups overlap: a study ...", label: "note: ", width: 40)
    package static func wrap(_ text: String, label: String, width: Int) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let first = wrapLine(label + lines.removeFirst(), width: width, indent: label.count)
        return ([first] + lines.map { wrapLine($0, width: width) }).joined(separator: "\n")
    }

    /// `line` wrapped to `width`, continuing at `indent` characters (by default where
    /// `hangingIndent` finds it).
    ///
    ///     Prose.wrapLine("  = hint: write a number, e.g. support >= 2", width: 30, indent: 10)
    package static func wrapLine(_ line: String, width: Int, indent given: Int? = nil) -> String {
        guard DisplayWidth.of(line) > width else { return line }
        let indent = given ?? hangingIndent(of: line)
        let head = String(line.prefix(indent))
        let body = String(line.dropFirst(indent))
        // A hanging indent that leaves too little room falls back to the line's own indent.
        let room = width - DisplayWidth.of(head)
        guard room >= 20 else { return line }
        let lines = words(body, width: room)
        let pad = String(repeating: " ", count: DisplayWidth.of(head))
        return lines.enumerated().map { ($0 == 0 ? head : pad) + $1 }.joined(separator: "\n")
    }

    /// `text`'s words packed into lines of at most `width` columns; a word wider than that
    /// (a path, a statement in quotes) stands whole on a line of its own, since a copy of
    /// half a path is no path.
    static func words(_ text: String, width: Int) -> [String] {
        pack(text.split(separator: " ").map(String.init), width: width, overflow: { [$0] })
    }

    /// Lines of `pieces` joined by single spaces, each at most `width` columns; a piece
    /// too wide on its own is cut by `overflow`.
    package static func pack(_ pieces: [String], width: Int, overflow: (String) -> [String]) -> [String] {
        var lines: [String] = []
        var (line, lineWidth) = ("", 0)
        for piece in pieces {
            let pieceWidth = DisplayWidth.of(piece)
            if line.isEmpty {
                (line, lineWidth) = (piece, pieceWidth)
            } else if lineWidth + 1 + pieceWidth <= width {
                (line, lineWidth) = (line + " " + piece, lineWidth + 1 + pieceWidth)
            } else {
                lines.append(line)
                (line, lineWidth) = (piece, pieceWidth)
            }
            if lineWidth > width {
                let cut = overflow(line)
                lines += cut.dropLast()
                line = cut.last ?? ""
                lineWidth = DisplayWidth.of(line)
            }
        }
        return lines + [line]
    }

    /// Where continuation lines start, in characters: after `note: `, at the second column
    /// of a two-column line, else at the line's indent.
    static func hangingIndent(of line: String) -> Int {
        let characters = Array(line)
        let lead = characters.prefix { $0 == " " }.count
        let rest = String(characters[lead...])
        if rest.hasPrefix("note: ") { return lead + "note: ".count }
        var index = lead
        while index + 1 < characters.count {
            if characters[index] != " ", characters[index + 1] == " ", index + 2 < characters.count,
                characters[index + 2] == " "
            {
                var column = index + 1
                while column < characters.count, characters[column] == " " { column += 1 }
                return column < characters.count ? column : lead
            }
            index += 1
        }
        return lead
    }
}
