import RevqCore
import RevqEngine

/// The `audit` source: its schema, and its rows built from the audit's entries.
enum AuditTable {
    static let name = "audit"

    /// What `audit` shows without `show`: the check, the verdict, both figures, where and why.
    static let defaultColumns = ["id", "verdict", "states", "gives", "place", "reason"]

    static let vocabulary = Vocabulary(
        name: "verdict",
        terms: Verdict.allCases.map {
            Vocabulary.Term(value: $0.rawValue, synonyms: $0.synonyms)
        })

    static let schema = SourceSchema(
        name: name, key: "id", label: "id",
        description:
            "Every figure the report states about itself (claims) and every cross-table check, run against the data: what the report states and where, what the data gives and from which rows, and a verdict (agrees, disagrees, undecided) with the reason",
        fields: [
            Field(
                name: "id", type: .text, isRequired: true,
                description: "The claim's id (c0036-5) or the cross-table check's (x-...)"),
            Field(
                name: "verdict", type: .category(vocabulary), isRequired: true,
                description: "agrees, disagrees or undecided (the data cannot decide: see reason)"),
            Field(
                name: "states", type: .text, isRequired: true,
                description: "What the report states: the figure and its words"),
            Field(name: "gives", type: .text, isRequired: false, description: "What the data gives"),
            Field(
                name: "place", type: .text, isRequired: true,
                description: "Where the report states it (chapter and lines)"),
            Field(
                name: "check", type: .text, isRequired: false,
                description: "The revq statement (and rule) that computes the figure"),
            Field(
                name: "rows", type: .set(nil), isRequired: false,
                description: "The records the figure comes from (with those whose value is unknown)"),
            Field(
                name: "reason", type: .text, isRequired: false,
                description: "Why the verdict: how the figures differ, or why the data cannot decide"),
            Field(name: "kind", type: .text, isRequired: true, description: "claim, or the kind of cross-table check"),
            Field(
                name: "source", type: .text, isRequired: true,
                description: "Where in the review the checked values come from"),
        ])

    static func table(_ entries: [AuditEntry]) -> Table {
        let rows: [[Value]] = entries.map { entry in
            [
                .text(entry.id), .term(Verdict.allCases.firstIndex(of: entry.verdict)!), .text(entry.states),
                text(entry.gives), .text(entry.place), text(entry.check),
                entry.rows, text(entry.reason),
                .text(entry.kind), .text(entry.place),
            ]
        }
        return Table(schema: schema, rows: rows, keys: entries.map(\.id))
    }

    private static func text(_ value: String) -> Value { value.isEmpty ? .null : .text(value) }

    /// The audit as a source of a store, its rows made by `build` when first read; `rowCount`
    /// tells how many without building them.
    static func computed(rowCount: @escaping @Sendable () -> Int, build: @escaping @Sendable () -> Table)
        -> ComputedTable
    {
        ComputedTable(
            schema: schema, vocabularies: [vocabulary], defaultColumns: defaultColumns, rowCount: rowCount,
            build: build)
    }
}
