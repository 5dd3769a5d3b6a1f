import RevqCore
import RevqLanguage
import Testing

@testable import RevqEngine
@testable import RevqReview

/// The audit reads a stated figure with the words around it, as a reader of the report
/// would: "over 10" is more than 10, "i underkant av 10" a little under 10 (not 10, not far
/// under), a bare 10 any figure that rounds to 10, "majoriteten" and "de fleste" more than
/// half, "omtrent halvparten" about half, "ca. 30 %" within a few points of 30, and a range
/// "2010-2025" holds both its ends. The review's own claims exercise few of these edges.
@Suite("audit: qualifiers of a stated figure")
struct ClaimQualifierTests {
    static func claim(n: Int?, qualifier: String, value: String = "") -> ClaimRecord {
        ClaimRecord(
            kind: "claim", row: 0, id: "t", n: n, value: value, unit: "", qualifier: qualifier, phrase: "", source: "",
            check: "", rule: "", undecidable: "", family: "")
    }

    @Test(
        "A figure against a stated count",
        arguments: [
            ("over", 10, 11.0, true), ("over", 10, 10.0, false),
            ("i underkant av", 10, 9.5, true), ("i underkant av", 10, 9.0, true), ("i underkant av", 10, 10.0, false),
            ("i underkant av", 10, 7.0, false), ("I underkant av", 10, 9.5, true),
            ("", 10, 10.0, true), ("", 10, 9.6, true), ("", 10, 10.4, true), ("", 10, 10.6, false),
            ("", 10, 9.0, false),
        ])
    func figure(qualifier: String, n: Int, figure: Double, agrees: Bool) {
        #expect(ClaimJudgment.figureAgrees(figure, Self.claim(n: n, qualifier: qualifier)) == agrees)
    }

    @Test(
        "A share against its words",
        arguments: [
            ("majoriteten", nil, 50.0, false), ("majoriteten", nil, 51.0, true), ("de fleste", nil, 50.0, false),
            ("de fleste", nil, 75.0, true),
            ("omtrent halvparten", nil, 50.0, true), ("omtrent halvparten", nil, 43.0, true),
            ("omtrent halvparten", nil, 57.0, true),
            ("omtrent halvparten", nil, 30.0, false), ("omtrent halvparten", nil, 70.0, false),
            ("ca.", 30, 33.0, true), ("ca.", 30, 27.0, true), ("ca.", 30, 40.0, false),
            ("", 30, 30.4, true), ("", 30, 32.0, false),
        ] as [(String, Int?, Double, Bool)])
    func share(qualifier: String, n: Int?, percent: Double, agrees: Bool) {
        #expect(ClaimJudgment.shareAgrees(percent, Self.claim(n: n, qualifier: qualifier)) == agrees)
    }

    /// `within`: every value inside the stated range, its ends included.
    @Test func aRangeHoldsItsEnds() throws {
        let within = { (years: [Int]) in
            try Self.judge(
                .within(["year"]), claim: Self.claim(n: nil, qualifier: "", value: "2010-2025"),
                values: years.map(Value.integer))
        }
        #expect(try within([2010, 2017, 2025]).verdict == .agrees)
        #expect(try within([2010, 2025]).gives == "2010-2025")
        let outside = try within([2009, 2026, 2015])
        #expect(outside.verdict == .disagrees)
        #expect(outside.reason == "outside 2010-2025: 2009, 2026")
    }

    /// What a share gives: the rows as a whole percent, rounded (2 of 3 is 67 %, not 66 %).
    @Test func aShareGivesARoundedPercent() throws {
        let judged = try Self.judge(
            .share(of: ""), claim: Self.claim(n: 67, qualifier: ""), rows: [0, 1], otherRows: [0, 1, 2])
        #expect(judged.gives == "2 of 3 (67 %)")
    }

    /// An aggregate's figure is given to one decimal, rounded: a mean of 7.7 and 7.8 is 7.8 (7.75).
    @Test func anAggregateIsGivenToOneDecimal() throws {
        let judged = try Self.judge(
            .aggregate(.mean, "value"), claim: Self.claim(n: 8, qualifier: ""), values: [.number(7.7), .number(7.8)])
        #expect(judged.gives == "mean 7.8 over 2 rows")
    }

    static func judge(
        _ rule: ClaimRule, claim: ClaimRecord, values: [Value] = [], rows: [Int] = [], otherRows: [Int]? = nil
    ) throws -> ClaimJudgment {
        guard case .statement(.query(let query)) = Parser.parse("studies") else { throw Unparsed() }
        let checked = CheckedClaim(
            claim: claim, rule: rule, query: query, table: "studies", rows: rows, unknown: [], otherRows: otherRows)
        return ClaimJudgment.judge(checked, values: { _ in values }, texts: { _, _ in [] })
    }

    struct Unparsed: Error {}
}
