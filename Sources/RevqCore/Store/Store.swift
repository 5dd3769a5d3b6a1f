import Synchronization

/// The whole review in memory: one table per source of the schema.
///
/// A store read from the compiled cache decodes each table on its first use (a statement
/// about findings does not pay for the report's prose); one loaded from the TSV files has
/// every table from the start. Either way each table is decoded at most once, under a lock.
///
///     let store = try DatasetLoader.load(directory: "Datasets/review")
///     store.table(named: "findings")?.count   // 33
package final class Store: Sendable {
    package let schema: Schema
    /// Each table's name, in order (the schema's sources, or the tables given).
    package let tableNames: [String]
    /// Each table's row count, known before it is decoded.
    package let rowCounts: [Int]
    private let tableByName: [String: Int]
    private let loaded: Mutex<[Table?]>
    /// Decodes table `index`; nil for a store whose tables were all given.
    private let decode: (@Sendable (Int) -> Table)?

    package init(schema: Schema, tables: [Table]) {
        self.schema = schema
        self.tableNames = tables.map(\.name)
        self.rowCounts = tables.map(\.count)
        self.tableByName = Self.positions(of: tableNames)
        self.loaded = Mutex(tables)
        self.decode = nil
    }

    /// A store whose table `index` is `decode(index)`, decoded when first asked for;
    /// `decode` must give the same table whenever it is called, and must not fail.
    package init(schema: Schema, rowCounts: [Int], decode: @escaping @Sendable (Int) -> Table) {
        self.schema = schema
        self.tableNames = schema.sources.map(\.name)
        self.rowCounts = rowCounts
        self.tableByName = Self.positions(of: tableNames)
        self.loaded = Mutex([Table?](repeating: nil, count: tableNames.count))
        self.decode = decode
    }

    private static func positions(of names: [String]) -> [String: Int] {
        Dictionary(names.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Every table, decoding those not yet used (export, audit and the tests want all).
    package var tables: [Table] {
        tableNames.indices.map(table(at:))
    }

    package func table(named name: String) -> Table? {
        tableByName[name].map(table(at:))
    }

    /// The rows of the table named `name` without decoding it; nil when there is none.
    package func rowCount(ofTable name: String) -> Int? {
        tableByName[name].map { rowCounts[$0] }
    }

    package func table(at index: Int) -> Table {
        loaded.withLock { tables in
            if let table = tables[index] { return table }
            let table = decode!(index)
            tables[index] = table
            return table
        }
    }

    /// How many tables have been decoded so far (for tests: laziness is otherwise invisible).
    package var decodedTableCount: Int {
        loaded.withLock { $0.count { $0 != nil } }
    }

    /// How a value reads to a person: a vocabulary value by its spelling, a related
    /// record by its label, several values joined by "; ".
    package func display(_ value: Value, of field: Field) -> String {
        switch value {
        case .null: return ""
        case .text(let text): return text
        case .integer(let number): return String(number)
        case .number(let number): return NumberFormatting.shortest(number)
        case .term(let index): return field.type.vocabulary.map { $0.terms[index].value } ?? String(index)
        case .ref(let row): return label(ofRow: row, in: field.type.relatedSource)
        case .list(let values): return values.map { display($0, of: field) }.joined(separator: "; ")
        }
    }

    /// The label of a related record (its source's label field), or its row number.
    package func label(ofRow row: Int, in sourceName: String?) -> String {
        guard let sourceName, let table = table(named: sourceName),
              let labelValue = table.value(row: row, field: table.schema.label),
              let labelField = table.schema.field(named: table.schema.label)
        else { return "#\(row + 1)" }
        return display(labelValue, of: labelField)
    }

    /// A value as a result cell, typed for JSON: numbers as numbers, a related record as
    /// its typed label (finding 16 is the integer 16), a set or to-many relation as a list
    /// (empty when it holds nothing: never null).
    package func cell(_ value: Value, of field: Field) -> Cell {
        switch value {
        case .null: return field.type.isMultiValued ? .list([]) : .null
        case .integer(let number): return .integer(number)
        case .number(let number): return .number(number)
        case .ref(let row): return labelCell(ofRow: row, in: field.type.relatedSource)
        case .list(let values): return .list(values.map { cell($0, of: field) })
        default: return .text(display(value, of: field))
        }
    }

    /// The label of a related record as a typed cell (see `label(ofRow:in:)`).
    package func labelCell(ofRow row: Int, in sourceName: String?) -> Cell {
        guard let sourceName, let table = table(named: sourceName),
              let labelValue = table.value(row: row, field: table.schema.label),
              let labelField = table.schema.field(named: table.schema.label), !labelValue.isNull
        else { return .text(label(ofRow: row, in: sourceName)) }
        return cell(labelValue, of: labelField)
    }
}
