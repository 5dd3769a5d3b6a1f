import RevqCore
import RevqLanguage

/// `search hjemmebesøk`: what the review says about something, without knowing which
/// sources to ask. Each source whose records' text holds the words (as `~` finds them:
/// inflections, thesaurus) is a row with how many records, where the first of them are in
/// the review, and the query that lists them.
///
///     search hjemmebesøk
///     // source    rows  places                                  statement
///     // outcomes     4  Resultater, line 837; ...               outcomes where ~ hjemmebesøk
struct SearchEverywhere {
    let context: QueryContext
    /// How many places a row names before "…".
    static let placesShown = 3

    func search(_ words: Literal, at range: SourceRange) throws(Diagnostic) -> ResultSet {
        // The words are checked once, as any `~` checks them (nothing to search for is an error).
        _ = try context.binder.searchTerms(words)
        var rows: [[Cell]] = []
        let computed = Set(context.store.computedTableNames)
        for source in context.store.schema.sources.map(\.name) where !computed.contains(source) {
            let condition = Condition.search([words], range: words.range)
            let query = Query(source: Name(text: source, range: range), condition: condition, range: range)
            guard let bound = try? context.binder.bind(query) else { continue }
            let found = context.rows(of: bound)
            guard !found.isEmpty else { continue }
            rows.append([.text(source), .integer(found.count), places(of: found, in: source), .text(query.text)])
        }
        let columns = [
            ResultSet.Column(name: "source"), .init(name: "rows"), .init(name: "places", isLongText: true),
            .init(name: "statement"),
        ]
        var result = ResultSet(columns: columns, rows: rows)
        if rows.isEmpty {
            result.notes.append("no source has \(words.spelled): try a shorter word, or word* for a prefix")
        }
        return result
    }

    /// The first records' places in the review (their `source` field), distinct, in order.
    private func places(of rows: [Int], in source: String) -> Cell {
        guard let table = context.store.table(named: source),
            let field = table.schema.field(named: Catalog.provenanceField)
        else { return .null }
        var places: [String] = []
        for row in rows {
            guard let value = table.value(row: row, field: Catalog.provenanceField) else { continue }
            let place =
                context.store.display(value, of: field).split(separator: ";").first.map { String($0).trimmingSpaces() }
                ?? ""
            if !place.isEmpty, !places.contains(place) { places.append(place) }
            if places.count > Self.placesShown { break }
        }
        let shown = places.prefix(Self.placesShown).joined(separator: "; ")
        return places.isEmpty ? .null : .text(places.count > Self.placesShown ? shown + "; …" : shown)
    }
}
