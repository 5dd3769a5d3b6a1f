import Foundation
import RevqCore
import RevqRender
import Testing

@Suite struct JSONRendererTests {
    static func parse(_ text: String) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
    }

    /// The value a cell must parse back to.
    static func expectValue(_ value: Any, _ cell: Cell, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        switch cell {
        case .null: #expect(value is NSNull, sourceLocation: sourceLocation)
        case .text(let text): #expect(value as? String == text, sourceLocation: sourceLocation)
        case .integer(let number): #expect((value as? NSNumber)?.intValue == number, sourceLocation: sourceLocation)
        case .number(let number): #expect((value as? NSNumber)?.doubleValue == number, sourceLocation: sourceLocation)
        case .list(let values):
            let array = value as? [Any]
            #expect(array?.count == values.count, sourceLocation: sourceLocation)
            for (element, cell) in zip(array ?? [], values) {
                expectValue(element, cell, sourceLocation: sourceLocation)
            }
        }
    }

    static func expectObject(_ object: Any, row: [Cell], in result: ResultSet) {
        guard let object = object as? [String: Any] else {
            Issue.record("not an object: \(object)")
            return
        }
        #expect(Set(object.keys) == Set(result.columns.map(\.name)))
        for (column, cell) in zip(result.columns, row) { expectValue(object[column.name] as Any, cell) }
    }

    @Test(arguments: [
        Fixtures.findings, Fixtures.confidenceCount, Fixtures.rates, Fixtures.matrix,
        Fixtures.themeConfidence, Fixtures.supportByConfidence, Fixtures.emptyAndUnknown,
    ])
    func jsonIsOneArrayOfObjectsWithTheCellsValues(result: ResultSet) throws {
        let parsed = try Self.parse(Renderer.render(result, spec: OutputSpec(mode: .json)))
        let objects = try #require(parsed as? [Any])
        #expect(objects.count == result.rows.count)
        for (object, row) in zip(objects, result.rows) { Self.expectObject(object, row: row, in: result) }
    }

    @Test(arguments: [
        Fixtures.findings, Fixtures.rates, Fixtures.themeConfidence, Fixtures.supportByConfidence,
        Fixtures.emptyAndUnknown,
    ])
    func jsonLinesIsOneObjectPerLine(result: ResultSet) throws {
        let lines = Rendered.lines(Renderer.render(result, spec: OutputSpec(mode: .jsonl)))
        #expect(lines.count == result.rows.count)
        for (line, row) in zip(lines, result.rows) { Self.expectObject(try Self.parse(line), row: row, in: result) }
    }

    /// Keys follow the columns' order (JSONSerialization forgets order, so read the text).
    @Test(arguments: [OutputMode.json, .jsonl])
    func keysAreInColumnOrder(mode: OutputMode) {
        let text = Renderer.render(Fixtures.findings, spec: OutputSpec(mode: mode))
        let firstObject = text[..<text.firstIndex(of: "}")!]
        let positions = Fixtures.findings.columns.map { firstObject.range(of: "\"\($0.name)\":")?.lowerBound }
        #expect(positions.allSatisfy { $0 != nil })
        #expect(positions.compactMap { $0 } == positions.compactMap { $0 }.sorted())
    }

    static let awkward = [
        "Øye 2018", "«Skolefravær»", "sitat \"inne\"", #"C:\mappe"#, "linje 1\nlinje 2\r\n", "tab\there",
        "\u{0}\u{1}\u{1F}\u{7F}", "\u{8}\u{C}", "\u{2028}\u{2029}", "e\u{301} 研究 👩‍👩‍👧", "</script>",
    ]

    @Test(arguments: awkward)
    func stringsAreEscapedAndParseBackUnchanged(text: String) throws {
        let result = ResultSet(columns: [.init(name: text)], rows: [[.text(text)], [.list([.text(text), ""])]])
        for mode in [OutputMode.json, .jsonl] {
            let output = Renderer.render(result, spec: OutputSpec(mode: mode))
            #expect(!output.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" }, "raw control character")
            let objects =
                mode == .json
                ? try #require(try Self.parse(output) as? [[String: Any]])
                : try Rendered.lines(output).map { try #require(try Self.parse($0) as? [String: Any]) }
            #expect(objects.first?[text] as? String == text)
            #expect(objects.last?[text] as? [String] == [text, ""])
        }
    }

    @Test func nonASCIIStaysUTF8() {
        let text = Renderer.render(Fixtures.findings, spec: OutputSpec(mode: .json))
        #expect(text.contains("\"Øye 2018\"") && text.contains("\"svært lav\"") && !text.contains("\\u"))
    }

    @Test func emptyAndNonFinite() throws {
        let empty = ResultSet(columns: Fixtures.findings.columns, rows: [])
        #expect(Renderer.render(empty, spec: OutputSpec(mode: .json)) == "[]\n")
        #expect(Renderer.render(empty, spec: OutputSpec(mode: .jsonl)) == "")
        let odd = ResultSet(columns: [.init(name: "x")], rows: [[.number(.nan)], [.number(.infinity)]])
        let parsed = try Self.parse(Renderer.render(odd, spec: OutputSpec(mode: .json))) as? [[String: Any]]
        #expect(parsed?.allSatisfy { $0["x"] is NSNull } == true)
    }
}
