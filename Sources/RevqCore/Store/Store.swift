/// The whole review in memory: one table per source of the schema.
///
///     let store = try DatasetLoader.load(directory: "Datasets/review")
///     store.table(named: "findings")?.count   // 33
public final class Store: Sendable {
    public let schema: Schema
    public let tables: [Table]
    private let tableByName: [String: Int]

    public init(schema: Schema, tables: [Table]) {
        self.schema = schema
        self.tables = tables
        self.tableByName = Dictionary(tables.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { first, _ in first })
    }

    public func table(named name: String) -> Table? {
        tableByName[name].map { tables[$0] }
    }

    /// How a value reads to a person: a vocabulary value by its spelling, a related
    /// record by its label, several values joined by "; ".
    public func display(_ value: Value, of field: Field) -> String {
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
    public func label(ofRow row: Int, in sourceName: String?) -> String {
        guard let sourceName, let table = table(named: sourceName),
              let labelValue = table.value(row: row, field: table.schema.label),
              let labelField = table.schema.field(named: table.schema.label)
        else { return "#\(row + 1)" }
        return display(labelValue, of: labelField)
    }

    /// A value as a result cell, typed for JSON: numbers as numbers, a related record as
    /// its typed label (finding 16 is the integer 16), a set or to-many relation as a list
    /// (empty when it holds nothing: never null).
    public func cell(_ value: Value, of field: Field) -> Cell {
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
    public func labelCell(ofRow row: Int, in sourceName: String?) -> Cell {
        guard let sourceName, let table = table(named: sourceName),
              let labelValue = table.value(row: row, field: table.schema.label),
              let labelField = table.schema.field(named: table.schema.label), !labelValue.isNull
        else { return .text(label(ofRow: row, in: sourceName)) }
        return cell(labelValue, of: labelField)
    }
}
