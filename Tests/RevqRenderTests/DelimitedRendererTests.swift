import RevqCore
import RevqRender
import Testing

@Suite struct CSVRendererTests {
    static func csv(_ result: ResultSet, headers: Bool = true, crlf: Bool = false) -> String {
        var spec = OutputSpec(mode: .csv, headers: headers)
        spec.crlf = crlf
        return Renderer.render(result, spec: spec)
    }

    static func one(_ cell: Cell, crlf: Bool = false) -> String {
        csv(ResultSet(columns: [.init(name: "v")], rows: [[cell]]), headers: false, crlf: crlf)
    }

    /// RFC 4180, section 2: rules 6 and 7 (quoting); records end with LF as sqlite3 and
    /// DuckDB write them (rule 2's CRLF with `.crlf on`, below).
    @Test(arguments: [
        (Cell.text("Øye 2018"), "Øye 2018\n"),
        (.text("Krane V & Klevan T 2019"), "Krane V & Klevan T 2019\n"),
        (.text("fravær, manglende innleveringer"), "\"fravær, manglende innleveringer\"\n"),
        (.text("«Skolefravær» og \"fravær\""), "\"«Skolefravær» og \"\"fravær\"\"\"\n"),
        (.text("linje 1\nlinje 2"), "\"linje 1\nlinje 2\"\n"),
        (.text("cr\r"), "\"cr\r\"\n"),
        (.text(" svært lav "), " svært lav \n"),
        // A record of one empty field is written "" (issue 9): an empty line separates results.
        (.text(""), "\"\"\n"),
        (.null, "\"\"\n"),
        (.integer(-3), "-3\n"),
        (.number(13.3), "13.3\n"),
        (.list(["Øye 2018", "Rossholt 2024"]), "Øye 2018; Rossholt 2024\n"),
        (.list(["a,b", "c"]), "\"a,b; c\"\n"),
    ])
    func field(cell: Cell, expected: String) {
        #expect(Self.one(cell) == expected)
    }

    /// With `.crlf on`, parsed back by an independent RFC 4180 reader, the output is the
    /// cells' text.
    @Test func roundTripsThroughAnRFC4180Reader() throws {
        let records = try RFC4180Reader.records(Self.csv(Fixtures.findings, crlf: true))
        #expect(records.first == Fixtures.findings.columns.map(\.name))
        #expect(Array(records.dropFirst()) == Fixtures.findings.rows.map { $0.map(\.text) })
    }

    /// A quote followed by a combining mark is one character to Swift but two scalars to
    /// a CSV reader: its quote is doubled all the same, and the field reads back whole.
    @Test func aQuoteBeforeACombiningMarkIsDoubled() throws {
        let text = "a\"\u{301}b, \"c\u{200D}\""
        #expect(
            Self.one(.text(text)).unicodeScalars.elementsEqual("\"a\"\"\u{301}b, \"\"c\u{200D}\"\"\"\n".unicodeScalars))
        #expect(try RFC4180Reader.records(Self.one(.text(text), crlf: true)) == [[text]])
    }

    @Test func everyRecordEndsWithLF() {
        let text = Self.csv(Fixtures.confidenceCount)
        // The total is presentation, not data (issue 9): csv holds the groups only.
        #expect(text == "confidence,findings\nmoderat,1\nsvært lav,2\n")
    }

    /// `.crlf on`: every record ends with CRLF (RFC 4180, rule 2), a line break inside a
    /// quoted field stays as it is.
    @Test func crlfOnEndsEveryRecordWithCRLF() {
        #expect(Self.csv(Fixtures.confidenceCount, crlf: true) == "confidence,findings\r\nmoderat,1\r\nsvært lav,2\r\n")
        #expect(Self.one(.text("linje 1\nlinje 2"), crlf: true) == "\"linje 1\nlinje 2\"\r\n")
        #expect(Self.one(.text(""), crlf: true) == "\"\"\r\n")
    }

    @Test func emptyResultIsTheHeaderOnlyOrNothing() {
        let empty = ResultSet(columns: [.init(name: "number"), .init(name: "theme")], rows: [])
        #expect(Self.csv(empty) == "number,theme\n")
        #expect(Self.csv(empty, headers: false) == "")
    }
}

/// A strict reader of RFC 4180 text, written for the tests from the RFC's grammar.
enum RFC4180Reader {
    struct Malformed: Error {}

    static func records(_ text: String) throws -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var characters = Array(text.unicodeScalars)[...]
        while let scalar = characters.popFirst() {
            switch scalar {
            case "\"" where field.isEmpty: field = try quoted(&characters)
            case ",":
                record.append(field)
                field = ""
            case "\r":
                guard characters.popFirst() == "\n" else { throw Malformed() }
                records.append(record + [field])
                record = []
                field = ""
            case "\"", "\n": throw Malformed()
            default: field.unicodeScalars.append(scalar)
            }
        }
        guard record.isEmpty && field.isEmpty else { throw Malformed() }
        return records
    }

    private static func quoted(_ characters: inout ArraySlice<Unicode.Scalar>) throws -> String {
        var field = ""
        while let scalar = characters.popFirst() {
            if scalar != "\"" {
                field.unicodeScalars.append(scalar)
                continue
            }
            guard characters.first == "\"" else { return field }
            field.append("\"")
            characters.removeFirst()
        }
        throw Malformed()
    }
}

@Suite struct TSVRendererTests {
    @Test(arguments: [
        (Cell.text("Fraværsregistrering"), "Fraværsregistrering"),
        (.text("a\tb"), #"a\tb"#),
        (.text("linje 1\nlinje 2"), #"linje 1\nlinje 2"#),
        (.text("cr\r"), #"cr\r"#),
        (.text(#"C:\mappe"#), #"C:\\mappe"#),
        (.text("fravær, \"sitat\""), "fravær, \"sitat\""),
        (.null, ""),
        // A list in the dataset's form: values joined by |, a | inside one escaped.
        (.list(["Øye 2018", "Rossholt 2024"]), "Øye 2018|Rossholt 2024"),
        (.list(["a|b", "c\td", "|\u{301}"]), #"a\|b|c\td|\|"# + "\u{301}"),
        (.list([]), ""),
    ])
    func field(cell: Cell, expected: String) {
        let result = ResultSet(columns: [.init(name: "v"), .init(name: "n")], rows: [[cell, .integer(1)]])
        #expect(Renderer.render(result, spec: OutputSpec(mode: .tsv, headers: false)) == expected + "\t1\n")
    }

    @Test func oneLinePerRecordAndOneTabPerBoundary() {
        let lines = Rendered.lines(Renderer.render(Fixtures.findings, spec: OutputSpec(mode: .tsv)))
        #expect(lines.count == Fixtures.findings.rows.count + 1)
        #expect(lines.allSatisfy { $0.filter { $0 == "\t" }.count == Fixtures.findings.columns.count - 1 })
        #expect(lines[0] == Fixtures.findings.columns.map(\.name).joined(separator: "\t"))
    }

    @Test func emptyResultIsTheHeaderOnly() {
        let empty = ResultSet(columns: [.init(name: "number"), .init(name: "theme")], rows: [])
        #expect(Renderer.render(empty, spec: OutputSpec(mode: .tsv)) == "number\ttheme\n")
        #expect(Renderer.render(empty, spec: OutputSpec(mode: .tsv, headers: false)) == "")
    }
}
