import RevqCore

/// Statements of revq's language (`Grammar/revq.ebnf`) built from a stream of choices over
/// one store's real sources, fields and values: the structure-aware fuzz target
/// (`Tests/Fuzz/FuzzGrammar.swift`) feeds it libFuzzer's bytes, the tests a seeded stream.
///
/// Each byte picks one alternative of a rule; when the bytes run out every choice takes its
/// first alternative, so any input gives a whole statement. It follows the grammar, not the
/// meaning: an aggregate over a text field or `why 99` are asked on purpose (an error is an
/// answer; a crash is a bug).
///
///     var generator = StatementGenerator(store: store, choices: [1, 4, 0, 2])
///     generator.statement()   // e.g. "count findings by theme show median(support)"
package struct StatementGenerator {
    private let store: Store
    private let choices: [UInt8]
    private var position = 0
    /// Names defined by `let` so far, with the source each stands for.
    private var defined: [(name: String, source: String)] = []
    private var depth = 0

    /// Numbers that have broken number formatting and conversion elsewhere.
    static let oddNumbers = [
        "0", "-0", "1", "-1", "2.5", "0.05", "100", "9223372036854775807", "-9223372036854775808",
        "99999999999999999999", "1.7976931348623157", "0.000000000000000000001",
    ]

    package init(store: Store, choices: some Sequence<UInt8>) {
        self.store = store
        self.choices = Array(choices)
    }

    package var isExhausted: Bool { position >= choices.count }

    /// `statement = query | count | let | explain | "sources" | describe | view | why | grid | chart`
    package mutating func statement() -> String {
        switch pick(10) {
        case 0: return query(of: source())
        case 1: return count(of: source())
        case 2: return letStatement()
        case 3: return "explain " + (pick(2) == 0 ? query(of: source()) : count(of: source()))
        case 4: return "sources"
        case 5: return "describe " + (pick(4) == 0 && !defined.isEmpty ? defined[pick(defined.count)].name : source())
        case 6: return view()
        case 7: return "why \([1 + pick(36), 99, 9999][pick(3)])"
        case 8: return "grid " + optionalWhere(source: source(), prefix: source())
        default: return "chart " + (pick(2) == 0 ? "stacked " : "") + count(of: chartSource())
        }
    }

    // MARK: statements

    /// `query = source , [ "where" , condition ] , { clause }`
    private mutating func query(of source: String) -> String {
        let base = resolved(source)
        var text = optionalWhere(source: base, prefix: source)
        for clause in clauseOrder() {
            switch clause {
            case 0: text += " show " + columns(of: base)
            case 1: text += " sort by " + list(1...3) { $0.path(from: base) + $0.direction() }
            default: text += limit()
            }
        }
        return text
    }

    /// `count = "count" , source , [ "where" , condition ] , [ "by" , paths ] , { count_clause }`
    private mutating func count(of source: String) -> String {
        let base = resolved(source)
        var text = "count " + optionalWhere(source: base, prefix: source)
        if pick(4) != 0 { text += " by " + list(1...2) { $0.path(from: base) } }
        for clause in clauseOrder() {
            switch clause {
            case 0: text += " show " + list(1...3) { $0.aggregate(of: base) }
            case 1:
                text +=
                    " sort by "
                    + list(1...2) { ($0.pick(2) == 0 ? $0.aggregate(of: base) : $0.path(from: base)) + $0.direction() }
            default: text += limit()
            }
        }
        return text
    }

    /// `let = "let" , name , "=" , query`
    private mutating func letStatement() -> String {
        let source = self.source()
        let name = ["komm", "mine", "x", "selection"][pick(4)]
        let text = "let \(name) = " + query(of: source)
        defined.append((name, resolved(source)))
        return text
    }

    /// `view = ( "profile" | "soqf" | "check" ) , [ "where" , condition ]`
    private mutating func view() -> String {
        ["profile", "soqf", "check"][pick(3)] + optionalWhere(source: "findings", prefix: "")
    }

    private mutating func optionalWhere(source: String, prefix: String) -> String {
        pick(3) == 0 ? prefix : prefix + " where " + condition(over: source)
    }

    /// Each clause at most once, in any order.
    private mutating func clauseOrder() -> [Int] {
        var order: [Int] = []
        for clause in [0, 1, 2] where pick(2) == 1 { order.insert(clause, at: pick(order.count + 1)) }
        return order
    }

    /// `limit = "limit" , number , [ "with" , "ties" ]`
    private mutating func limit() -> String {
        " limit \([0, 1, 2, 3, 5, 40][pick(6)])" + (pick(2) == 0 ? " with ties" : "")
    }

    /// `columns = column , { "," , column }`, `column = "*" | path`
    private mutating func columns(of source: String) -> String {
        list(1...4) { $0.pick(6) == 0 ? "*" : $0.path(from: source) }
    }

    /// `aggregate = "count" , [ "(" , [ "distinct" ] , path , ")" ] | "percent" | ( "min" | ... ) , "(" , path , ")"`
    private mutating func aggregate(of source: String) -> String {
        switch pick(5) {
        case 0: return "count"
        case 1: return "percent"
        case 2: return "count(" + (pick(2) == 0 ? "distinct " : "") + path(from: source) + ")"
        default: return ["min", "max", "sum", "avg", "median"][pick(5)] + "(" + aggregatedPath(from: source) + ")"
        }
    }

    /// A field an aggregate takes (a number or a scale) three times in four, so that the
    /// aggregates a crash hides in (`chart count findings show min(confidence)`) are asked
    /// often, not by chance alone; else any path (an error is an answer too).
    private mutating func aggregatedPath(from source: String) -> String {
        let fields =
            store.schema.source(named: resolved(source))?.fields.filter { field in
                switch field.type {
                case .integer, .number, .count, .scale: return true
                default: return false
                }
            } ?? []
        guard !fields.isEmpty, pick(4) != 0 else { return path(from: source) }
        return fields[pick(fields.count)].name
    }

    private mutating func direction() -> String { ["", " asc", " desc"][pick(3)] }

    // MARK: conditions

    /// `condition = conjunction , { "or" , conjunction }` down to `primary`, at most a few levels deep.
    private mutating func condition(over source: String) -> String {
        depth += 1
        defer { depth -= 1 }
        let choice = depth > 3 ? 5 + pick(4) : pick(9)
        switch choice {
        case 0: return condition(over: source) + " or " + condition(over: source)
        case 1: return condition(over: source) + " and " + condition(over: source)
        case 2: return "not " + condition(over: source)
        case 3: return "(" + condition(over: source) + ")"
        case 4:
            return "count(" + (pick(2) == 0 ? "distinct " : "") + path(from: source) + ") "
                + ["=", "!=", "<>", "<", "<=", ">", ">="][pick(7)] + " " + String(pick(6))
        case 5: return "~ " + searchValue()
        case 6: return ["any ", "every ", "no "][pick(3)] + comparison(over: source)
        default: return comparison(over: source)
        }
    }

    /// `comparison = path , operator , value | membership | emptiness`
    private mutating func comparison(over source: String) -> String {
        let (text, field) = pathAndField(from: source)
        switch pick(6) {
        case 0: return text + " is " + (pick(2) == 0 ? "not " : "") + "empty"
        case 1:
            let negation = pick(2) == 0 ? "not " : ""
            if pick(3) == 0, !defined.isEmpty { return text + " \(negation)in " + defined[pick(defined.count)].name }
            return text + " \(negation)in (" + list(1...3) { $0.value(of: field) } + ")"
        default: return text + " " + comparisonOperator() + " " + value(of: field)
        }
    }

    private mutating func comparisonOperator() -> String { ["=", "!=", "<>", "<", "<=", ">", ">=", "~"][pick(8)] }

    // MARK: names and values

    /// A source of the schema or, now and then, a name `let` defined.
    private mutating func source() -> String {
        if !defined.isEmpty, pick(4) == 0 { return defined[pick(defined.count)].name }
        let sources = store.schema.sources
        return sources[pick(sources.count)].name
    }

    /// A chart's source: three times in four one with a scale field, whose minimum or maximum
    /// a chart cannot draw as a length (the crash `chart count findings show min(confidence)`
    /// hid there, and uniform sources reached it once in thousands of charts).
    private mutating func chartSource() -> String {
        let scaled = store.schema.sources.filter {
            $0.fields.contains { if case .scale = $0.type { true } else { false } }
        }
        guard !scaled.isEmpty, pick(4) != 0 else { return source() }
        return scaled[pick(scaled.count)].name
    }

    /// The schema source a name stands for.
    private func resolved(_ name: String) -> String {
        defined.last(where: { $0.name == name })?.source ?? name
    }

    private mutating func path(from source: String) -> String { pathAndField(from: source).text }

    /// `path = name , { "." , name } | quoted_path`: a field, through up to two relations.
    private mutating func pathAndField(from source: String) -> (text: String, field: Field?) {
        var names: [String] = []
        var current = store.schema.source(named: source)
        var field: Field?
        repeat {
            guard let schema = current, !schema.fields.isEmpty else { break }
            let chosen = schema.fields[pick(schema.fields.count)]
            names.append(chosen.name)
            field = chosen
            current = chosen.type.relatedSource.flatMap(store.schema.source(named:))
        } while current != nil && names.count < 3 && pick(2) == 0
        if names.isEmpty { return ("id", nil) }
        let text = names.joined(separator: ".")
        return (pick(8) == 0 ? "\"\(text)\"" : text, field)
    }

    /// `value = string | bare , { bare }`: a term of the field's vocabulary, a value a record
    /// holds, an odd number, or a word.
    private mutating func value(of field: Field?) -> String {
        switch pick(5) {
        case 0:
            guard let terms = field?.type.vocabulary?.terms, !terms.isEmpty else { return oddNumber() }
            return quoted(terms[pick(terms.count)].value)
        case 1, 2: return heldValue(of: field) ?? oddNumber()
        case 3: return oddNumber()
        default: return ["ja", "Norge", "høy", "any", "no", "empty", "'with ties'", "*relasjon", "hjemme*"][pick(9)]
        }
    }

    /// A value some record of the store holds in a field of that name.
    private mutating func heldValue(of field: Field?) -> String? {
        guard let field else { return nil }
        for table in store.tables where !table.rows.isEmpty {
            guard let column = table.schema.position(of: field.name) else { continue }
            let value = table.rows[pick(table.rows.count)][column].elements.first ?? table.rows[0][column]
            guard !value.isNull else { return nil }
            let text = store.display(value, of: table.schema.fields[column])
            return text.isEmpty ? nil : quoted(text)
        }
        return nil
    }

    private mutating func searchValue() -> String {
        ["fravær skole", "hjemmebes*", "\"god relasjon\"", "*relasjon", "SMS", "tillit", "'a'"][pick(7)]
    }

    private mutating func oddNumber() -> String { Self.oddNumbers[pick(Self.oddNumbers.count)] }

    /// `string`, its quotes doubled; control characters (which no string may hold) as spaces.
    private func quoted(_ text: String) -> String {
        let cleaned = String(
            text.unicodeScalars.map { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) ? " " : Character($0) })
        return "\"" + cleaned.replacingAll("\"", with: "\"\"") + "\""
    }

    // MARK: choices

    /// 1 to `range.upperBound` items from `item`, joined by ", ".
    private mutating func list(_ range: ClosedRange<Int>, _ item: (inout StatementGenerator) -> String) -> String {
        let count = range.lowerBound + pick(range.count)
        var items: [String] = []
        for _ in 0..<count { items.append(item(&self)) }
        return items.joined(separator: ", ")
    }

    /// The next choice among `count` alternatives; the first once the bytes run out.
    package mutating func pick(_ count: Int) -> Int {
        guard count > 1, position < choices.count else { return 0 }
        var raw = Int(choices[position])
        position += 1
        if count > 256, position < choices.count {
            raw = raw << 8 | Int(choices[position])
            position += 1
        }
        return raw % count
    }
}

extension String {
    fileprivate func replacingAll(_ target: Character, with replacement: String) -> String {
        var result = ""
        for character in self { if character == target { result += replacement } else { result.append(character) } }
        return result
    }
}
