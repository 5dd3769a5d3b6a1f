import RevqCore
import RevqEngine

extension StatementOutcome {
    /// The result's rows, or nil for any other outcome.
    var resultSet: ResultSet? {
        if case .rows(let result) = self { return result }
        return nil
    }

    var diagnostics: [Diagnostic] {
        if case .failure(let diagnostics) = self { return diagnostics }
        return []
    }

    var isIncomplete: Bool {
        if case .incomplete = self { return true }
        return false
    }
}

extension ResultSet {
    /// The text of column `name` in every row (totals included).
    func column(_ name: String) -> [String] {
        guard let index = columns.firstIndex(where: { $0.name == name }) else { return [] }
        return rows.map { $0[index].text }
    }
}
