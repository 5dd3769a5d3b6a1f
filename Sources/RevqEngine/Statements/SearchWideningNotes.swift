import RevqCore
import RevqLanguage

/// Every answer complete however it is asked: a `~` word finds its inflections (relasjon,
/// relasjonen, relasjoner), not longer words. Where the same word as a prefix
/// (`relasjon*`: relasjonsbygging) or as the end of a compound (`*relasjon`:
/// samarbeidsrelasjonen) selects more rows, a note says so with the statement to try.
///
///     findings where text ~ relasjon
///     note: relasjon* also finds words that begin with relasjon (relasjonsbygging, …) in 1 more row: try ...
///
/// The rows are those each search selects before any `limit`: with one, the note says so
/// and gives both figures, as the statement to try shows only as many rows as the limit.
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
                    notes.append(
                        widening.note(
                            word, examples: examples, rows: (selected.count, found.count), tried: tried,
                            limited: selected.isLimited))
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

        /// `rows`: what the typed and the tried statement select before any limit.
        func note(_ word: String, examples: [String], rows: (typed: Int, tried: Int), tried: String, limited: Bool)
            -> String
        {
            let what = self == .prefix ? "words that begin with \(word)" : "compounds that end in \(word)"
            let such =
                examples.isEmpty
                ? "" : " (\(examples.prefix(3).joined(separator: ", "))\(examples.count > 3 ? ", …" : ""))"
            let rowWord = { (n: Int) in n == 1 ? "1 row" : "\(n) rows" }
            let more = rows.tried - rows.typed
            let found = "\(spelling(word)) also finds \(what)\(such) in \(more) more \(more == 1 ? "row" : "rows")"
            let statement = tried.trimmingTrailingSpace()
            // The tried statement shows no more rows than its limit: its figure is the rows before it.
            if limited {
                return found + " (\(rowWord(rows.tried)), not \(rows.typed), before the limit): try \(statement)"
            }
            return found + ": try \(statement) (\(rowWord(rows.tried)))"
        }
    }
}

extension SearchWideningNotes {
    /// The rows a typed query or count selects, before any sort or limit.
    private func selectedRows(_ text: String) -> Selection? {
        let query: Query
        let limit: Literal?
        switch Parser.parse(text) {
        case .statement(.query(let typed)): (query, limit) = (typed, typed.limit)
        case .statement(.count(let count)): (query, limit) = (count.query, count.limit)
        default: return nil
        }
        guard let bound = try? context.binder.bind(query) else { return nil }
        var evaluator = Evaluator(catalog: context.catalog, usesIndexes: context.usesIndexes)
        return Selection(
            table: bound.input.table, rows: evaluator.filter(bound.input, bound.condition), isLimited: limit != nil)
    }

    /// The spellings that the widened word adds, in the extra rows, when the field's words
    /// are the queried source's own (no relation between).
    private func examples(of word: String, _ widening: Widening, field: FieldPath?, table: String, extra: Set<Int>)
        -> [String]
    {
        let index: WordIndex
        let texts: (Int) -> [String]
        let rows = context.catalog.table(table).rows
        if let field {
            guard let path = try? context.binder.bindPath(field, from: table), path.hops.isEmpty else { return [] }
            index = context.catalog.index(of: table)!.words(at: path.position)
            texts = { row in
                rows[row][path.position].elements.compactMap { if case .text(let text) = $0 { text } else { nil } }
            }
        } else {
            index = context.catalog.index(of: table)!.allWords
            texts = { row in ScanMatcher.searchedTexts(of: row, in: self.context.catalog.table(table)) }
        }
        let stemmer = NorwegianStemmer()
        guard let plain = Binder.phrase([word], stemmer: stemmer).first,
            let wide = Binder.phrase([widening.spelling(word)], stemmer: stemmer).first
        else { return [] }
        return Self.asWritten(
            index.spellings(reachedBy: wide, beyond: plain, in: extra), in: extra.sorted().flatMap(texts))
    }

    /// Each folded spelling as `texts` write it, in lower case (enkeltlærere, not the
    /// folded enkeltlaerere the index keeps); the folded one where none is found.
    static func asWritten(_ spellings: [String], in texts: [String]) -> [String] {
        var written: [String: String] = [:]
        for text in texts {
            for word in text.split(whereSeparator: { !$0.isLetter && !$0.isNumber }) {
                let lower = word.lowercased()
                let folded = TextFolding.fold(lower)
                if written[folded] == nil { written[folded] = lower }
            }
        }
        return spellings.map { written[$0] ?? $0 }
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

/// The rows a statement selects before any limit, of which source, and whether it has a
/// `limit` (of rows, or of a count's groups).
private struct Selection {
    let table: String
    let rows: [Int]
    let isLimited: Bool
    var count: Int { rows.count }
}
