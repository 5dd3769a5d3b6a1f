import Foundation
import RevqCore
import RevqTestSupport
import Testing

/// Each format of `Quoting` reads back what it writes, for random text full of what the
/// format treats specially; and what it writes holds none of the characters that would
/// end its field. (revq literals: RevqLiteralRoundTripTests, read back by the lexer; SQL
/// names: SQLIdentifierRoundTripTests, read back by SQLite.)
@Suite struct QuotingRoundTripTests {
    static let texts: [String] = {
        var random = RandomText(seed: 23)
        return random.texts(2000)
    }()

    @Test func tsvFieldsReadBackAndStayOnOneLineAndField() {
        for text in Self.texts {
            let field = Quoting.TSV.escape(text)
            #expect(Quoting.TSV.unescape(field) == text, "\(text.debugDescription) -> \(field.debugDescription)")
            #expect(
                !field.unicodeScalars.contains { $0 == "\t" || $0 == "\n" || $0 == "\r" }, "\(field.debugDescription)")
        }
    }

    /// A list of one empty element is written as no value at all, which the dialect reads
    /// as unknown: the one list that cannot come back.
    @Test func tsvListsSplitBackIntoTheirElements() {
        var random = RandomText(seed: 7)
        for _ in 0..<1000 {
            let elements = (0..<Int.random(in: 1...4, using: &random.generator)).map { _ in random.next(length: 5) }
            guard elements != [""] else { continue }
            let cell = Quoting.TSV.escapeList(elements)
            #expect(Quoting.TSV.splitList(cell) == elements, "\(elements.debugDescription) -> \(cell.debugDescription)")
        }
        #expect(Quoting.TSV.splitList(Quoting.TSV.escapeList([""])) == [])
    }

    /// Fields joined into records are read back by an RFC 4180 reader, field by field.
    @Test func csvRecordsReadBackField() {
        var random = RandomText(seed: 11)
        for _ in 0..<1000 {
            let fields = (0..<Int.random(in: 1...4, using: &random.generator)).map { _ in random.next(length: 6) }
            let record = fields.map(Quoting.CSV.escape).joined(separator: ",")
            #expect(
                CSVRecordReader.fields(of: record) == fields, "\(fields.debugDescription) -> \(record.debugDescription)"
            )
        }
        for text in Self.texts {
            #expect(Quoting.CSV.unescape(Quoting.CSV.escape(text)) == text, "\(text.debugDescription)")
        }
    }

    /// Foundation's JSON decoder reads back each string, and no control character is left raw.
    @Test func jsonStringsReadBackThroughAJSONReader() throws {
        for text in Self.texts {
            let json = Quoting.JSON.escape(text)
            let read = try JSONDecoder().decode([String].self, from: Data("[\(json)]".utf8)).first
            #expect(read == text, "\(text.debugDescription) -> \(json)")
            #expect(!json.unicodeScalars.contains { $0.value < 0x20 }, "\(json.debugDescription)")
        }
    }

    /// A cell reads back, and holds no line break and no `|` that is not escaped (a
    /// Markdown reader would split the row there).
    @Test func markdownCellsReadBackAndKeepTheirRow() {
        for text in Self.texts {
            let cell = Quoting.Markdown.escape(text)
            #expect(Quoting.Markdown.unescape(cell) == text, "\(text.debugDescription) -> \(cell.debugDescription)")
            #expect(!cell.unicodeScalars.contains("\n"))
            #expect(
                Self.unescapedScalars(of: cell).allSatisfy { $0 != "|" && $0 != "*" && $0 != "`" },
                "\(cell.debugDescription)")
        }
    }

    /// Text reads back, with and without the apostrophe escaped, and holds no `<`, `>` or
    /// `"`, and no `&` that does not start one of the entities.
    @Test(arguments: [false, true])
    func htmlTextReadsBackAndOpensNoTag(apostrophe: Bool) {
        for text in Self.texts {
            let html = Quoting.HTML.escape(text, apostrophe: apostrophe)
            #expect(Quoting.HTML.unescape(html) == text, "\(text.debugDescription) -> \(html.debugDescription)")
            #expect(!html.unicodeScalars.contains { $0 == "<" || $0 == ">" || $0 == "\"" || (apostrophe && $0 == "'") })
            let bytes = Array(html.utf8)
            let entities = ["&amp;", "&lt;", "&gt;", "&quot;", "&#39;"].map { Array($0.utf8) }
            let ampersands = bytes.indices.filter { bytes[$0] == UInt8(ascii: "&") }
            #expect(
                ampersands.allSatisfy { at in entities.contains { bytes[at...].starts(with: $0) } },
                "\(html.debugDescription)")
        }
    }

    /// The scalars of a Markdown cell outside its backslash escapes.
    static func unescapedScalars(of cell: String) -> [Unicode.Scalar] {
        var scalars: [Unicode.Scalar] = []
        var escaping = false
        for scalar in cell.unicodeScalars {
            if escaping { escaping = false } else if scalar == "\\" { escaping = true } else { scalars.append(scalar) }
        }
        return scalars
    }
}

/// A minimal RFC 4180 reader of one record: fields split at commas outside quotes, each
/// unquoted by `Quoting.CSV.unescape`. By scalars, as a CSV reader reads bytes.
enum CSVRecordReader {
    static func fields(of record: String) -> [String] {
        var fields: [String] = []
        var current = String.UnicodeScalarView()
        var quoted = false
        for scalar in record.unicodeScalars {
            if scalar == "\"" { quoted.toggle() }
            if scalar == ",", !quoted {
                fields.append(Quoting.CSV.unescape(String(current)))
                current = String.UnicodeScalarView()
            } else {
                current.append(scalar)
            }
        }
        return fields + [Quoting.CSV.unescape(String(current))]
    }
}
