import RevqCore
import RevqLanguage

/// `grid SOURCE [where ...]`: records as rows, the fields that share one scale as columns
/// (Tabell 11's interventions x characteristics), and a bottom row counting, per column,
/// the records at the scale's top value (Ja). The cells stay the values; display modes
/// draw them as glyphs through `Drawing.grid`.
struct GridView {
    let store: Store

    /// `shown`: the scale's fields a `show` picks, in its order (all of them without one).
    func grid(_ rows: [Int], of table: Table, at name: Name, shown: [FieldPath] = []) throws(Diagnostic) -> ResultSet {
        guard let (scale, every) = Self.sharedScale(of: table.schema) else {
            throw Diagnostic(.noGrid(source: table.name), at: name.range)
        }
        var fields = shown.isEmpty ? every : []
        for path in shown {
            guard let field = every.first(where: { TextFolding.fold($0.name) == TextFolding.fold(path.text) }) else {
                throw Diagnostic(
                    .notOnTheGrid(field: path.text, source: table.name, fields: every.map(\.name)), at: path.range)
            }
            fields.append(field)
        }
        let label = Self.labelField(of: table.schema)
        let cells: [[Cell]] = rows.map { row in
            [cell(table, row, label.name)] + fields.map { cell(table, row, $0.name) }
        }
        let top = scale.values.last ?? ""
        let totals = fields.map { field in Cell.integer(rows.filter { cell(table, $0, field.name) == .text(top) }.count)
        }
        // The totals are for a person reading the grid: machine formats get the rows only.
        var result = ResultSet(
            columns: [.init(name: label.name)] + fields.map { .init(name: $0.name) }, rows: cells,
            presentation: .totalled([.text("total \(top)")] + totals))
        result.drawing = .grid(scale: scale, columns: Array(1...fields.count))
        return result
    }

    private func cell(_ table: Table, _ row: Int, _ field: String) -> Cell {
        guard let value = table.value(row: row, field: field), let schema = table.schema.field(named: field) else {
            return .null
        }
        return store.cell(value, of: schema)
    }

    /// The single-valued scale fields of the largest group sharing one vocabulary (two at
    /// least), with that vocabulary's values lowest first; the first such group on a tie.
    static func sharedScale(of schema: SourceSchema) -> (scale: ScaleMeaning, fields: [Field])? {
        var groups: [(name: String, scale: ScaleMeaning, fields: [Field])] = []
        for field in schema.fields {
            guard case .scale(let vocabulary) = field.type else { continue }
            if let index = groups.firstIndex(where: { $0.name == vocabulary.name }) {
                groups[index].fields.append(field)
            } else {
                groups.append((vocabulary.name, vocabulary.meaning, [field]))
            }
        }
        guard let best = groups.filter({ $0.fields.count >= 2 }).max(by: { $0.fields.count < $1.fields.count }) else {
            return nil
        }
        return (best.scale, best.fields)
    }

    /// A row is named by the record it is about when it refers to one (a matrix row by
    /// its study), else by its source's label.
    static func labelField(of schema: SourceSchema) -> Field {
        if let reference = schema.fields.first(where: { if case .ref = $0.type { return true } else { return false } })
        {
            return reference
        }
        return schema.field(named: schema.label) ?? schema.fields[0]
    }
}

extension Interpreter {
    func runGrid(_ query: Query) throws(Diagnostic) -> ResultSet {
        let bound = try binder.bind(query)
        return try GridView(store: store).grid(
            rows(of: bound), of: store.table(named: bound.input.table)!, at: query.source, shown: query.show)
    }

    /// `chart [stacked] count ...`: the count's result, drawn as bars in display modes.
    /// Stacked bars need a crosstab (a count by two fields with one aggregate): the
    /// segments of a bar are then the counts of one row.
    func runChart(_ inner: Statement, stacked: Bool) throws(Diagnostic) -> ResultSet {
        guard case .count(let count) = inner else {
            throw Diagnostic(.notChartable, at: nil)
        }
        // Segments add up to their bar: a count or a sum does, an average or a maximum does not.
        if stacked, let aggregate = count.aggregates.first(where: { !$0.addsUp }) {
            throw Diagnostic(.stackedNeedsAdditive(aggregate: aggregate.text), at: aggregate.range)
        }
        let bound = try binder.bindCount(count)
        // A scale's minimum or maximum is a level (moderat), which has no length to draw.
        for (aggregate, syntax) in zip(bound.aggregates, count.aggregates) {
            if let path = aggregate.path, Binder.isScale(path.field.type) {
                throw Diagnostic(
                    .chartNeedsNumbers(aggregate: aggregate.text, type: path.field.type.spelling), at: syntax.range)
            }
        }
        var result = try runCount(count, noting: true)
        if stacked, case .count(let presentation) = result.presentation, presentation.crosstab == nil {
            throw Diagnostic(.stackedNeedsCrosstab, at: count.query.source.range)
        }
        result.drawing = .bars(stacked: stacked)
        return result
    }
}
