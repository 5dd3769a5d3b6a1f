import RevqCore
import RevqLanguage

/// Why some blank values are blank, as the dataset's `unknowns` source says: a rating that
/// was only in an image, a number the report writes as a word. Elsewhere a blank means "does
/// not apply" (a qualitative study has no risk of bias), so only the records a reason names
/// get it: the reason lives with the data, not in the engine.
struct UnknownReason: Sendable {
    let id: String
    let table: String
    let fields: Set<String>
    /// The records its `records` query selects.
    let rows: Set<Int>
    let reason: String
    let place: String

    static let source = "unknowns"

    /// Every reason of `context`'s store whose query runs; none for a dataset without `unknowns`
    /// (a test requires every query of the bundled review to run).
    static func all(in context: QueryContext) -> [UnknownReason] {
        guard let table = context.store.table(named: source) else { return [] }
        return (0..<table.count).compactMap { row in
            let text = { (field: String) -> String in
                if case .text(let text)? = table.value(row: row, field: field) { return text }
                return ""
            }
            let fields = (table.value(row: row, field: "fields")?.elements ?? []).compactMap { value -> String? in
                if case .text(let name) = value { return name }
                return nil
            }
            guard case .statement(.query(let query)) = Parser.parse(text("records")),
                let bound = try? context.binder.bind(query), bound.input.table == text("about")
            else { return nil }
            return UnknownReason(
                id: text("id"), table: bound.input.table, fields: Set(fields),
                rows: Set(context.rows(of: bound)), reason: text("reason"), place: text("source"))
        }
    }

    /// "source.field" for each field some reason is about, read without running any reason's
    /// query: an answer that shows none of them costs nothing more.
    /// The two fields are read alone (`Store.column`): a large review's reasons hold long
    /// queries and places that this does not need.
    static func explainedFields(in store: Store) -> Set<String> {
        guard let schema = store.schema.source(named: source), let aboutPosition = schema.position(of: "about"),
            let fieldsPosition = schema.position(of: "fields"),
            let abouts = store.column(aboutPosition, ofTable: source),
            let fieldLists = store.column(fieldsPosition, ofTable: source)
        else { return [] }
        // A large review's reasons repeat a few (source, fields) pairs thousands of times:
        // each distinct pair is kept once, found by comparing values (cheaper than hashing
        // strings), up to a bound past which every pair is kept and the set sorts them out.
        var pairs: [(about: Value, fields: Value)] = []
        for (about, list) in zip(abouts, fieldLists) {
            if pairs.count < 256, pairs.contains(where: { $0.about == about && $0.fields == list }) { continue }
            pairs.append((about, list))
        }
        var fields = Set<String>()
        for case (.text(let about), let list) in pairs {
            list.forEachElement { element in
                if case .text(let field) = element { fields.insert(about + "." + field) }
            }
        }
        return fields
    }

    /// True when this reason says why `path`'s field of `record` is blank.
    func explains(_ path: BoundPath, record: Int) -> Bool {
        path.table == table && fields.contains(path.field.name) && rows.contains(record)
    }
}

extension Interpreter {
    /// The dataset's reasons for blank values, run once on first need.
    var unknownReasons: [UnknownReason] {
        if let known = unknownReasonCache { return known }
        let reasons = UnknownReason.all(in: queryContext)
        unknownReasonCache = reasons
        return reasons
    }

    /// Notes under an answer that shows (or aggregates) `paths` over `rows`, for each blank it
    /// meets that a reason explains.
    func unknownReasonNotes(paths: [BoundPath], rows: [Int]) -> [String] {
        guard !rows.isEmpty else { return [] }
        if explainedFieldsCache == nil { explainedFieldsCache = UnknownReason.explainedFields(in: store) }
        guard let explained = explainedFieldsCache,
            paths.contains(where: { explained.contains($0.table + "." + $0.field.name) })
        else { return [] }
        let reasons = unknownReasons
        guard !reasons.isEmpty else { return [] }
        return UnknownReasonNotes(catalog: catalog, reasons: reasons).notes(paths: paths, rows: rows)
    }
}
