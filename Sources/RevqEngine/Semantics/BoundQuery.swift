import RevqCore
import RevqLanguage

/// One step through a relation: from a row of `source`, the related rows of `target`
/// that the field at `position` holds.
package struct Hop: Sendable {
    package let source: String
    package let position: Int
    package let target: String
}

/// A field path checked against the schema: the relations it goes through and the field it ends at.
package struct BoundPath: Sendable {
    package let hops: [Hop]
    /// The source the final field belongs to.
    package let table: String
    package let field: Field
    package let position: Int
    /// The path as the user wrote it (for column headers and plans).
    package let text: String
    /// Set for `score` in `show` or `sort by`: no field, the row's BM25 score for these
    /// searches (`BM25Scorer`); `field` is then a stand-in that no schema field can be.
    var score: SearchScore? = nil
}

/// What `score` ranks by: the `~` searches of the query's condition that a row must pass
/// (none under `not`), each over the text it searches.
struct SearchScore: Sendable {
    let searches: [Predicate]
}

/// What a comparison asks of the final field's value, already resolved against the
/// schema: vocabulary terms as indexes, numbers as numbers, text folded.
enum Test: Sendable {
    /// A vocabulary field holds one of these terms (scale comparisons become term sets).
    case terms(Set<Int>)
    case number(ComparisonOperatorKind, Double)
    /// Text `=`: equal after folding.
    case textEqual(String)
    /// Text order: Norwegian alphabetical order.
    case textOrder(ComparisonOperatorKind, CollationKey)
    /// A relation holds one of these rows of its target.
    case related(Set<Int>)
    /// Every term occurs (a word may be a prefix, a term may be a phrase or have synonyms).
    case words([SearchTerm])
    /// The field has no value (`true`) or has one (`false`): null, an empty set and a
    /// relation to no record are all "empty". A test of the whole field, not of each value.
    case empty(Bool)
    /// Any of these tests passes: `every x in (1, 2)` on a field with no value index.
    case anyOf([Test])
}

/// One word of a `~` search: folded, stemmed, and how far it reaches into a text's words.
struct SearchWord: Sendable {
    /// `relasjon` its inflections (relasjonen, relasjoner: the same stem); `relasjon*` words
    /// that begin with it; `*relasjon` also compounds ending in it, inflected or not
    /// (samarbeidsrelasjonen); `*relasjon*` words that hold it anywhere.
    enum Reach: Sendable { case inflections, prefix, compoundEnd, inside }

    /// Folded, without its stars.
    let word: String
    let stem: String
    /// The stems of the acronyms it may be, typed in lower case with an ending (`smser`).
    let acronymBases: [String]
    let reach: Reach
}

/// One thing a `~` search asks to occur: any of its phrases, a phrase being words that
/// stand next to each other in this order. A bare word is a phrase of one word; the
/// dataset's thesaurus adds the phrases it lists for that word.
struct SearchTerm: Sendable {
    let phrases: [[SearchWord]]
}

/// A condition leaf: a test on a field reached through a path, or a search of all text.
struct Predicate: Sendable {
    /// Nil for `~ words` over every text field of the record.
    let path: BoundPath?
    let test: Test
    /// The condition as written, spelt only when asked: most statements never show it.
    private let spelling: @Sendable () -> String
    /// `.every`: the record has at least one related record (at every step of the path)
    /// and each passes; `.any` (also the meaning without a quantifier): some passes.
    /// `no` is bound as `not any`.
    var quantifier: Quantifier = .any
    /// Each value must fail `test` instead of pass it (`every x != v`, `any x not in (...)`);
    /// an unknown value passes neither way.
    var negated = false

    init(
        path: BoundPath?, test: Test, text: @escaping @autoclosure @Sendable () -> String,
        quantifier: Quantifier = .any,
        negated: Bool = false
    ) {
        self.path = path
        self.test = test
        self.spelling = text
        self.quantifier = quantifier
        self.negated = negated
    }

    /// The condition as written, for `explain`.
    var text: String { spelling() }
}

extension Predicate {
    /// What `explain` says of `every`: it is never true of nothing.
    var quantifierNote: String {
        quantifier == .every ? "; every: a row with no value (no related record) never matches" : ""
    }
}

/// A checked condition tree over one source.
indirect enum BoundCondition: Sendable {
    case predicate(Predicate)
    case and([BoundCondition])
    case or([BoundCondition])
    case not(BoundCondition)
    /// Matches nothing: `x in ()` cannot be written, but a relation value may name no row.
    case constant(Bool)
    /// `count([distinct] path) op n`: a test of how many values the path reaches.
    case counted(ValueCount)
}

/// `count([distinct] path) op n`, checked: the path, and how its number of values compares.
struct ValueCount: Sendable {
    let path: BoundPath
    let distinct: Bool
    /// `!=` is bound as `not =`.
    let kind: ComparisonOperatorKind
    let number: Int
    /// As written, for `explain`.
    let text: String
}

/// A key of `sort by`, checked.
struct BoundSortKey: Sendable {
    let path: BoundPath
    let descending: Bool
}

/// Where a query's rows come from: all rows of a source, or a named query's rows in its order.
package struct QueryInput: Sendable {
    package let table: String
    /// Nil: every row of the table in the table's order.
    let rows: [Int]?
    /// The named query the rows come from, for `explain`.
    let name: String?
    /// The named query's `show`, used when the query using it has none.
    var columns: [BoundPath] = []
}

/// A query checked against the schema, ready to plan and evaluate.
package struct BoundQuery: Sendable {
    package let input: QueryInput
    let condition: BoundCondition?
    /// Empty: the source's default columns.
    let columns: [BoundPath]
    let sort: [BoundSortKey]
    let limit: Int?
    /// `limit n with ties`: the rows that sort the same as the n-th are kept too.
    var withTies = false
}
