import RevqCore
import RevqEngine
import RevqLanguage

/// Reads the findings' fields by name for the views; a view over a dataset without the
/// field gets an empty cell rather than a crash.
struct FindingRecords {
    /// The source every view (and `why`) selects from: its condition is over its fields.
    static let source = "findings"

    let store: Store
    let table: Table

    init?(store: Store) {
        guard let table = store.table(named: Self.source) else { return nil }
        self.store = store
        self.table = table
    }

    /// The field's value in `row` as a cell (a vocabulary value by its spelling).
    func cell(_ row: Int, _ field: String) -> Cell {
        guard let value = table.value(row: row, field: field), let schema = table.schema.field(named: field) else {
            return .null
        }
        return store.cell(value, of: schema)
    }

    /// Vedlegg 4's value where the data keeps one apart (`appendix_FIELD`), else Tabell 9's.
    func appendixCell(_ row: Int, _ field: String) -> Cell {
        let appendix = cell(row, "appendix_" + field)
        return appendix == .null ? cell(row, field) : appendix
    }

    /// The rows of the studies a finding's row relates to through `field` (`study`).
    func studyRows(_ row: Int, _ field: String) -> [Int] {
        guard let value = table.value(row: row, field: field) else { return [] }
        return value.elements.compactMap { if case .ref(let target) = $0 { return target } else { return nil } }
    }

    /// The studies Vedlegg 4 lists for the finding: its own list where it differs, else Tabell 9's.
    func appendixStudyRows(_ row: Int) -> [Int] {
        let appendix = studyRows(row, "appendix_study")
        return appendix.isEmpty ? studyRows(row, "study") : appendix
    }

    /// The finding's number, which orders the views as the report numbers them.
    func number(_ row: Int) -> Int {
        if case .integer(let number) = cell(row, "number") { return number }
        return row + 1
    }
}
