import RevqCore
import RevqTestSupport
import Testing

@testable import RevqRender

/// Tables wrap cells into one byte buffer (`TextLines`) and pad lines by the widths
/// recorded there. Random cells of every kind, rendered that way, must read as the text
/// and as the table built from one String per line did.
@Suite struct TextLinesTests {
    /// ASCII, æøå, a combining accent, wide CJK and emoji, a tab, an escape, runs of
    /// spaces, line breaks (also CR LF) and words longer than most columns.
    static let pieces: [String] = [
        "a", "ord", "Ø", "æøå", "e\u{301}", "研究", "👍", "–", "…", "\u{A0}",
        " ", " ", " ", "  ", "\n", "\r\n", "\t", "\u{1B}", "Fraværsregistrering",
    ]

    /// The pieces of simple text (`SimpleText`), which tables wrap byte by byte.
    static let simplePieces = pieces.filter(SimpleText.isSimple)

    static func randomText(_ generator: inout SeededGenerator, pieces: Int, simple: Bool = false) -> String {
        let choices = simple ? Self.simplePieces : Self.pieces
        return (0..<Int.random(in: 0...pieces, using: &generator)).map { _ in choices.randomElement(using: &generator)!
        }.joined()
    }

    /// Each line's recorded width is its width on screen; no line is wider than the
    /// column unless it is one character wider than the column on its own; and the
    /// lines hold every non-blank character of the text, in order.
    @Test func wrappedLinesKeepTheTextAndTheirWidths() {
        var generator = SeededGenerator(seed: 1212)
        for _ in 0..<3000 {
            let text = TerminalText.clean(Self.randomText(&generator, pieces: 30))
            let width = Int.random(in: 0...14, using: &generator)
            var lines = TextLines()
            TextWrapper.wrap(text, width: width, into: &lines)
            lines.endCell()
            let strings = lines.strings(ofCell: 0)
            #expect(strings == TextWrapper.wrapByCharacters(text, width: width), "\(text.debugDescription) at \(width)")
            for (line, string) in zip(lines.lines(ofCell: 0), strings) {
                #expect(line.width == DisplayWidth.of(string), "\(string.debugDescription)")
                #expect(line.width <= width || string.count == 1, "\(string.debugDescription) at \(width)")
            }
            // A word too wide for the line is broken with a hyphen (the text has none).
            let blank: (Character) -> Bool = { $0 == " " || $0 == "\n" || $0 == "-" }
            #expect(String(strings.joined().filter { !blank($0) }) == String(text.filter { !blank($0) }))
        }
    }

