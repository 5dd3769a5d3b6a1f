import Foundation
import RevqCore
import RevqEngine
import RevqLanguage
import RevqReview
import RevqTestSupport
import Testing

/// Every field is reachable by name (issue 20): `charts`, `claims` and `audit` each have a
/// field called `check`, which is also a statement's keyword. It reads as a field wherever
/// a field goes, and any field may be quoted as SQL quotes a name (`"check"`).
@Suite("Fields named like keywords")
struct QuotedFieldNameTests {
    let interpreter = Interpreter(store: BundledStore.shared)

    /// The `check` column of `data/SOURCE.tsv` by id, read without revq's loader.
    static func checks(of source: String) throws -> [String: String] {
        let sheet = try TSVSheet(path: RepositoryPaths.bundledDataset + "/data/\(source).tsv")
        return Dictionary(uniqueKeysWithValues: sheet.records.map { ($0["id"], $0["check"]) })
    }

    func rows(_ statement: String) throws -> [String: String] {
        let result = try #require(interpreter.run(statement).resultSet, "\(statement)")
        #expect(result.columns.map(\.name) == ["id", "check"], "\(statement)")
        return Dictionary(uniqueKeysWithValues: result.rows.map { ($0[0].text, $0[1].text) })
    }

    @Test(
        "A keyword-named field in show, bare or quoted",
        arguments: [
            ("charts", "charts show id, check"),
            ("charts", "charts show id, \"check\""),
            ("claims", "claims show id, check"),
            ("claims", "claims show id, 'check'"),
        ])
    func shown(source: String, statement: String) throws {
        let expected = try Self.checks(of: source)
        #expect(expected.count >= 10)
        #expect(try rows(statement) == expected)
    }

    @Test func quotedInConditionsSortAndBy() throws {
        let checks = try Self.checks(of: "claims")
        let filled = checks.values.filter { !$0.isEmpty }
        let listed = try #require(
            interpreter.run("claims where \"check\" is not empty show id, check sort by \"check\"").resultSet)
        #expect(listed.rows.count == filled.count)
        #expect(listed.rows.map { $0[1].text } == filled.sorted(by: NorwegianCollation.areInIncreasingOrder))
        let counted = try #require(interpreter.run("count claims where \"check\" is not empty by \"check\"").resultSet)
        let distinct = Set(filled)
        #expect(counted.rows.count == distinct.count)
        #expect(counted.rows.map { Int($0[1].text) ?? 0 }.reduce(0, +) == filled.count)
    }

    /// A count sorts by a `by` path quoted as it was grouped (the grammar's count_sortkey
    /// takes any path; the structure-aware fuzzer found the parser took only a bare word).
    @Test func aCountSortsByAQuotedPath() throws {
        let filled = try Self.checks(of: "claims").values.filter { !$0.isEmpty }
        for statement in [
            "count claims where \"check\" is not empty by \"check\" sort by \"check\" desc",
            "count claims where check is not empty by check sort by check desc",
        ] {
            let counted = try #require(interpreter.run(statement).resultSet, "\(statement)")
            #expect(
                counted.rows.map { $0[0].text }
                    == Set(filled).sorted(by: NorwegianCollation.areInIncreasingOrder).reversed(), "\(statement)")
        }
    }

    /// The printer quotes a name spelled like a keyword that would not read as a field,
    /// so what it prints parses back to the same path.
    @Test func printedPathsParseBack() throws {
        guard case .statement(let tree) = Parser.parse("claims where \"count\" = 3 show id, \"sort\" sort by \"limit\"")
        else {
            Issue.record("does not parse")
            return
        }
        #expect(tree.text == "claims where \"count\" = 3 show id, \"sort\" sort by \"limit\"")
        guard case .statement(let bare) = Parser.parse("claims where check is empty") else {
            Issue.record("does not parse")
            return
        }
        #expect(bare.text == "claims where check is empty")
    }

    /// A quoted word alone after `where` is read as a field; the error says how to search.
    @Test func aQuotedWordAloneHintsAtSearch() throws {
        guard case .failure(let diagnostics) = interpreter.run("findings where \"SMS\"") else {
            Issue.record("accepted")
            return
        }
        #expect(diagnostics.first?.hint?.contains("~ \"SMS\"") == true)
    }
}
