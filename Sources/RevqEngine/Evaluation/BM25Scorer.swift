import Glibc
import RevqCore

/// `score`: how well a row matches a query's `~` searches, by Okapi BM25 over the stemmed
/// words those searches read. Each search's text is a row's document (a field's text, or
/// every text field for `~` alone); each of its terms counts where `~` finds it (its
/// inflections, a prefix, a phrase, and the thesaurus's widening as the term itself, as a
/// synonym counts in a search engine). The collection is every row of the source:
///
///     score = Σ idf(t) · tf · (k1 + 1) / (tf + k1 · (1 − b + b · length / average length))
///     idf(t) = ln(1 + (rows − df + 0.5) / (df + 0.5))      (Lucene's, never negative)
///
/// The rows' lengths come from the word index, built when the search ran; only the rows
/// ranked are read again, to count their terms.
struct BM25Scorer {
    static let k1 = 1.2
    static let b = 0.75

    /// One search of the condition, with what BM25 needs of the whole source.
    private struct RankedSearch {
        let predicate: Predicate
        let terms: [SearchTerm]
        /// Per term, in the order of `terms`.
        let idf: [Double]
        let averageLength: Double
        /// Reads the searched field (through its relations) of a row; nil for `~` alone.
        let reader: FieldReader?
    }

    private let searches: [RankedSearch]
    private let catalog: Catalog
    private let table: String

    init(_ score: SearchScore, table: String, catalog: Catalog) {
        self.catalog = catalog
        self.table = table
        let rows = catalog.index(of: table)!.rowCount
        searches = score.searches.compactMap { predicate in
            guard case .words(let terms) = predicate.test else { return nil }
            let lookup = IndexLookup(catalog: catalog)
            let idf = terms.map { term in
                let found = lookup.rows(for: Predicate(path: predicate.path, test: .words([term]), text: ""), in: table)
                    .0.count
                return log(1 + (Double(rows - found) + 0.5) / (Double(found) + 0.5))
            }
            let reader = predicate.path.map { FieldReader($0, catalog: catalog) }
            let total = Self.totalLength(of: predicate, reader: reader, rows: rows, catalog: catalog, table: table)
            return RankedSearch(
                predicate: predicate, terms: terms, idf: idf,
                averageLength: rows == 0 ? 0 : Double(total) / Double(rows), reader: reader)
        }
    }

    /// The row's score: the sum over the searches and their terms; 0 where none occurs.
    func score(row: Int) -> Double {
        var total = 0.0
        for search in searches where search.averageLength > 0 {
            let stemmer = catalog.index(of: search.predicate.path?.table ?? table)!.stemmer
            let documents = texts(of: row, for: search).map { TextWords.words(of: $0, stemmer: stemmer) }
            let length = Double(documents.reduce(0) { $0 + $1.count })
            let norm = Self.k1 * (1 - Self.b + Self.b * length / search.averageLength)
            for (term, idf) in zip(search.terms, search.idf) {
                let tf = Double(documents.reduce(0) { $0 + Self.occurrences(of: term, in: $1) })
                if tf > 0 { total += idf * tf * (Self.k1 + 1) / (tf + norm) }
            }
        }
        return total
    }

    /// How many times the term stands in `words`: the places where one of its phrases begins.
    static func occurrences(of term: SearchTerm, in words: [TextWord]) -> Int {
        words.indices.count { start in
            term.phrases.contains { phrase in
                !phrase.isEmpty && start + phrase.count <= words.count
                    && phrase.indices.allSatisfy { phrase[$0].matches(words[start + $0]) }
            }
        }
    }

    /// The texts the search reads in a row: its field through the path, or every text field.
    private func texts(of row: Int, for search: RankedSearch) -> [String] {
        guard let reader = search.reader else { return ScanMatcher.searchedTexts(of: row, in: catalog.table(table)) }
        return reader.values(row: row).flatMap(\.elements).compactMap {
            if case .text(let text) = $0 { text } else { nil }
        }
    }

    /// The words of every row's document: from the word index; through relations, the
    /// words of the records each row reaches.
    private static func totalLength(
        of predicate: Predicate, reader: FieldReader?, rows: Int, catalog: Catalog, table: String
    ) -> Int {
        guard let path = predicate.path, let reader else { return catalog.index(of: table)!.allWords.totalLength }
        let words = catalog.index(of: path.table)!.words(at: path.position)
        guard !path.hops.isEmpty else { return words.totalLength }
        return (0..<rows).reduce(0) { sum, row in
            sum + reader.relatedRecords(row: row).reduce(0) { $0 + words.length(ofRow: $1) }
        }
    }
}