    /// The table written as bytes from `TextLines` is, byte for byte, the table built
    /// the way it was before: one String per line, padded by measuring it.
    @Test func tablesAreWhatOneStringPerLineGave() {
        var generator = SeededGenerator(seed: 1213)
        for _ in 0..<600 {
            let result = Self.randomResult(&generator)
            let spec = Self.randomTableSpec(&generator, nullText: ["", "NULL", "ø"].randomElement(using: &generator)!)
            guard spec.headers || !result.rows.isEmpty else { continue }
            let layout = TableLayout(fitting: result, spec: spec)
            var rendered = ""
            TableRenderer(layout: layout, spec: spec).render(result, to: &rendered)
            let expected = Self.stringPerLineTable(result, layout: layout, spec: spec)
            #expect(
                Array(Rendered.lines(rendered).prefix(expected.count)) == expected, "\(result.rows) at \(spec.width)")
        }
    }

    /// Words one space apart (a finding's text) take the path that counts columns ahead
    /// instead of measuring words: its lines are the grapheme-cluster path's, at every
    /// width, with words longer than the line among them.
    @Test func singleSpacedTextWrapsAsTheWordLoopDoes() {
        var generator = SeededGenerator(seed: 1216)
        let letters = ["a", "b", "æ", "ø", "å", "Å", "é", "–", "…", "”", "x", "y"]
        for _ in 0..<3000 {
            let words = (0..<Int.random(in: 1...12, using: &generator)).map { _ in
                (0..<Int.random(in: 1...14, using: &generator)).map { _ in letters.randomElement(using: &generator)! }
                    .joined()
            }
            var text = words.joined(separator: " ")
            let width = Int.random(in: 1...20, using: &generator)
            #expect(text.withUTF8 { SimpleText.isSpacedOnce($0[...]) })
            var lines = TextLines()
            TextWrapper.wrap(text, width: width, into: &lines)
            lines.endCell()
            #expect(
                lines.strings(ofCell: 0) == TextWrapper.wrapByCharacters(text, width: width),
                "\(text.debugDescription) at \(width)")
            for (line, string) in zip(lines.lines(ofCell: 0), lines.strings(ofCell: 0)) {
                #expect(
                    line.width == DisplayWidth.of(string),
                    "\(string.debugDescription) in \(text.debugDescription) at \(width)")
            }
        }
    }

    /// A table's spec of random headers, width and colour, for `randomResult`'s tables.
    static func randomTableSpec(_ generator: inout SeededGenerator, nullText: String = "") -> OutputSpec {
        OutputSpec(
            mode: .table, headers: Bool.random(using: &generator), width: Int.random(in: 12...90, using: &generator),
            color: Bool.random(using: &generator), nullText: nullText)
    }

    static func randomResult(_ generator: inout SeededGenerator) -> ResultSet {
        let columnCount = Int.random(in: 1...4, using: &generator)
        let columns = (0..<columnCount).map { index in
            ResultSet.Column(
                name: index == 0 ? "n" : randomText(&generator, pieces: 4), isLongText: Bool.random(using: &generator))
        }
        let rows = (0..<Int.random(in: 0...4, using: &generator)).map { _ in
            (0..<columnCount).map { column -> Cell in
                switch Int.random(in: 0...5, using: &generator) {
                case 0: return .null
                case 1: return .integer(Int.random(in: -50...5000, using: &generator))
                case 2:
                    return .list(
                        (0..<Int.random(in: 0...3, using: &generator)).map { _ in
                            .text(randomText(&generator, pieces: 5))
                        })
                default:
                    return .text(
                        randomText(&generator, pieces: column == 0 ? 3 : 25, simple: Bool.random(using: &generator)))
                }
            }
        }
        return ResultSet(
            columns: columns, rows: rows, hasTotalsRow: !rows.isEmpty && Int.random(in: 0...4, using: &generator) == 0)
    }

    /// The box of a table (rules and rows, not the lines under it), as the renderer drew
    /// it before `TextLines`: each cell's lines as Strings (by grapheme clusters), each
    /// padded by `DisplayWidth.padded`, bold through `ANSIStyle`.
    static func stringPerLineTable(_ result: ResultSet, layout: TableLayout, spec: OutputSpec) -> [String] {
        let style = ANSIStyle(isEnabled: spec.color)
        func cellLines(_ cell: Cell, _ column: Int) -> [String] {
            let width = layout.widths[column]
            if layout.isCut[column] {
                return [
                    TextWrapper.cut(
                        TerminalText.text(of: cell, nullText: spec.nullText).replacingEvery("\n", with: " "),
                        width: width)
                ]
            }
            switch cell {
            case .null: return TextWrapper.wrapByCharacters(TerminalText.clean(spec.nullText), width: width)
            case .list: return TextWrapper.wrap(cell, width: width, nullText: spec.nullText)
            default: return TextWrapper.wrapByCharacters(TerminalText.clean(cell.text), width: width)
            }
        }
        func rule(_ left: String, _ line: String, _ cross: String, _ right: String) -> String {
            style.dim(
                left + layout.widths.map { String(repeating: line, count: $0 + 2) }.joined(separator: cross) + right)
        }
        func row(_ cells: [[String]], bold: Bool) -> [String] {
            (0..<(cells.map(\.count).max() ?? 1)).map { line in
                style.dim("│")
                    + cells.indices.map { column in
                        let text = line < cells[column].count ? cells[column][line] : ""
                        let padded = DisplayWidth.padded(
                            text, to: layout.widths[column], right: layout.isNumeric[column])
                        return " " + (bold ? style.bold(padded) : padded) + " " + style.dim("│")
                    }.joined()
            }
        }
        let rows = result.rows.map { cells in result.columns.indices.map { cellLines(result.cell(cells, $0), $0) } }
        let separate = rows.contains { $0.contains { $0.count > 1 } }
        var lines = [rule("┌", "─", "┬", "┐")]
        if spec.headers {
            lines += row(
                result.columns.indices.map {
                    TextWrapper.wrapByCharacters(TerminalText.clean(result.columns[$0].name), width: layout.widths[$0])
                }, bold: true)
            lines.append(rule("╞", "═", "╪", "╡"))
        }
        for (index, cells) in rows.enumerated() {
            if result.isTotalsRow(index) {
                lines.append(rule("╞", "═", "╪", "╡"))
            } else if index > 0 && separate {
                lines.append(rule("├", "─", "┼", "┤"))
            }
            lines += row(cells, bold: result.isTotalsRow(index))
        }
        return lines + [rule("└", "─", "┴", "┘")]
    }
}

