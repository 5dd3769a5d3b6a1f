import Foundation
import RevqCore
import RevqEngine
import RevqReview
import RevqTestSupport
import Testing

/// `sort by score` and `show score` (issue 20): the paragraph that matters most first, by
/// Okapi BM25 (k1 = 1.2, b = 0.75). The expected order and scores come from a reference
/// BM25 written here over the data files' texts, not from revq's scorer; the words are
/// those `~` reads (folded, Snowball stems), which is what the score is defined over.
@Suite("score: BM25 relevance of a ~ search")
struct SearchScoreTests {
    let interpreter = Interpreter(store: BundledStore.shared)

    /// BM25 by the book over each row's words: tf the term's words in the row, df the rows
    /// holding it, Lucene's idf ln(1 + (N - df + 0.5) / (df + 0.5)).
    static func referenceScores(_ documents: [[TextWord]], isTerm: (TextWord) -> Bool) -> [Double] {
        let rows = Double(documents.count)
        let average = Double(documents.reduce(0) { $0 + $1.count }) / rows
        let tfs = documents.map { $0.filter(isTerm).count }
        let df = Double(tfs.filter { $0 > 0 }.count)
        let idf = log(1 + (rows - df + 0.5) / (df + 0.5))
        return zip(documents, tfs).map { words, tf in
            let t = Double(tf)
            return idf * t * 2.2 / (t + 1.2 * (0.25 + 0.75 * Double(words.count) / average))
        }
    }

    /// The fields `~` alone reads: text and free-text sets, not the provenance (`source`).
    static func searchedFields(of source: String) -> [String] {
        TSVSheet.bundled("schema/fields/\(source).tsv").records
            .filter { ["text", "set"].contains($0["type"]) && $0["name"] != "source" }.map { $0["name"] }
    }

