import RevqCore
import RevqLanguage

/// `show`, `sort by` and `limit` of a view (`profile where ... show number, confidence`):
/// the same clauses as a query's, over the columns the view makes rather than the fields of
/// its source. A view is a query whose answer is already laid out.
package struct ViewClauses {
    let query: Query
    /// The view's name, for errors ("unknown column 'x' of profile").
    let view: String

    package init(query: Query, view: String) {
        self.query = query
        self.view = view
    }

    package func apply(to result: ResultSet) throws(Diagnostic) -> ResultSet {
        guard !query.show.isEmpty || !query.sort.isEmpty || query.limit != nil else { return result }
        var shown = result
        let data = result.hasTotalsRow ? Array(result.rows.dropLast()) : result.rows
        try Binder.checkTies(query.withTies, sorted: !query.sort.isEmpty, limit: query.limit)
        let keys = try sortColumns(of: result)
        var rows = sorted(data, by: keys)
        if let limit = query.limit, case .number(let number) = limit.kind, Int(number) < rows.count {
            var end = Int(number)
            let tie = { (row: [Cell]) in keys.map { Self.sortKey(row[$0.column]) } }
            if query.withTies, end > 0 { while end < rows.count, tie(rows[end]) == tie(rows[end - 1]) { end += 1 } }
            rows = Array(rows.prefix(end))
        }
        let columns = try chosen(of: result)
        shown.rows = (rows + (result.hasTotalsRow ? [result.rows.last!] : [])).map { row in columns.map { row[$0] } }
        shown.columns = columns.map { result.columns[$0] }
        return shown
    }

    /// The columns `show` names, in its order (`*`: all); every column without `show`.
    private func chosen(of result: ResultSet) throws(Diagnostic) -> [Int] {
        guard !query.show.isEmpty else { return Array(result.columns.indices) }
        var chosen: [Int] = []
        for path in query.show {
            if path.isStar { chosen += result.columns.indices } else { chosen.append(try column(path, of: result)) }
        }
        return chosen
    }

    private func column(_ path: FieldPath, of result: ResultSet) throws(Diagnostic) -> Int {
        let wanted = TextFolding.fold(path.text)
        if let index = result.columns.firstIndex(where: { TextFolding.fold($0.name) == wanted }) { return index }
        let names = result.columns.map(\.name)
        throw Diagnostic(
            .unknownField(path.text, source: view), at: path.range,
            hint: Suggestions.hint(for: path.text, among: names, kind: .columns(of: view)))
    }

    /// The rows in `sort by` order, ties in the view's own order; numbers by value, text in
    /// Norwegian order, blanks last.
    private func sorted(_ rows: [[Cell]], by keys: [(column: Int, descending: Bool)]) -> [[Cell]] {
        guard !keys.isEmpty else { return rows }
        return SortValue.sorted(
            rows, keys: rows.map { row in keys.map { Self.sortKey(row[$0.column]) } },
            descending: keys.map(\.descending))
    }

    private func sortColumns(of result: ResultSet) throws(Diagnostic) -> [(column: Int, descending: Bool)] {
        var keys: [(column: Int, descending: Bool)] = []
        for key in query.sort { keys.append((try column(key.path, of: result), key.descending)) }
        return keys
    }

    static func sortKey(_ cell: Cell) -> SortValue {
        switch cell {
        case .integer(let number): return .number(Double(number))
        case .number(let number): return .number(number)
        case .null, .list([]): return .null
        default: return .text(CollationKey(cell.text))
        }
    }
}
