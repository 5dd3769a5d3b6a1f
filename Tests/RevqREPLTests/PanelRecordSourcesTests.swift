import RevqCore
import RevqTestSupport
import Testing

@testable import RevqREPL

/// A record names where a result without a `source` column comes from: the source the
/// statement reads, as the parser reads it (a view's is the findings).
@Suite struct PanelRecordSourcesTests {
    let store = BundledStore.shared
    let noSourceColumn = ResultSet(columns: [.init(name: "count")], rows: [[.integer(1)]])

    @Test(arguments: [
        ("soqf where confidence = høy", "findings"),
        ("why 16", "findings"),
        ("count studies by kind", "studies"),
        ("explain count matrix by relasjon", "matrix"),
        ("chart stacked count findings by theme, confidence", "findings"),
        ("excluded where title ~ why", "excluded"),
    ])
    func theStatementsSourceIsNamed(statement: String, source: String) throws {
        let named = PanelRecord.sources(of: noSourceColumn, statement: statement, store: store)
        let schema = try #require(store.table(named: source)).schema
        #expect(named == ["\(source): \(schema.description)"])
    }

    /// A name defined with `let`, or a statement that does not parse, names no source.
    @Test func aNamedQueryOrBrokenStatementNamesNone() {
        #expect(PanelRecord.sources(of: noSourceColumn, statement: "komm where number > 2", store: store).isEmpty)
        #expect(PanelRecord.sources(of: noSourceColumn, statement: "findings where", store: store).isEmpty)
    }
}
