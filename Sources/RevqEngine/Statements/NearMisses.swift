import RevqCore
import RevqLanguage

/// No silent empty answers: when a query selects no row, each `field = value` on text
/// whose value occurs inside longer values of the field becomes a note with the
/// statement to try (`searches where database ~ ERIC`) and how many rows it gives.
struct NearMisses {
    let interpreter: Interpreter

    /// Notes for `query`, typed as `text`, which selected no row.
    func notes(for query: Query, text: String) -> [String] {
        guard let condition = query.condition, let input = try? interpreter.binder.bindInput(query.source) else { return [] }
        var notes: [String] = []
        for (path, value, operatorRange) in NearMisses.equalities(in: condition) {
            guard let bound = try? interpreter.binder.bindPath(path, from: input.table), bound.field.type.searchKind == .text else { continue }
            let tried = NearMisses.replacing(operatorRange, in: text, with: "~")
            guard case .statement(.query(let widened)) = Parser.parse(tried),
                  let result = try? interpreter.runQuery(widened, text: nil), !result.rows.isEmpty else { continue }
            let rows = result.rows.count == 1 ? "1 row" : "\(result.rows.count) rows"
            notes.append("no row has \(path.text) exactly \(Binder.quoted(value)), but it occurs inside longer values of \(bound.table).\(bound.field.name): try \(tried.trimmingTrailingSpace()) (\(rows))")
        }
        return notes
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
