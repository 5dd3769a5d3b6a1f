import RevqCore
import RevqEngine

/// One record of `claims` as the audit reads it: what the report states and how to check it.
struct ClaimRecord: Sendable {
    /// `claim` (a figure of the prose, in `claims`) or `chart` (a bar of Figur 4 or 5, in `charts`).
    let kind: String
    let row: Int
    let id: String
    let n: Int?
    let value: String
    let unit: String
    let qualifier: String
    let phrase: String
    let source: String
    /// A revq statement selecting the rows the figure counts; empty when the data cannot decide.
    let check: String
    let rule: String
    /// Why the data cannot decide the claim (or what it cannot see), as curated.
    let undecidable: String
    /// The claims whose figures are parts of one whole: a chart's bars, or the claims of one
    /// subject, scope and attribute (the levels of one grade).
    let family: String

    /// The sources whose records state a figure with its check: the prose's claims, the charts' bars.
    static let checkedSources = ["claims", "charts"]

    /// Every record of the checked sources, claims first; empty for a dataset with neither.
    /// With `checking`, only the records whose check reads that folded source
    /// (`checkedSource`): the others are not even read.
    static func all(in store: Store, checking checked: String? = nil) -> [ClaimRecord] {
        checkedSources.flatMap { records(of: $0, in: store, checking: checked) }
    }

    /// The folded source the check reads: its first word.
    var checkedSource: String {
        Self.checkedSource(of: check)
    }

    private static func checkedSource(of check: String) -> String {
        TextFolding.fold(String(check.prefix { $0 != " " }))
    }

    static func records(of source: String, in store: Store, checking checked: String? = nil) -> [ClaimRecord] {
        guard let table = store.table(named: source), table.schema.field(named: "check") != nil else { return [] }
        return (0..<table.count).compactMap { row in
            let text = { (field: String) -> String in
                guard let value = table.value(row: row, field: field), let schema = table.schema.field(named: field)
                else { return "" }
                return store.display(value, of: schema)
            }
            let check = text("check")
            if let checked, checkedSource(of: check) != checked { return nil }
            // A chart's bar has no words of its own: its category and chart stand for them.
            let phrase =
                text("phrase").isEmpty ? "\(text("category")) (\(text("figure")), \(text("chart")))" : text("phrase")
            return ClaimRecord(
                kind: source == "charts" ? "chart" : "claim", row: row, id: text("id"), n: Int(text("n")),
                value: text("value"), unit: text("unit"),
                qualifier: text("qualifier"), phrase: phrase, source: text("source"),
                check: check, rule: text("rule"), undecidable: text("undecidable"),
                family: source == "charts"
                    ? "\(text("figure")), \(text("chart"))"
                    : [text("subject"), text("scope"), text("attribute")].joined(separator: " / "))
        }
    }

    /// Everything the audit reads of the claim but its id and row: claims alike in it (a
    /// synthetic review's copies) state one figure the same way, so they get the same line.
    var content: [String] {
        [kind, n.map(String.init) ?? "-", value, unit, qualifier, phrase, source, check, rule, undecidable, family]
    }

    /// What the report states, as the audit shows it: the figure and the words.
    var states: String {
        let figure = [qualifier, n.map(String.init) ?? value, unit].filter { !$0.isEmpty }.joined(separator: " ")
        return figure.isEmpty ? "\"\(phrase)\"" : "\(figure): \"\(phrase)\""
    }

    /// The line(s) the claim is stated at, for notes ("line 36"): its first place's.
    var lines: String {
        guard let range = source.firstRange(of: "lines ") else { return source }
        return Place.readable("lines " + source[range.upperBound...].prefix { $0 != ";" })
    }
}
