import Foundation
import RevqCore
import RevqData
import RevqEngine
import RevqReview
import RevqTestSupport
import Testing

/// Aggregates over values at the edge of what a cell holds, in a copy of the review whose
/// first two studies have n = Int.max and whose first two outcomes have value = 1e308.
/// Each result is exact or an error that names the aggregate, never a trap; expected
/// values are computed here from the copy's own TSV cells.
@Suite("Aggregates of large values")
struct LargeValueAggregateTests {
    static let largest = "9223372036854775807"

    /// The copy, its store, and the cells of the changed columns as the files hold them.
    static let copy: (store: Store, n: [Int], values: [Double]) = {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("revq-large-\(UUID().uuidString)")
            .path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        do {
            try FileManager.default.copyItem(atPath: RepositoryPaths.bundledDataset, toPath: folder)
            let n = try replace(column: "n", in: folder + "/data/studies.tsv", rows: [1, 2], with: largest)
            let values = try replace(column: "value", in: folder + "/data/outcomes.tsv", rows: [1, 2], with: "1e308")
            return (
                try DatasetLoader.load(directory: folder), n.compactMap { Int($0) }, values.compactMap { Double($0) }
            )
        } catch { fatalError("the copy of the review does not load: \(error)") }
    }()

    /// Sets `column` of the given data rows (1 = the first after the header) and returns
    /// the column's cells afterwards.
    static func replace(column: String, in path: String, rows: [Int], with value: String) throws -> [String] {
        var lines = try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: "\n")
        let position = lines[0].components(separatedBy: "\t").firstIndex(of: column)!
        for row in rows {
            var cells = lines[row].components(separatedBy: "\t")
            cells[position] = value
            lines[row] = cells.joined(separator: "\t")
        }
        try lines.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
        return lines.dropFirst().filter { !$0.isEmpty }.map { $0.components(separatedBy: "\t")[position] }
    }

    let interpreter = Interpreter(store: copy.store)

    private func row(_ statement: String) throws -> [Cell] {
        try #require(interpreter.run(statement).resultSet?.rows.first, "\(statement) failed")
    }

    @Test func theCopyHoldsTheLargeValues() {
        #expect(Self.copy.n.filter { $0 == Int.max }.count == 2)
        #expect(Self.copy.values.filter { $0 == 1e308 }.count == 2)
    }

    /// min and max are values of the data, shown exactly; the mean is of the exact sum.
    @Test func minMaxAndMeanOfWholeNumbersAreExact() throws {
        let n = Self.copy.n
        #expect(try row("count studies show min(n), max(n)") == [.integer(n.min()!), .integer(Int.max)])
        let sum = n.reduce(Int128(0)) { $0 + Int128($1) }
        #expect(try row("count studies show avg(n)") == [.number(Double(sum) / Double(n.count))])
    }

    /// A sum past Int.max or past the largest double: an error at the aggregate, naming it.
    @Test(arguments: [
        ("count studies show sum(n)", "sum(n)", 20), ("count studies by kind show count, sum(n)", "sum(n)", 35),
        ("chart count outcomes by study show sum(value)", "sum(value)", 36),
        ("count studies by kind sort by sum(n)", "sum(n)", 31),
    ])
    func aSumTooLargeIsAnError(statement: String, aggregate: String, column: Int) {
        guard case .failure(let diagnostics) = interpreter.run(statement), let error = diagnostics.first else {
            Issue.record("\(statement) ran")
            return
        }
        #expect(error.message.hasPrefix("\(aggregate) is too large to show"), "\(error.message)")
        #expect(error.range?.start.column == column)
    }

    /// The mean of values whose sum overflows a double is still their mean, and the
    /// median and maximum are as the values are.
    @Test func meanMedianAndMaxOfHugeDoubles() throws {
        let values = Self.copy.values
        let mean = values.reduce(0) { $0 + $1 / Double(values.count) }
        let cells = try row("count outcomes show avg(value), max(value)")
        guard case .number(let average) = cells[0] else {
            Issue.record("\(cells)")
            return
        }
        #expect(abs(average - mean) <= mean * 1e-12)
        #expect(cells[1] == .number(1e308))
        let sorted = values.sorted()
        let middle =
            sorted.count % 2 == 1
            ? sorted[sorted.count / 2] : sorted[sorted.count / 2 - 1] / 2 + sorted[sorted.count / 2] / 2
        #expect(try row("count outcomes show median(value)") == [.number(middle)])
    }

    /// Two middle values of 1e308: their mean is 1e308, not infinity.
    @Test func theMedianOfTwoHugeMiddleValues() throws {
        #expect(try row("count outcomes where value > 1000000000 show median(value)") == [.number(1e308)])
    }
}
