import RevqCore
import RevqEngine

/// Checks across tables: the same value as two places of the report give it, where the data
/// keeps both (Tabell 9 against Vedlegg 4, a study's year in its description table and elsewhere).
struct CrossChecks {
    let store: Store

    /// Two fields of one source that hold the same thing as two places state it.
    struct Pair: Sendable {
        let id: String
        let source: String
        let field: String
        let other: String
        let what: String
        let places: String
        /// The other field is filled only where the two places differ: an empty one means "the same".
        var emptyMeansSame = false

        /// The dataset has both fields, so `entry` gives a line (`Auditor.lineCount`).
        func applies(to schema: Schema) -> Bool {
            guard let source = schema.source(named: self.source) else { return false }
            return source.position(of: field) != nil && source.position(of: other) != nil
        }
    }

    static let pairs: [Pair] = [
        Pair(
            id: "x-findings-confidence", source: "findings", field: "confidence", other: "appendix_confidence",
            what: "a finding's confidence", places: "Tabell 9 against Vedlegg 4", emptyMeansSame: true),
        Pair(
            id: "x-findings-studies", source: "findings", field: "study", other: "appendix_study",
            what: "a finding's supporting studies", places: "Tabell 9 against Vedlegg 4", emptyMeansSame: true),
        Pair(
            id: "x-findings-text", source: "findings", field: "text", other: "appendix_text",
            what: "a finding's wording", places: "Tabell 9 against Vedlegg 4", emptyMeansSame: true),
        Pair(
            id: "x-findings-explanation", source: "findings", field: "confidence_explanation",
            other: "appendix_confidence_explanation",
            what: "the explanation of a finding's confidence", places: "Tabell 9 against Vedlegg 4",
            emptyMeansSame: true),
        Pair(
            id: "x-studies-year", source: "studies", field: "year", other: "other_year",
            what: "a study's year", places: "the description table against the text or the study lists"),
        Pair(
            id: "x-studies-sample", source: "studies", field: "sample", other: "sample_text",
            what: "a quantitative study's sample", places: "Tabell 3 against the results text"),
        Pair(
            id: "x-studies-limitations", source: "studies", field: "limitations_text", other: "limitations_appendix",
            what: "a qualitative study's limitations, as written", places: "Tabell 7 or 8 against Vedlegg 6"),
        Pair(
            id: "x-review-question", source: "review", field: "text", other: "other_text",
            what: "the research question's wording",
            places: "Mål og problemstilling (line 200) against Hovedbudskap (line 3)"),
    ]

    /// A value cut for the reason column (a finding's wording runs to a paragraph).
    static func short(_ text: String) -> String {
        text.count <= 60 ? text : String(text.prefix(57)) + "..."
    }

    func entries() -> [AuditEntry] {
        Self.pairs.compactMap(entry)
    }

    /// The pair's rows where both places give a value and they differ (ignoring case and spacing).
    func entry(_ pair: Pair) -> AuditEntry? {
        guard let table = store.table(named: pair.source), let a = table.schema.position(of: pair.field),
            let b = table.schema.position(of: pair.other)
        else { return nil }
        let fields = table.schema.fields
        var compared = 0
        var differing: [(Int, String, String)] = []
        for row in 0..<table.count where table.rows[row][a] != .null {
            if table.rows[row][b] == .null {
                if pair.emptyMeansSame { compared += 1 }
                continue
            }
            compared += 1
            let first = store.display(table.rows[row][a], of: fields[a])
            let second = store.display(table.rows[row][b], of: fields[b])
            if TextFolding.fold(first) != TextFolding.fold(second) { differing.append((row, first, second)) }
        }
        let labels = differing.map { store.label(ofRow: $0.0, in: pair.source) }
        // A difference of wording only is listed by its word pairs; one of substance by the two
        // values. Each pair of values compared once: a synthetic review's copies repeat them.
        var known: [[String]: [String]?] = [:]
        let wordings = differing.map { row -> [String]? in
            if let pairs = known[[row.1, row.2]] { return pairs }
            let pairs = WordingDifference.pairs(row.1, row.2)
            known[[row.1, row.2]] = pairs
            return pairs
        }
        let substantive = zip(differing, wordings).filter { $0.1 == nil }.map(\.0)
        let reworded = zip(differing, wordings).compactMap { row, pairs in pairs.map { (row, $0) } }
        let verdict: Verdict = !substantive.isEmpty ? .disagrees : reworded.isEmpty ? .agrees : .wording
        let reason: String
        if substantive.isEmpty {
            reason = reworded.map { row, pairs in
                let (place, first, second) = row
                let values = first.count <= 40 && second.count <= 40 ? "\(first) / \(second): " : ""
                return "\(store.label(ofRow: place, in: pair.source)): \(values)\(pairs.joined(separator: ", "))"
            }.joined(separator: "; ")
        } else {
            let examples = substantive.prefix(3).map {
                "\(store.label(ofRow: $0.0, in: pair.source)): \(Self.short($0.1)) / \(Self.short($0.2))"
            }
            reason =
                examples.joined(separator: "; ") + (substantive.count > 3 ? "; ..." : "")
                + (reworded.isEmpty ? "" : "; \(reworded.count) more differ only in wording")
        }
        let gives =
            "\(differing.count) of \(compared) differ"
            + (reworded.isEmpty ? "" : ", \(reworded.count) of them only in wording")
        return AuditEntry(
            id: pair.id, kind: "cross-table", states: "\(pair.what) is the same in both places",
            place: "\(pair.source).\(pair.field) and \(pair.source).\(pair.other): \(pair.places)",
            check: "\(pair.source) where \(pair.field) != \(pair.other) (both known)",
            gives: gives, rows: labels, verdict: verdict, reason: reason)
    }
}