/// The eight-bytes-at-a-time helpers agree with looking at one byte at a time.
@Suite struct ByteAtATimeTests {
    @Test func lineBreaksAndColumnsAsBytesCountThem() {
        var generator = SeededGenerator(seed: 1214)
        let pieces = SimpleTextTests.alphabet + ["\n\n", "x", "–", "Å"]
        for _ in 0..<3000 {
            let text = (0..<Int.random(in: 0...40, using: &generator)).map { _ in
                pieces.randomElement(using: &generator)!
            }.joined()
            let bytes = Array(text.utf8)
            let start = Int.random(in: 0...bytes.count, using: &generator)
            let lineBreak = bytes.indices.first { $0 >= start && bytes[$0] == 0x0A }
            let columns = bytes.dropFirst(start).filter { $0 & 0xC0 != 0x80 }.count
            bytes.withUnsafeBufferPointer { buffer in
                #expect(
                    SimpleText.firstLineBreak(in: buffer, from: start) == lineBreak,
                    "\(text.debugDescription) from \(start)")
                #expect(SimpleText.columns(buffer[start...]) == columns, "\(text.debugDescription) from \(start)")
                #expect(
                    SimpleText.measure(utf8: buffer)?.isOneLine == !bytes.contains(0x0A), "\(text.debugDescription)")
            }
        }
    }

    /// Words of bytes near a space: spaces are marked exactly where they are, and a
    /// paragraph is spaced once exactly when no two spaces meet and none ends it.
    @Test func spacesAsBytesFindThem() {
        var generator = SeededGenerator(seed: 1215)
        let values: [UInt8] = [0x00, 0x1F, 0x20, 0x21, 0x60, 0x7F, 0x80, 0xA0, 0xC3, 0xE2, 0xFF]
        for _ in 0..<5000 {
            let bytes = (0..<Int.random(in: 0...20, using: &generator)).map { _ in
                Bool.random(using: &generator) ? UInt8(0x20) : values.randomElement(using: &generator)!
            }
            if bytes.count >= 8 {
                let word = UInt64(littleEndian: bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) })
                let marks = (0..<8).reduce(UInt64(0)) {
                    $0 | (bytes[$1] == 0x20 ? UInt64(0x80) << (8 * UInt64($1)) : 0)
                }
                #expect(SimpleText.spaces(in: word) == marks, "\(bytes)")
            }
            let spacedOnce =
                !bytes.isEmpty && bytes.first != 0x20 && bytes.last != 0x20
                && !zip(bytes, bytes.dropFirst()).contains { $0 == 0x20 && $1 == 0x20 }
            #expect(bytes.withUnsafeBufferPointer { SimpleText.isSpacedOnce($0[...]) } == spacedOnce, "\(bytes)")
        }
    }

    /// Each byte value at each place of a word: a line break is found exactly there.
    @Test func eachPlaceOfAWordIsLookedAt() {
        SimpleTextTests.eachByteAtEachPlace { word, value, place in
            #expect(SimpleText.hasLineBreak(word) == (value == 0x0A), "byte \(value) at \(place)")
        }
    }
}
