import RevqCore
import RevqLanguage

/// An aggregate of `count ... show`, checked against the schema: `count`, or a function
/// of a numeric field (min, max, sum, avg, median) or of a scale (min, max by its order).
struct BoundAggregate: Sendable {
    let function: AggregateFunction
    /// Nil for `count` and `percent`.
    let path: BoundPath?
    /// `count(distinct path)`.
    var distinct = false
    /// `percent(path)`: which `by` path, by its place, the share is taken within.
    var within: Int? = nil
    /// As written: the column's name (`avg(support)`).
    let text: String
    /// Where it is written, for an error about its result.
    var range: SourceRange? = nil

    static let count = BoundAggregate(function: .count, path: nil, text: "count")

    /// True for a plain `count` of the records (not `count(distinct path)`).
    var countsRecords: Bool { function == .count && path == nil }
}

extension Binder {
    /// aggregate -> "count" | function "(" path ")": the function must suit the field.
    func bindAggregate(_ aggregate: Aggregate, from source: String) throws(Diagnostic) -> BoundAggregate {
        guard let typed = aggregate.path else {
            return aggregate.function == .percent
                ? BoundAggregate(function: .percent, path: nil, text: "percent") : .count
        }
        let path = try bindPath(typed, from: source)
        let type = path.field.type
        let fits: Bool
        switch aggregate.function {
        case .count, .percent: fits = true
        case .min, .max: fits = Self.isNumeric(type) || Self.isScale(type)
        case .sum, .avg, .median: fits = Self.isNumeric(type)
        }
        guard fits else {
            let needs = [.min, .max].contains(aggregate.function) ? "a number or a scale" : "a number"
            let numeric = schema.source(named: path.table)!.fields.filter { Self.isNumeric($0.type) }.map(\.name)
            throw Diagnostic(
                .aggregateNeeds(
                    function: aggregate.function.rawValue, needs: needs, path: path.text, type: type.spelling),
                at: typed.range,
                hint: Self.isScale(type)
                    ? .minMaxTakeScale(path: path.text) : .numericFields(source: path.table, fields: numeric))
        }
        var bound = BoundAggregate(
            function: aggregate.function, path: path, text: aggregate.text, range: aggregate.range)
        bound.distinct = aggregate.distinct
        return bound
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
/// an aggregate over the review x1000 stays within milliseconds. An integer field is
/// added up exactly (`WholeNumbers`), never through a double that a large value would
/// round past Int.max; a result that no cell can hold is an error naming the aggregate.
struct Aggregator {
    let aggregate: BoundAggregate
    private let reader: FieldReader?
    /// The path's number in each row, when the path has no relation to follow.
    private let column: [Double?]?
    /// Each value of a field of the counted source with its rows, from the value index
    /// (a scale's terms by their place): a group then costs a few set intersections.
    private let runs: [(number: Double, rows: RowSet)]?
    /// The path's whole number in each row, for an integer field of the counted source.
    private let integers: [Int?]?

    /// How many rows were counted in all: what `percent` is a share of.
    private let whole: Int

    init(_ aggregate: BoundAggregate, catalog: Catalog, usesIndexes: Bool = true, whole: Int = 0) {
        self.aggregate = aggregate
        self.whole = whole
        reader = aggregate.path.map { FieldReader($0, catalog: catalog) }
        // count(path) counts values as they are, not as numbers: it reads them through the path.
        guard ![.count, .percent].contains(aggregate.function), let path = aggregate.path, path.hops.isEmpty,
            !path.field.type.isMultiValued
        else {
            (column, runs, integers) = (nil, nil, nil)
            return
        }
        let index = usesIndexes ? catalog.index(of: path.table) : nil
        if Self.isWhole(path.field.type) {
            integers = catalog.table(path.table).rows.map { Self.whole($0[path.position]) }
            (column, runs) = (nil, nil)
        } else if let index, let terms = index.termRows(at: path.position) {
            runs = terms.enumerated().map { (Double($0), RowSet(capacity: index.rowCount, rows: $1)) }
            (column, integers) = (nil, nil)
        } else if let index, let numbers = index.numbers(at: path.position) {
            runs = numbers.runs.map { ($0.key, RowSet(capacity: index.rowCount, rows: $0.rows)) }
            (column, integers) = (nil, nil)
        } else {
            (runs, integers) = (nil, nil)
            column = catalog.table(path.table).rows.map { Self.number($0[path.position]) }
        }
    }

    /// The aggregate of `rows`: null when no row has a value (an average of nothing).
    /// `within`: the rows a `percent(p)` is a share of (the group's value of p); nil for
    /// every row counted, as in totals and the margin along another path.
    func value(of rows: RowSet, within: RowSet? = nil) throws(Diagnostic) -> Cell {
        if aggregate.function == .percent {
            let whole = within?.count ?? self.whole
            return whole == 0 ? .null : .number((Double(rows.count) * 1000 / Double(whole)).rounded() / 10)
        }
        guard let path = aggregate.path else { return .integer(rows.count) }
        if aggregate.function == .count, let reader { return .integer(countedValues(of: rows, reader: reader)) }
        if Self.isWhole(path.field.type) { return try wholeValue(of: rows, reader: reader!) }
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
        guard result.isFinite else { throw tooLarge(path) }
        return cell(result, of: path.field)
    }

    /// The values `count(path)` reaches in `rows`; with `distinct`, each value once.
    private func countedValues(of rows: RowSet, reader: FieldReader) -> Int {
        var count = 0
        var seen = Set<Value>()
        for row in rows.rows {
            for element in reader.values(row: row).flatMap(\.elements) {
                if aggregate.distinct { seen.insert(element) } else { count += 1 }
            }
        }
        return aggregate.distinct ? seen.count : count
    }

    /// The aggregate of an integer field over `rows`, added up exactly.
    private func wholeValue(of rows: RowSet, reader: FieldReader) throws(Diagnostic) -> Cell {
        var numbers = WholeNumbers(keepsAll: aggregate.function == .median)
        if let integers {
            for row in rows.rows { if let number = integers[row] { numbers.add(number) } }
        } else {
            for row in rows.rows {
                for element in reader.values(row: row).flatMap(\.elements) {
                    if let number = Self.whole(element) { numbers.add(number) }
                }
            }
        }
        guard numbers.count > 0 else { return .null }
        switch aggregate.function {
        case .count, .percent: return .integer(numbers.count)
        case .min: return .integer(numbers.low)
        case .max: return .integer(numbers.high)
        case .sum:
            guard let sum = Int(exactly: numbers.sum) else { throw tooLarge(aggregate.path!) }
            return .integer(sum)
        case .avg: return .number(Double(numbers.sum) / Double(numbers.count))
        case .median: return .number(numbers.median())
        }
    }

    /// "sum(value) is too large to show": a double past ±1.8e308, a whole number past Int.max.
    private func tooLarge(_ path: BoundPath) -> Diagnostic {
        let limit =
            Self.isWhole(path.field.type) ? String(Int.max) : NumberFormatting.shortest(Double.greatestFiniteMagnitude)
        return Diagnostic(
            .aggregateTooLarge(aggregate: aggregate.text, field: path.text, limit: limit), at: aggregate.range)
    }

    /// Integer fields, whose aggregates are computed on whole numbers.
    private static func isWhole(_ type: FieldType) -> Bool {
        switch type {
        case .integer, .count: return true
        default: return false
        }
    }

    private static func whole(_ value: Value) -> Int? {
        if case .integer(let number) = value { return number }
        return nil
    }

    private static func number(_ value: Value) -> Double? {
        switch value {
        case .integer(let number): return Double(number)
        case .number(let number): return number
        case .term(let term): return Double(term)
        default: return nil
        }
    }

    /// The result typed as the field: a scale's term by name, a number field's min, max
    /// and sum as numbers, averages and medians as numbers.
    private func cell(_ result: Double, of field: Field) -> Cell {
        if let vocabulary = field.type.vocabulary, Binder.isScale(field.type) {
            return .text(vocabulary.terms[Int(result)].value)
        }
        return .number(result)
    }

    /// A key to sort groups on this aggregate (a scale by its order).
    func sortValue(of rows: RowSet, within: RowSet? = nil) throws(Diagnostic) -> SortValue {
        switch try value(of: rows, within: within) {
        case .integer(let number): return .number(Double(number))
        case .number(let number): return .number(number)
        case .text(let text):
            if let vocabulary = aggregate.path?.field.type.vocabulary,
                let term = vocabulary.terms.firstIndex(where: { $0.value == text })
            {
                return .number(Double(term))
            }
            return .text(CollationKey(text))
        default: return .null
        }
    }
}
