import Foundation
import RevqCore
import RevqTestSupport
import Testing

@testable import RevqEngine
@testable import RevqReview

/// The audit of a review ×N: each claim is stated N times, so the audit has N lines per
/// claim, built once per claim alike in all but its id; each copy's line is what one
/// sentence of one report gives, not the sum over the copies.
@Suite struct AuditScalingTests {
    /// Each audit line as revq shows it, by id: verdict, what the data gives, rows, reason.
    static func lines(_ interpreter: Interpreter) -> [String: String] {
        let result = interpreter.run("audit show id, verdict, gives, rows, reason").resultSet
        #expect(result != nil, "audit gave no rows")
        return Dictionary(
            (result?.rows ?? []).map { row in (row[0].text, row.dropFirst().map(\.text).joined(separator: " | ")) },
            uniquingKeysWith: { first, _ in first })
    }

    /// Line 482 gives the participants of the 15 quantitative studies in six groups,
    /// 6 + 2 + 2 + 1 + 1 + 1 = 13. Each copy of that sentence adds up its own six groups
    /// (the ×3 review's audit summed all eighteen, "18 groups ... = 39").
    @Test func eachCopyOfASentenceAddsUpItsOwnParts() throws {
        let (store, cleanup) = try ClaimCheckScalingTests.synthetic(copies: 3)
        defer { cleanup() }
        let single = Dictionary(
            uniqueKeysWithValues: Interpreter(store: BundledStore.shared).auditEntries().map { ($0.id, $0.reason) })
        let tripled = Dictionary(
            uniqueKeysWithValues: Interpreter(store: store).auditEntries().map { ($0.id, $0.reason) })
        for id in (5...10).map({ "c0482-\($0)" }) {
            let reason = try #require(single[id])
            #expect(
                reason.contains("6 groups of participants (c0482-5 to c0482-10) add up to 6 + 2 + 2 + 1 + 1 + 1 = 13"))
            for copy in [id, id + "~1", id + "~2"] { #expect(tripled[copy] == reason, "\(copy)") }
        }
    }

    /// A claim's copies differ only in their id: each gives the line the first copy gives.
    @Test func copiesOfAClaimGiveOneLine() throws {
        let (store, cleanup) = try ClaimCheckScalingTests.synthetic(copies: 3)
        defer { cleanup() }
        let single = Self.lines(Interpreter(store: BundledStore.shared))
        let tripled = Self.lines(Interpreter(store: store))
        let claims = single.keys.filter { $0.hasPrefix("c") }
        #expect(claims.count > 100)
        for id in claims {
            #expect(tripled[id] != nil, "\(id)")
            #expect(tripled[id + "~1"] == tripled[id], "\(id)")
            #expect(tripled[id + "~2"] == tripled[id], "\(id)")
        }
    }
}
