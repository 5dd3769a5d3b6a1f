import Foundation
import RevqCore
import RevqEngine
import RevqReview
import RevqTestSupport
import Testing

/// `is empty` / `is not empty` on every stored field of every source, checked against the
/// data files read as plain text (an empty cell is a missing value, Datasets/README.md),
/// and `= ""` refused with the test to write instead.
@Suite("Emptiness tests")
struct EmptinessTests {
    let interpreter = Interpreter(store: BundledStore.shared)

    /// The cells of `data/SOURCE.tsv` by column name, read without revq's loader.
    static func cells(of source: String) throws -> [String: [String]] {
        let sheet = try TSVSheet(path: RepositoryPaths.bundledDataset + "/data/\(source).tsv")
        return Dictionary(uniqueKeysWithValues: sheet.header.map { name in (name, sheet.records.map { $0[name] }) })
    }

    @Test func everyStoredFieldOfEverySource() throws {
        var checked = 0
        for table in BundledStore.shared.tables {
            let columns = try Self.cells(of: table.name)
            for field in table.schema.fields where !field.type.isComputed {
                let cells = try #require(columns[field.name], "\(table.name).\(field.name)")
                let filled = cells.filter { !$0.isEmpty }.count
                #expect(
                    try count("\(table.name) where \(field.name) is not empty") == filled, "\(table.name).\(field.name)"
                )
                #expect(
                    try count("\(table.name) where \(field.name) is empty") == cells.count - filled,
                    "\(table.name).\(field.name)")
                checked += 1
            }
        }
        #expect(checked > 100)
    }

    /// The issue's wrong answer: `note != ""` gave 38 while 11 studies have a note.
    @Test func aNoteIsThereOrNot() throws {
        let notes = try Self.cells(of: "studies")["note"]!.filter { !$0.isEmpty }.count
        #expect(notes == 11)
        #expect(try count("studies where note is not empty") == notes)
        #expect(try count("studies where not note is empty") == notes)
    }

    /// Relations and computed relations: a finding whose Vedlegg 4 list is the same as
    /// Tabell 9's has no `appendix_study` (Datasets/README.md); through a relation the
    /// test is of each related record.
    @Test func relationsAndPaths() throws {
        let appendix = try Self.cells(of: "findings")["appendix_study"]!.filter { !$0.isEmpty }.count
        #expect(try count("findings where appendix_study is not empty") == appendix)
        let studies = try Self.cells(of: "studies")
        let noted = Set(zip(studies["id"]!, studies["note"]!).filter { !$0.1.isEmpty }.map(\.0))
        let findings = try Self.cells(of: "findings")
        let expected = findings["study"]!.filter {
            !Set($0.split(separator: "|").map(String.init)).isDisjoint(with: noted)
        }.count
        #expect(try count("findings where study.note is not empty") == expected)
        #expect(try count("findings where any study.note is not empty") == expected)
        let everyNoted = findings["study"]!.filter {
            Set($0.split(separator: "|").map(String.init)).isSubset(of: noted)
        }.count
        #expect(try count("findings where every study.note is not empty") == everyNoted)
        #expect(try count("findings where no study.note is not empty") == findings["study"]!.count - expected)
    }

    @Test(
        "An empty value is refused with the test to write",
        arguments: [
            ("studies where note != \"\"", "write note is not empty"),
            ("studies where note = ''", "write note is empty"),
            ("studies where note in (\"\", x)", "write note is empty"),
            ("findings where every study.note = \"  \"", "write study.note is empty"),
        ])
    func emptyValue(_ statement: String, hint: String) {
        guard case .failure(let diagnostics) = interpreter.run(statement) else {
            Issue.record("accepted: \(statement)")
            return
        }
        #expect(diagnostics[0].message.contains("a missing value is not \"\""))
        #expect(diagnostics[0].hint == hint)
        #expect(diagnostics[0].range != nil)
    }

    func count(_ statement: String) throws -> Int {
        let result = try #require(interpreter.run("count " + statement).resultSet)
        return Int(result.rows[0][0].text) ?? -1
    }
}
