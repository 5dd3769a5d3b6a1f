import RevqCore
import RevqLanguage

/// Random but valid statements over any store's schema: comparisons that fit each
/// field's type, with values taken from the stored data, joined by and/or/not.
package struct RandomStatements {
    package let store: Store
    package var random: SeededGenerator

    package init(store: Store, random: SeededGenerator) {
        self.store = store
        self.random = random
    }

    package mutating func statement() -> String {
        let table = store.tables.filter { $0.count > 0 }.randomElement(using: &random)!
        var text = Bool.random(using: &random) ? "count \(table.name) where " : "\(table.name) where "
        text += condition(in: table, depth: 0)
        if text.hasPrefix("count") {
            let groups = (0..<Int.random(in: 0...2, using: &random)).map { _ in
                table.schema.fields.randomElement(using: &random)!.name
            }
            return groups.isEmpty ? text : text + " by " + groups.joined(separator: ", ") + countClauses(table)
        }
        if let field = table.schema.fields.randomElement(using: &random), Int.random(in: 0..<3, using: &random) == 0 {
            text += " sort by \(field.name)\(Bool.random(using: &random) ? " desc" : "")"
        }
        return text
    }

    /// Now and then aggregates of fields that take them, a sort on one, and a limit.
    mutating func countClauses(_ table: Table) -> String {
        let numeric = table.schema.fields.filter { [.integer, .number, .count].contains(kind($0.type)) }.map(\.name)
        let scales = table.schema.fields.filter { kind($0.type) == .scale }.map(\.name)
        var aggregates = ["count"]
        if let field = numeric.randomElement(using: &random) {
            aggregates.append(["sum", "avg", "median", "min", "max"].randomElement(using: &random)! + "(\(field))")
        }
        if let field = scales.randomElement(using: &random) {
            aggregates.append(["min", "max"].randomElement(using: &random)! + "(\(field))")
        }
        var text = ""
        if Bool.random(using: &random) { text += " show " + aggregates.joined(separator: ", ") }
        if Bool.random(using: &random) {
            text += " sort by \(aggregates.randomElement(using: &random)!)\(Bool.random(using: &random) ? " desc" : "")"
        }
        if Int.random(in: 0..<3, using: &random) == 0 { text += " limit \(Int.random(in: 0...5, using: &random))" }
        return text
    }

    private enum Kind { case integer, number, count, scale, other }

    private func kind(_ type: FieldType) -> Kind {
        switch type {
        case .integer: return .integer
        case .number: return .number
        case .count: return .count
        case .scale: return .scale
        default: return .other
        }
    }

    mutating func condition(in table: Table, depth: Int) -> String {
        switch Int.random(in: 0..<(depth < 3 ? 8 : 5), using: &random) {
        case 3:
            let quantifier = ["", "", "any ", "every ", "no "].randomElement(using: &random)!
            return quantifier + emptiness(in: table)
        case 4:
            // A quantifier before a comparison: the sets and relations are where they matter.
            guard let comparison = comparison(in: table), !comparison.hasPrefix("~") else {
                return emptiness(in: table)
            }
            return ["any", "every", "no"].randomElement(using: &random)! + " " + comparison
        case 5: return "not " + condition(in: table, depth: depth + 1)
        case 6: return "(\(condition(in: table, depth: depth + 1)) and \(condition(in: table, depth: depth + 1)))"
        case 7: return "(\(condition(in: table, depth: depth + 1)) or \(condition(in: table, depth: depth + 1)))"
        default: return comparison(in: table) ?? "~ \(randomWord(in: table) ?? "x")"
        }
    }

    /// `field is [not] empty` on any field, through one relation now and then.
    mutating func emptiness(in table: Table) -> String {
        let field = table.schema.fields.randomElement(using: &random)!
        let test = Bool.random(using: &random) ? "is empty" : "is not empty"
        if let target = field.type.relatedSource, let related = store.table(named: target), Bool.random(using: &random)
        {
            return "\(field.name).\(related.schema.fields.randomElement(using: &random)!.name) \(test)"
        }
        return "\(field.name) \(test)"
    }

    /// A comparison on a random field, through one relation now and then.
    mutating func comparison(in table: Table) -> String? {
        let field = table.schema.fields.randomElement(using: &random)!
        if let target = field.type.relatedSource, let related = store.table(named: target), related.count > 0,
            Bool.random(using: &random), let inner = comparison(in: related), !inner.hasPrefix("~")
        {
            return "\(field.name).\(inner)"
        }
        guard let position = table.schema.position(of: field.name) else { return nil }
        let row = Int.random(in: 0..<table.count, using: &random)
        let value = table.rows[row][position]
        switch field.type {
        case .scale(let vocabulary):
            let op = ["=", "!=", "<", "<=", ">", ">="].randomElement(using: &random)!
            return "\(field.name) \(op) \(quoted(vocabulary.terms.randomElement(using: &random)!.value))"
        case .category(let vocabulary), .set(let vocabulary?):
            let terms = vocabulary.terms.map { quoted($0.value) }
            if Bool.random(using: &random) {
                return "\(field.name) in (\(terms.shuffled(using: &random).prefix(2).joined(separator: ", ")))"
            }
            return "\(field.name) \(Bool.random(using: &random) ? "=" : "!=") \(terms.randomElement(using: &random)!)"
        case .integer, .number, .count, .tally:
            let number = StoredNumber.of(value).map { Int($0) } ?? Int.random(in: 0..<40, using: &random)
            return
                "\(field.name) \(["=", "!=", "<", "<=", ">", ">="].randomElement(using: &random)!) \(number + Int.random(in: -1...1, using: &random))"
        case .text:
            guard case .text(let text) = value, let literal = safe(text) else { return nil }
            if Bool.random(using: &random), let word = randomWord(in: table, field: field) {
                return "\(field.name) ~ \(word)"
            }
            return "\(field.name) \(["=", "!=", "<", ">="].randomElement(using: &random)!) \(literal)"
        case .set(nil):
            guard case .text(let text)? = value.elements.first, let literal = safe(text) else { return nil }
            return "\(field.name) = \(literal)"
        case .ref(let target), .refs(let target), .reverse(let target, _):
            guard let related = store.table(named: target), related.count > 0 else { return nil }
            let label = store.label(ofRow: Int.random(in: 0..<related.count, using: &random), in: target)
            return safe(label).map { "\(field.name) = \($0)" }
        }
    }

    /// A word of some text of the table, sometimes cut to a prefix with `*`.
    mutating func randomWord(in table: Table, field: Field? = nil) -> String? {
        let positions = table.schema.fields.enumerated().filter {
            field == nil ? $0.element.type.searchable : $0.element.name == field!.name
        }.map(\.offset)
        guard let position = positions.randomElement(using: &random) else { return nil }
        let row = Int.random(in: 0..<table.count, using: &random)
        guard case .text(let text)? = table.rows[row][position].elements.first,
            let word = TextFolding.words(text).randomElement(using: &random), Keyword(spelling: word) == nil
        else { return nil }
        if word.count > 3, Bool.random(using: &random) { return String(word.prefix(3)) + "*" }
        return word
    }

    private func quoted(_ text: String) -> String {
        "\"" + text.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\""
    }

    /// A stored text as a quoted literal, or nil when it holds control characters.
    private func safe(_ text: String) -> String? {
        text.unicodeScalars.contains { $0.value < 32 || (0x7F..<0xA0).contains($0.value) } ? nil : quoted(text)
    }
}

extension FieldType {
    var searchable: Bool {
        switch self {
        case .text, .set(nil): return true
        default: return false
        }
    }
}

enum StoredNumber {
    static func of(_ value: Value) -> Double? {
        switch value {
        case .integer(let number): return Double(number)
        case .number(let number): return number
        default: return nil
        }
    }
}
