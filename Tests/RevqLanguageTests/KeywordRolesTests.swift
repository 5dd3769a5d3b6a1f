import RevqLanguage
import Testing

/// The lists the parser and completion read are derived from each keyword's roles; they
/// are the lists that were written out by hand before (issue 23), so nothing changed.
@Suite("Keyword roles")
struct KeywordRolesTests {
    @Test func statementStartsAreTheFormerList() {
        #expect(
            Keyword.statementStarts == [
                .count, .let, .explain, .sources, .describe, .profile, .soqf, .why, .grid, .chart,
                .check, .search,
            ])
    }

    @Test func quantifiersAreTheFormerList() {
        #expect(Keyword.quantifiers == [.any, .every, .no])
    }

    @Test func softKeywordsAreTheFormerSet() {
        #expect(
            Keyword.softKeywords == [
                .any, .every, .no, .empty, .profile, .soqf, .why, .grid, .chart, .check, .stacked,
                .with, .ties, .percent, .distinct, .search, .score,
            ])
    }

    @Test func statementOnlyKeywordsAreTheFormerSet() {
        #expect(Keyword.statementOnlyKeywords == [.profile, .soqf, .why, .grid, .chart, .check, .stacked, .search])
    }
}
