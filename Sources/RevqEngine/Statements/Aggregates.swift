import RevqCore
import RevqLanguage

/// An aggregate of `count ... show`, checked against the schema: `count`, or a function
/// of a numeric field (min, max, sum, avg, median) or of a scale (min, max by its order).
struct BoundAggregate: Sendable {
    let function: AggregateFunction
    /// Nil for `count`.
    let path: BoundPath?
    /// As written: the column's name (`avg(support)`).
    let text: String

    static let count = BoundAggregate(function: .count, path: nil, text: "count")
}

extension Binder {
    /// aggregate -> "count" | function "(" path ")": the function must suit the field.
    func bindAggregate(_ aggregate: Aggregate, from source: String) throws(Diagnostic) -> BoundAggregate {
        guard let typed = aggregate.path else { return .count }
        let path = try bindPath(typed, from: source)
        let type = path.field.type
        let fits: Bool
        switch aggregate.function {
        case .count: fits = true
        case .min, .max: fits = Self.isNumeric(type) || Self.isScale(type)
        case .sum, .avg, .median: fits = Self.isNumeric(type)
        }
        guard fits else {
            let needs = [.min, .max].contains(aggregate.function) ? "a number or a scale" : "a number"
            let numeric = schema.source(named: path.table)!.fields.filter { Self.isNumeric($0.type) }.map(\.name)
            throw Diagnostic(.error, "\(aggregate.function.rawValue) needs \(needs); '\(path.text)' is \(type.spelling)",
                             at: typed.range,
                             hint: Self.isScale(type) ? "min and max take a scale: min(\(path.text)), max(\(path.text))"
                                 : "numeric fields of \(path.table): " + (numeric.isEmpty ? "none" : numeric.joined(separator: ", ")))
        }
        return BoundAggregate(function: aggregate.function, path: path, text: aggregate.text)
    }

    static func isNumeric(_ type: FieldType) -> Bool {
        switch type {
        case .integer, .number, .count: return true
        default: return false
        }
    }

    static func isScale(_ type: FieldType) -> Bool {
        if case .scale = type { return true }
        return false
    }
}

/// Computes aggregates over a group's rows. Through a relation, every related value of
/// every row counts (`avg(study.year)` averages the years of the studies of the group).
struct Aggregator {
    let aggregate: BoundAggregate
    private let reader: FieldReader?

    init(_ aggregate: BoundAggregate, catalog: Catalog) {
        self.aggregate = aggregate
        reader = aggregate.path.map { FieldReader($0, catalog: catalog) }
    }

    /// The aggregate of `rows`: null when no row has a value (an average of nothing).
    func value(of rows: RowSet) -> Cell {
        guard let reader, let path = aggregate.path else { return .integer(rows.count) }
        var numbers: [Double] = []
        for row in rows.rows {
            for element in reader.values(row: row).flatMap(\.elements) {
                switch element {
                case .integer(let number): numbers.append(Double(number))
                case .number(let number): numbers.append(number)
                case .term(let term): numbers.append(Double(term))
                default: continue
                }
            }
        }
        guard !numbers.isEmpty else { return .null }
        return cell(Self.compute(aggregate.function, numbers), of: path.field)
    }

    /// The function's result over a non-empty list of numbers (scale terms by their place).
    static func compute(_ function: AggregateFunction, _ numbers: [Double]) -> Double {
        switch function {
        case .count: return Double(numbers.count)
        case .min: return numbers.min()!
        case .max: return numbers.max()!
        case .sum: return numbers.reduce(0, +)
        case .avg: return numbers.reduce(0, +) / Double(numbers.count)
        case .median:
            let sorted = numbers.sorted()
            let middle = sorted.count / 2
            return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
        }
    }

    /// The result typed as the field: a scale's term by name, an integer field's min, max
    /// and sum as integers, averages and medians as numbers.
    private func cell(_ result: Double, of field: Field) -> Cell {
        if let vocabulary = field.type.vocabulary, Binder.isScale(field.type) { return .text(vocabulary.terms[Int(result)].value) }
        let keepsIntegers = [.min, .max, .sum].contains(aggregate.function)
        if keepsIntegers, case .number = field.type { return .number(result) }
        return keepsIntegers ? .integer(Int(result)) : .number(result)
    }

    /// A key to sort groups on this aggregate (a scale by its order).
    func sortValue(of rows: RowSet) -> SortValue {
        switch value(of: rows) {
        case .integer(let number): return .number(Double(number))
        case .number(let number): return .number(number)
        case .text(let text):
            if let vocabulary = aggregate.path?.field.type.vocabulary,
               let term = vocabulary.terms.firstIndex(where: { $0.value == text }) { return .number(Double(term)) }
            return .text(CollationKey(text))
        default: return .null
        }
    }
}