    /// (source, key, field searched or nil for every text field, a lower-case word).
    @Test(
        arguments: [
            ("sections", "id", "text", "relasjon"),
            ("sections", "id", "text", "fravær"),
            ("sections", "id", nil, "foreldre"),
            ("findings", "number", "text", "foresatte"),
            ("findings", "number", nil, "kommunikasjon"),
            ("studies", "id", nil, "skolefravær"),
        ] as [(String, String, String?, String)])
    func theOrderAndTheScoresAreBM25s(source: String, key: String, field: String?, word: String) throws {
        let stemmer = NorwegianStemmer()
        let records = TSVSheet.data(source).records
        let fields = field.map { [$0] } ?? Self.searchedFields(of: source)
        let documents = records.map { record in
            fields.flatMap { record.list($0) }.flatMap { TextWords.words(of: $0, stemmer: stemmer) }
        }
        let folded = TextFolding.fold(word)
        let stem = stemmer.stem(folded)
        let scores = Self.referenceScores(documents) { $0.stem == stem || $0.folded == folded }
        // Highest first; equal scores in the source's order (the sort is stable).
        let expected = records.indices.filter { scores[$0] > 0 }.sorted { scores[$0] > scores[$1] }
        #expect(expected.count > 2, "the word is in several rows")

        let condition = field.map { "\($0) ~ \(word)" } ?? "~ \(word)"
        let result = try #require(
            interpreter.run("\(source) where \(condition) sort by score show \(key), score").resultSet)
        #expect(result.column(key) == expected.map { records[$0][key] })
        for (row, index) in zip(result.rows, expected) {
            guard case .number(let shown) = row[1] else {
                Issue.record("score is \(row[1])")
                continue
            }
            #expect(abs(shown - scores[index]) <= 0.005 + 1e-9, "\(records[index][key]): \(shown) vs \(scores[index])")
        }
        let ascending = try #require(
            interpreter.run("\(source) where \(condition) sort by score asc show \(key)").resultSet)
        #expect(
            ascending.column(key)
                == records.indices.filter { scores[$0] > 0 }.sorted { scores[$0] < scores[$1] }.map { records[$0][key] }
        )
    }

    /// Line 136 says relasjon twice in two lines ("relasjoner til medelever",
    /// "lærer-elev-relasjonen"); line 142 says it once ("relasjon til foreldrene") in a
    /// paragraph of seven: the short one ranks first of all, the long one after it.
    @Test func aShortParagraphThatSaysItTwiceBeatsALongOneThatSaysItOnce() throws {
        let review = SourceText.review
        #expect(
            review.line(136).contains("relasjoner til medelever") && review.line(136).contains("lærer-elev-relasjonen"))
        #expect(review.line(142).contains("relasjon til foreldrene"))
        #expect(review.line(136).count * 3 < review.line(142).count)
        let ids = try #require(interpreter.run("sections where text ~ relasjon sort by score show id").resultSet)
            .column("id")
        #expect(ids.first == "p0136")
        let short = try #require(ids.firstIndex(of: "p0136"))
        let long = try #require(ids.firstIndex(of: "p0142"))
        #expect(short < long)
    }

    /// Rows that match for another reason than the search score 0 and keep the source's
    /// order among themselves, after the rows the search ranks.
    @Test func tiesKeepTheSourcesOrder() throws {
        let all = try #require(
            interpreter.run("sections where text ~ relasjon or level = 1 sort by score show id, score").resultSet)
        let searched = Set(
            try #require(interpreter.run("sections where text ~ relasjon show id").resultSet).column("id"))
        let zeros = all.rows.filter { $0[1] == .number(0) }.map { $0[0].text }
        #expect(!zeros.isEmpty && zeros.allSatisfy { !searched.contains($0) })
        #expect(Array(all.column("id").suffix(zeros.count)) == zeros)
        #expect(zeros == zeros.sorted(), "ids are p and the paragraph's line: their order is the review's")
    }

    /// The thesaurus widens ~ SMS to tekstmelding*; a paragraph that writes only
    /// tekstmelding (line 714: "tekstmeldinger", and four others) scores as one that writes SMS.
    @Test func theThesaurusWideningCounts() throws {
        let onlyTekstmelding = TSVSheet.data("sections").records
            .filter { $0["text"].contains("tekstmelding") && !$0["text"].contains("SMS") }.map { $0["id"] }
        #expect(onlyTekstmelding.contains("p0714"))
        let result = try #require(interpreter.run("sections where ~ SMS show id, score").resultSet)
        let scores = Dictionary(uniqueKeysWithValues: result.rows.map { ($0[0].text, $0[1]) })
        for id in onlyTekstmelding {
            guard case .number(let score) = scores[id] else {
                Issue.record("\(id) not found or not scored")
                continue
            }
            #expect(score > 0, "\(id)")
        }
    }

    /// A named query keeps its score column, scored for its own search.
    @Test func aNamedQueryKeepsItsScores() throws {
        let direct = try #require(
            interpreter.run("sections where text ~ relasjon sort by score show id, score").resultSet)
        #expect(
            interpreter.run("let rel = sections where text ~ relasjon sort by score show id, score").resultSet == nil)
        let named = try #require(interpreter.run("rel").resultSet)
        #expect(named.rows == direct.rows)
    }

    /// score ranks by a search: without one (or with one only under not) it is an error
    /// that points at the word and says what to add.
    @Test(arguments: [
        "sections sort by score",
        "sections where level = 1 show id, score",
        "sections where not text ~ relasjon sort by score desc",
        "findings where no study.label ~ Øye show number sort by score",
    ])
    func scoreWithoutASearchIsAnError(statement: String) throws {
        let diagnostic = try #require(interpreter.run(statement).diagnostics.first)
        let source = String(statement.prefix { $0 != " " })
        #expect(diagnostic.problem == .scoreNeedsSearch(source: source))
        let caret = try #require(statement.ranges(of: "score").last)
        #expect(
            diagnostic.range?.start.column == statement.distance(from: statement.startIndex, to: caret.lowerBound) + 1)
        #expect(diagnostic.hint?.contains("\(source) where ~ WORDS sort by score") == true)
    }

    /// Tab offers score where a search would rank the rows, and only there.
    @Test func completionOffersScoreAfterASearch() {
        func offered(_ text: String) -> [String] { interpreter.completions(in: text, cursor: text.count).candidates }
        #expect(offered("sections where text ~ relasjon sort by ").contains("score"))
        #expect(offered("sections where ~ relasjon and level = 2 show id, ").contains("score"))
        #expect(offered("sections where text ~ relasjon sort by sc") == ["score"])
        #expect(!offered("sections sort by ").contains("score"))
        #expect(!offered("sections where not text ~ relasjon sort by ").contains("score"))
        #expect(!offered("profile where text ~ SMS sort by ").contains("score"))
    }

    /// `relevance` is what a search engine calls it; here it is the findings' CERQual
    /// component, and elsewhere an unknown field whose hint names score.
    @Test func relevanceIsAFieldOfFindingsAndAHintElsewhere() throws {
        let findings = try #require(
            interpreter.run("findings where ~ SMS sort by relevance show number, relevance").resultSet)
        #expect(findings.columns.map(\.name) == ["number", "relevance"])
        let diagnostic = try #require(
            interpreter.run("sections where text ~ relasjon sort by relevance").diagnostics.first)
        #expect(diagnostic.problem == .unknownField("relevance", source: "sections"))
        #expect(diagnostic.hint?.contains("sort by score") == true)
    }
}
