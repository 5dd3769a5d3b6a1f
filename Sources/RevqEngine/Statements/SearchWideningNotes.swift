import RevqCore
import RevqLanguage

/// Every answer complete however it is asked: a `~` word finds its inflections (relasjon,
/// relasjonen, relasjoner), not longer words. Where the same word as a prefix
/// (`relasjon*`: relasjonsbygging) or as the end of a compound (`*relasjon`:
/// samarbeidsrelasjonen) selects more rows, a note says so with the statement to try.
///
///     findings where text ~ relasjon
///     note: relasjon* also finds words that begin with relasjon (relasjonsbygging, …) in 1 more row: try ...
struct SearchWideningNotes {
    let context: EvaluationContext

    /// Notes for the statement typed as `text`, whose condition is `condition`.
    func notes(for condition: Condition?, text: String) -> [String] {
        // Most statements search nothing: they pay for no second evaluation.
        guard let condition else { return [] }
        let searches = Self.searches(in: condition)
        guard !searches.isEmpty, let selected = selectedRows(text) else { return [] }
        var notes: [String] = []
        for (field, value) in searches {
            let words = value.text.split(separator: " ").map(String.init)
            for (position, word) in words.enumerated().prefix(Self.wordsWidened) where Self.canWiden(word) {
                for widening in [Widening.prefix, .compoundEnd] {
                    var widened = words
                    widened[position] = widening.spelling(word)
                    let tried = NearMisses.replacing(value.range, in: text, with: Self.literal(widened, like: value))
                    guard let found = selectedRows(tried), found.count > selected.count else { continue }
                    let extra = Set(found.rows).subtracting(selected.rows)
                    let examples = self.examples(of: word, widening, field: field, table: selected.table, extra: extra)
                    notes.append(widening.note(word, examples: examples, more: found.count - selected.count, tried: tried, rows: found.count))
                }
            }
        }
        return notes
    }

    /// At most this many words of one value are widened: each costs two evaluations.
    static let wordsWidened = 4

    enum Widening {
        case prefix, compoundEnd

        func spelling(_ word: String) -> String { self == .prefix ? word + "*" : "*" + word }

        func note(_ word: String, examples: [String], more: Int, tried: String, rows: Int) -> String {
            let what = self == .prefix ? "words that begin with \(word)" : "compounds that end in \(word)"
            let such = examples.isEmpty ? "" : " (\(examples.prefix(3).joined(separator: ", "))\(examples.count > 3 ? ", …" : ""))"
            let rowWord = { (n: Int) in n == 1 ? "1 row" : "\(n) rows" }
            return "\(spelling(word)) also finds \(what)\(such) in \(more) more \(more == 1 ? "row" : "rows"): "
                + "try \(tried.trimmingTrailingSpace()) (\(rowWord(rows)))"
        }
    }
}

extension SearchWideningNotes {
    /// The rows a typed query or count selects, before any sort or limit.
    private func selectedRows(_ text: String) -> Selection? {
        let query: Query
        switch Parser.parse(text) {
        case .statement(.query(let typed)): query = typed
        case .statement(.count(let count)): query = count.query
        default: return nil
        }
        guard let bound = try? context.binder.bind(query) else { return nil }
        var evaluator = Evaluator(catalog: context.catalog, usesIndexes: context.usesIndexes)
        return Selection(table: bound.input.table, rows: evaluator.filter(bound.input, bound.condition))
    }

    /// The spellings that the widened word adds, in the extra rows, when the field's words
    /// are the queried source's own (no relation between).
    private func examples(of word: String, _ widening: Widening, field: FieldPath?, table: String, extra: Set<Int>) -> [String] {
        let index: WordIndex
        if let field {
            guard let path = try? context.binder.bindPath(field, from: table), path.hops.isEmpty else { return [] }
            index = context.catalog.index(of: table)!.words(at: path.position)
        } else {
            index = context.catalog.index(of: table)!.allWords
        }
        let stemmer = NorwegianStemmer()
        guard let plain = Binder.phrase([word], stemmer: stemmer).first,
              let wide = Binder.phrase([widening.spelling(word)], stemmer: stemmer).first else { return [] }
        return index.spellings(reachedBy: wide, beyond: plain, in: extra)
    }

    /// The `~` values that must hold for a row to match (not under `not` or beside an
    /// `or` alternative), with the field searched (nil: every text field).
    static func searches(in condition: Condition) -> [(FieldPath?, Literal)] {
        switch condition {
        case .search(let values, _): return [(nil, values[0])]
        case .comparison(let path, .contains, let value, _): return [(path, value)]
        case .and(let parts): return parts.flatMap(searches)
        case .quantified(.any, let inner, _), .quantified(.every, let inner, _): return searches(in: inner)
        default: return []
        }
    }

    /// One plain word, letters or digits only (not `relasjon*`, `*relasjon`, `skole-hjem`
    /// or `a"b`, which are several words), with a letter.
    static func canWiden(_ word: String) -> Bool {
        word.allSatisfy { $0.isLetter || $0.isNumber } && word.contains { $0.isLetter }
    }

    static func literal(_ words: [String], like value: Literal) -> String {
        Literal(kind: value.kind, text: words.joined(separator: " "), range: value.range).spelled
    }
}

/// The rows a statement selects, of which source.
private struct Selection {
    let table: String
    let rows: [Int]
    var count: Int { rows.count }
}
