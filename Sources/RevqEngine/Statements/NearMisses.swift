import RevqCore
import RevqLanguage

/// No silent empty answers: when a query selects no row, each `field = value` on text
/// whose value occurs inside longer values of the field becomes a note with the
/// statement to try (`searches where database ~ ERIC`) and how many rows it gives.
struct NearMisses {
    let context: EvaluationContext

    /// False when `condition` (the query's, bound) has no text `=`: every note is about one,
    /// and each binds to `Test.textEqual`, so no note can follow and nothing is bound again.
    static func mayNote(_ condition: BoundCondition?) -> Bool {
        switch condition {
        case nil, .constant, .counted: return false
        case .predicate(let predicate):
            if case .textEqual = predicate.test { return true }
            return false
        case .and(let parts), .or(let parts): return parts.contains(where: mayNote)
        case .not(let operand): return mayNote(operand)
        }
    }

    /// Notes for `query`, typed as `text`, which selected no row.
    func notes(for query: Query, text: String) -> [String] {
        guard let condition = query.condition else { return [] }
        let equalities = NearMisses.equalities(in: condition)
        guard !equalities.isEmpty, let input = try? context.binder.bindInput(query.source) else { return [] }
        var notes: [String] = []
        for (path, value, operatorRange) in equalities {
            guard let bound = try? context.binder.bindPath(path, from: input.table),
                bound.field.type.searchKind == .text
            else { continue }
            let said = "no row has \(path.text) exactly \(value.spelled)"
            if let (tried, rows) = firstAnswering(NearMisses.widenings(text, operatorRange, value)) {
                notes.append(
                    "\(said), but it occurs inside longer values of \(bound.table).\(bound.field.name): try \(tried) (\(rows))"
                )
            } else if let (tried, rows) = firstAnswering(
                nearLabels(of: bound, value).map { NearMisses.replacing(value.range, in: text, with: $0) })
            {
                notes.append("\(said); a label near it: try \(tried) (\(rows))")
            }
        }
        return notes
    }

    /// `field ~ value`, then, for a quoted value of several words, the words apart.
    static func widenings(_ text: String, _ operatorRange: SourceRange, _ value: Literal) -> [String] {
        var tries = [replacing(operatorRange, in: text, with: "~")]
        let words = value.text.split(separator: " ")
        if value.kind == .string, words.count > 1, words.allSatisfy({ Parser.isBareWord($0) }) {
            let apart = replacing(value.range, in: text, with: words.joined(separator: " "))
            tries.append(replacing(operatorRange, in: apart, with: "~"))
        }
        return tries
    }

    /// A label or alias field compared with a name written a little differently
    /// (`label = "Meyer 2010"`): the near labels, quoted as strings (see `NearNames`).
    private func nearLabels(of path: BoundPath, _ value: Literal) -> [String] {
        let schema = context.store.schema.source(named: path.table)!
        guard [schema.label, Catalog.aliasesField].contains(path.field.name) else { return [] }
        let table = context.catalog.table(path.table)
        let labels = table.rows.indices.map { context.store.label(ofRow: $0, in: path.table) }
        let aliases = schema.position(of: Catalog.aliasesField)
        let names = table.rows.indices.flatMap { row -> [(spelling: String, label: String)] in
            var names = [(spelling: labels[row], label: labels[row])]
            if let aliases {
                for case .text(let alias) in table.rows[row][aliases].elements { names.append((alias, labels[row])) }
            }
            return names
        }
        return NearNames.labels(for: value.text, names: names).prefix(3).map(Quoting.Revq.literal)
    }

    /// The first statement of `tries` that selects rows, with "N rows".
    private func firstAnswering(_ tries: [String]) -> (String, String)? {
        for tried in tries {
            guard case .statement(.query(let widened)) = Parser.parse(tried),
                let bound = try? context.binder.bind(widened)
            else { continue }
            let rows = context.rows(of: bound).count
            guard rows > 0 else { continue }
            return (tried.trimmingTrailingSpace(), rows == 1 ? "1 row" : "\(rows) rows")
        }
        return nil
    }

    /// The `field = value` comparisons that must hold for a row to match: not those
    /// under `not` or beside an `or` alternative that could match instead.
    static func equalities(in condition: Condition) -> [(FieldPath, Literal, SourceRange)] {
        switch condition {
        case .comparison(let path, .equal, let value, let operatorRange): return [(path, value, operatorRange)]
        case .and(let parts): return parts.flatMap(equalities)
        case .quantified(.any, let inner, _), .quantified(.every, let inner, _): return equalities(in: inner)
        default: return []
        }
    }

    /// `text` with the characters of `range` replaced (ranges count characters, as the lexer does).
    static func replacing(_ range: SourceRange, in text: String, with replacement: String) -> String {
        let characters = Array(text)
        return String(characters[..<range.start.offset]) + replacement + String(characters[range.end.offset...])
    }
}
