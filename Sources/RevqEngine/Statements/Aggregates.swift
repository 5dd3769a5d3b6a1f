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
            throw Diagnostic(.aggregateNeeds(function: aggregate.function.rawValue, needs: needs, path: path.text, type: type.spelling),
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
///
/// A field of the counted source is read from its value index (a group costs one set
/// intersection per distinct value), or without indexes once into a column of numbers:
/// an aggregate over the review x1000 stays within milliseconds.
struct Aggregator {
    let aggregate: BoundAggregate
    private let reader: FieldReader?
    /// The path's number in each row, when the path has no relation to follow.
    private let column: [Double?]?
    /// Each value of a field of the counted source with its rows, from the value index
    /// (a scale's terms by their place): a group then costs a few set intersections.
    private let runs: [(number: Double, rows: RowSet)]?

    init(_ aggregate: BoundAggregate, catalog: Catalog, usesIndexes: Bool = true) {
        self.aggregate = aggregate
        reader = aggregate.path.map { FieldReader($0, catalog: catalog) }
        guard let path = aggregate.path, path.hops.isEmpty, !path.field.type.isMultiValued else {
            (column, runs) = (nil, nil)
            return
        }
        let index = usesIndexes ? catalog.index(of: path.table) : nil
        if let index, let terms = index.termRows(at: path.position) {
            runs = terms.enumerated().map { (Double($0), RowSet(capacity: index.rowCount, rows: $1)) }
            column = nil
        } else if let index, let numbers = index.numbers(at: path.position) {
            runs = numbers.runs.map { ($0.key, RowSet(capacity: index.rowCount, rows: $0.rows)) }
            column = nil
        } else {
            runs = nil
            column = catalog.table(path.table).rows.map { Self.number($0[path.position]) }
        }
    }

    /// The aggregate of `rows`: null when no row has a value (an average of nothing).
    func value(of rows: RowSet) -> Cell {
        guard let path = aggregate.path else { return .integer(rows.count) }
        var numbers = Numbers(keepsAll: aggregate.function == .median)
        if let runs {
            for run in runs {
                let times = rows.intersection(run.rows).count
                if times > 0 { numbers.add(run.number, times: times) }
            }
        } else {
            // Tallied by value and added in value order, as the runs of an index are, so
            // that a sum of decimals is the same to the last bit with or without indexes.
            var tally: [Double: Int] = [:]
            if let column {
                for row in rows.rows { if let number = column[row] { tally[number, default: 0] += 1 } }
            } else if let reader {
                for row in rows.rows {
                    for element in reader.values(row: row).flatMap(\.elements) {
                        if let number = Self.number(element) { tally[number, default: 0] += 1 }
                    }
                }
            }
            for (number, times) in tally.sorted(by: { $0.key < $1.key }) { numbers.add(number, times: times) }
        }
        guard let result = numbers.result(aggregate.function) else { return .null }
        return cell(result, of: path.field)
    }

    private static func number(_ value: Value) -> Double? {
        switch value {
        case .integer(let number): return Double(number)
        case .number(let number): return number
        case .term(let term): return Double(term)
        default: return nil
        }
    }

    /// Running count, sum, min and max; every number only for a median.
    private struct Numbers {
        let keepsAll: Bool
        var all: [Double] = []
        var count = 0
        var sum = 0.0
        var low = Double.infinity
        var high = -Double.infinity

        init(keepsAll: Bool) { self.keepsAll = keepsAll }

        mutating func add(_ number: Double, times: Int = 1) {
            count += times
            sum += number * Double(times)
            low = Swift.min(low, number)
            high = Swift.max(high, number)
            if keepsAll { all += repeatElement(number, count: times) }
        }

        /// Nil over no numbers.
        func result(_ function: AggregateFunction) -> Double? {
            guard count > 0 else { return nil }
            switch function {
            case .count: return Double(count)
            case .min: return low
            case .max: return high
            case .sum: return sum
            case .avg: return sum / Double(count)
            case .median: return Aggregator.median(all)
            }
        }
    }

    /// The middle number, or the mean of the two middle ones.
    static func median(_ numbers: [Double]) -> Double {
        let sorted = numbers.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
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
