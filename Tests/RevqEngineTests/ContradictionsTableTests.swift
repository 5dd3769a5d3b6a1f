import Foundation
import RevqCore
import RevqEngine
import RevqReview
import RevqTestSupport
import Testing

/// Datasets/README.md's table of contradictions against the data: each disagreeing audit check has
/// its row with the audit's figures, and each study's two samples are at their lines and in its note.
@Suite("Datasets/README.md: the table of contradictions")
struct ContradictionsTableTests {
    let interpreter = Interpreter(store: BundledStore.shared)

    /// The table's rows as cells, read from the section "## Contradictions, in one table".
    static func rows() throws -> [[String]] {
        let text = try String(contentsOfFile: RepositoryPaths.root + "/Datasets/README.md", encoding: .utf8)
        let section = try #require(text.components(separatedBy: "## Contradictions, in one table").last)
        return section.components(separatedBy: "\n").filter { $0.hasPrefix("| ") }.dropFirst().map { line in
            line.split(separator: "|", omittingEmptySubsequences: false).dropFirst().dropLast().map {
                $0.trimmingCharacters(in: .whitespaces)
            }
        }
    }

    @Test func everyDisagreementHasItsRowWithTheAuditsFigures() throws {
        guard case .rows(let audit) = interpreter.run("audit where verdict = disagrees show id, states, gives") else {
            Issue.record()
            return
        }
        let table = Dictionary(try Self.rows().map { ($0[0], $0) }, uniquingKeysWith: { first, _ in first })
        for row in audit.rows {
            let id = row[0].text
            let line = try #require(table[id], "\(id) disagrees but has no row in Datasets/README.md")
            #expect(line[4] == row[2].text, "\(id): the table says \(line[4]), the audit \(row[2].text)")
            if !id.hasPrefix("x-") {
                #expect(row[1].text.hasPrefix(line[3] + ":"), "\(id): \(line[3]) is not what the report states")
            }
        }
        let audited = Set(audit.rows.map { $0[0].text })
        for id in table.keys where !id.hasPrefix("studies:") {
            #expect(audited.contains(id), "\(id) is in the table but the audit does not find it disagreeing")
        }
    }

    /// A study's row (seven samples, Cook's components): 'Tabell 3 line A / text line B' with the value at each
    /// line and both in the note.
    @Test func samplesAreAtTheirLinesAndInTheNote() throws {
        let notes = Dictionary(
            uniqueKeysWithValues: zip(
                BundledStore.column("id", of: "studies"), BundledStore.column("note", of: "studies")))
        let sampleRows = try Self.rows().filter { $0[0].hasPrefix("studies:") }
        #expect(sampleRows.count == 8)
        for row in sampleRows {
            let id = String(row[0].dropFirst("studies:".count))
            let lines = row[2].components(separatedBy: " / ").compactMap {
                $0.components(separatedBy: "line ").last.flatMap { Int($0) }
            }
            #expect(lines.count == 2, "\(row[2])")
            guard lines.count == 2 else { continue }
            let review = SourceText.review
            #expect(
                review.line(lines[0]).replacingOccurrences(of: "\u{a0}", with: " ").contains(row[3]),
                "\(id): '\(row[3])' at line \(lines[0])")
            #expect(
                review.line(lines[1]).replacingOccurrences(of: "\u{a0}", with: " ").contains(row[4]),
                "\(id): '\(row[4])' at line \(lines[1])")
            let note = try #require(notes[id], "\(id) is no study")
            #expect(note.contains(row[3]) && note.contains(row[4]), "\(id): the note does not give both")
        }
    }
}
