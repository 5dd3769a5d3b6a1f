import Foundation
import RevqCore
import RevqEngine
import RevqRender
import RevqTestSupport
import Testing

/// A chart knows a count's totals and margins by the roles of its columns and rows, never
/// by their names (issue 23, item 8). The claims' `attribute` holds the value `total` for
/// a claim of how many there are in all (claims.tsv, e.g. c0003-1 "Vi inkluderte 38
/// primærstudier", review line 3): that value is data, and its bars are drawn.
@Suite("Column roles: a value called total is data")
struct ColumnRoleTests {
    let interpreter = Interpreter(store: BundledStore.shared)
    static let statement = "count claims where attribute in (total, kind) by subject, attribute"

    /// The claims of `attribute` per subject, read from claims.tsv without revq's loader.
    static func claims(_ attribute: String) throws -> [String: Int] {
        let sheet = try TSVSheet(path: RepositoryPaths.bundledDataset + "/data/claims.tsv")
        return sheet.records.filter { $0["attribute"] == attribute }.reduce(into: [:]) {
            $0[$1["subject"], default: 0] += 1
        }
    }

    func run(_ statement: String) throws -> ResultSet {
        try #require(interpreter.run(statement).resultSet, "\(statement)")
    }

    /// The lines of `subject`'s group in a grouped bar chart: "  kind  ███ 20", "  total  ███ 23".
    static func bars(of subject: String, in text: String) -> [String: String] {
        let lines = text.split(separator: "\n").map(String.init)
        guard let start = lines.firstIndex(of: subject) else { return [:] }
        let group = lines[(start + 1)...].prefix { $0.hasPrefix("  ") }
        return Dictionary(
            uniqueKeysWithValues: group.map { line in
                let words = line.split(separator: " ")
                return (String(words.first!), String(words.last!))
            })
    }

    @Test func aColumnOfTheValueTotalIsDrawnAsBars() throws {
        let totals = try Self.claims("total")
        let kinds = try Self.claims("kind")
        #expect(totals["studies"] ?? 0 > 0 && kinds["studies"] ?? 0 > 0)
        let text = Renderer.render(try run("chart " + Self.statement), spec: OutputSpec(mode: .table, width: 100))
        #expect(text.hasPrefix("bars: kind, total\n"), "\(text)")
        for subject in ["studies", "findings", "excluded"] {
            let bars = Self.bars(of: subject, in: text)
            #expect(
                bars == ["kind": String(kinds[subject] ?? 0), "total": String(totals[subject] ?? 0)],
                "\(subject): \(text)")
        }
    }

    /// Stacked, in the terminal and in SVG: the value `total` is a segment, and the margin
    /// (the row's sum, which is also named total) is not.
    @Test func aSegmentOfTheValueTotalIsStacked() throws {
        let totals = try Self.claims("total")
        let kinds = try Self.claims("kind")
        let result = try run("chart stacked " + Self.statement)
        let text = Renderer.render(result, spec: OutputSpec(mode: .table, width: 100))
        let (kind, total) = (kinds["studies"] ?? 0, totals["studies"] ?? 0)
        #expect(text.hasPrefix("attribute: █ kind  ▓ total\n"), "\(text)")
        #expect(text.contains(" \(kind + total) = \(kind)+\(total)\n"), "\(text)")
        let svg = Renderer.render(result, spec: OutputSpec(mode: .svg, width: 100))
        #expect(svg.contains("data-label=\"studies\" data-series=\"total\" data-value=\"\(total)\""), "\(svg)")
        #expect(
            !svg.contains("data-series=\"total\" data-value=\"\(kind + total)\""), "the margin is no segment: \(svg)")
    }

    /// A group column named `total` (as a field so named would be) labels its bars.
    @Test func aGroupCalledTotalLabelsTheBars() throws {
        var result = try run("chart count claims where attribute = total by subject")
        result.columns[0] = ResultSet.Column(name: "total")
        let totals = try Self.claims("total")
        let text = Renderer.render(result, spec: OutputSpec(mode: .table, width: 100))
        let studies = try #require(text.split(separator: "\n").first { $0.hasPrefix("studies ") }, "\(text)")
        #expect(studies.hasSuffix(" \(totals["studies"] ?? 0)"), "\(text)")
    }

    /// The roles are set where the count is built, and the crosstab's view gives its
    /// corner, its value columns and its margin theirs.
    @Test func theCountAndItsCrosstabCarryRoles() throws {
        let result = try run(Self.statement + " show count")
        #expect(result.columns.map(\.role) == [.group, .group, .aggregate(countsRecords: true)])
        #expect(
            result.displayed().columns.map(\.role)
                == [.group, .crossValue(field: "attribute"), .crossValue(field: "attribute"), .margin])
        #expect(result.displayed().columns.map(\.name) == ["subject \\ attribute", "kind", "total", "total"])
        let average = try run("count claims where attribute in (total, kind) by subject, attribute show avg(n)")
        #expect(average.columns.last?.role == .aggregate(countsRecords: false))
        #expect(average.displayed().columns.last?.name == "all")
    }
}
