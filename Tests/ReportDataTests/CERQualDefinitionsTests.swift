import Foundation
import Testing

/// cerqual.tsv against Tabell 1 (lines 361-375) and Tabell 2 (lines 389-403): the rows
/// are read here from the text, a row being a term cell and its explanation cell.
@Suite("cerqual: the definitions of Tabell 1 and 2")
struct CERQualDefinitionsTests {
    let records = Report.records("cerqual")

    /// (term, definition, line of the term) of the table whose caption starts `title`:
    /// the TAB-led cells after the two header cells, taken in pairs, up to the blank run
    /// of three lines that ends the table.
    static func rows(_ title: String) -> [(String, String, Int)] {
        let first = Report.lines.firstIndex { $0.hasPrefix(title) }! + 1
        var cells: [(String, Int)] = []
        var number = first + 1
        while number < first + 30 {
            let line = Report.line(number)
            if line.hasPrefix("\t") { cells.append((line.trimmingCharacters(in: .whitespaces), number)) }
            if line.trimmingCharacters(in: .whitespaces).isEmpty
                && Report.line(number + 1).trimmingCharacters(in: .whitespaces).isEmpty
            {
                break
            }
            number += 1
        }
        return stride(from: 2, to: cells.count - 1, by: 2).map { (cells[$0].0, cells[$0 + 1].0, cells[$0].1) }
    }

    @Test func tabell1IsTheComponents() {
        let table = Self.rows("Tabell 1:")
        let components = records.filter { $0["kind"] == "component" }
        #expect(table.count == 4) // "basert på følgende fire komponenter" (line 359)
        #expect(components.map { $0["term"]! } == table.map(\.0))
        #expect(components.map { $0["definition"]! } == table.map(\.1))
        #expect(
            components.map { $0["source"]!.hasPrefix("Tabell 1, lines \(table[components.firstIndex(of: $0)!].2)-") }
                == [true, true, true, true])
        // Line 359 names each component in English in parentheses; the key is the findings field.
        for record in components {
            #expect(Report.line(359).contains("(\(record["english"]!))"))
        }
        #expect(Set(components.map { $0["field"]! }) == ["limitations", "relevance", "coherence", "adequacy"])
    }

    @Test func tabell2IsTheLevels() {
        let table = Self.rows("Tabell 2:")
        let levels = records.filter { $0["kind"] == "confidence" }
        #expect(table.count == 4) // "svært lav, lav, moderat eller høy" (line 385)
        #expect(levels.map { $0["term"]! } == table.map(\.0))
        #expect(levels.map { $0["definition"]! } == table.map(\.1))
        #expect(levels.map { $0["id"]! + " tillit" } == table.map { $0.0.lowercased() })
    }
}
