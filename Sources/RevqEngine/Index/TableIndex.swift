import RevqCore

/// The indexes of one table, each built on first use (a statement pays only for the
/// fields it reads): vocabulary value -> rows, ordered numbers for range lookups, folded
/// text -> rows, an inverted index of folded words for `~` (only when a search runs),
/// and each relation read backwards.
///
/// Text has no ordered index: `<` on text is rare, and the Norwegian collation keys it
/// needs would cost more at start-up than scanning one field when asked.
final class TableIndex {
    let rowCount: Int
    /// The source's name and fields: what most indexes need, known without decoding it.
    private let name: String
    let schema: SourceSchema
    private let store: Store
    /// The whole table, decoded only for what reads whole records (their names); an index
    /// of one field reads that field alone (`Store.column`).
    private lazy var table: Table = store.table(named: name)!
    /// [field position][term] -> rows holding that term. An array by position, not a
    /// dictionary keyed by it: a count's first Int-keyed hash searched every protocol
    /// conformance in the binary at every cold count.
    private var termRowsCache: [[[Int]]?]
    private var numbersCache: [Int: OrderedIndex<Double>] = [:]
    /// [field position][folded text] -> rows (text fields and free-text sets).
    private var foldedTextCache: [Int: [String: [Int]]] = [:]
    private var wordsCache: [Int: WordIndex] = [:]
    private var allWordsCache: WordIndex?
    /// [relation field position][related row] -> rows of this table that relate to it.
    private var relatedRowsCache: [Int: [[Int]]] = [:]
    /// [field position] -> rows with no value there (null, an empty set, no related record):
    /// `is empty`, and the complements that `every` and negated tests need.
    private var emptyRowLists: [Int: [Int]] = [:]
    private var recordNamesCache: [String: [Int]]?
    /// Stems each distinct word once for all of this table's word indexes, and for `score`
    /// reading the words of the rows it ranks.
    lazy var stemmer = NorwegianStemmer()
    /// Where the word indexes of the dataset's sources are kept between runs.
    private let storedWords: StoredWordIndexes?

    convenience init(table: Table, store: Store, storedWords: StoredWordIndexes? = nil) {
        self.init(source: table.schema, rowCount: table.count, store: store, storedWords: storedWords)
    }

    /// The indexes of the source `source` of `store`, which has `rowCount` rows.
    init(source: SourceSchema, rowCount: Int, store: Store, storedWords: StoredWordIndexes? = nil) {
        self.rowCount = rowCount
        self.name = source.name
        self.schema = source
        self.store = store
        self.storedWords = storedWords
        termRowsCache = Array(repeating: nil, count: source.fields.count)
    }

    private func values(at position: Int) -> [Value] {
        store.column(position, ofTable: name)!
    }

    /// The rows whose field at `position` has no value.
    func emptyRows(at position: Int) -> RowSet {
        if emptyRowLists[position] == nil {
            let values = values(at: position)
            emptyRowLists[position] = values.indices.filter { values[$0].hasNoElements }
        }
        return RowSet(capacity: rowCount, rows: emptyRowLists[position]!)
    }

    /// [term] -> rows, for a category, scale or vocabulary set; nil for other fields.
    func termRows(at position: Int) -> [[Int]]? {
        if let built = termRowsCache[position] { return built }
        guard let vocabulary = schema.fields[position].type.vocabulary else { return nil }
        let built = Self.termRows(values(at: position), terms: vocabulary.terms.count)
        termRowsCache[position] = built
        return built
    }

    /// The ordered index of a number field; nil for other fields.
    func numbers(at position: Int) -> OrderedIndex<Double>? {
        if let built = numbersCache[position] { return built }
        switch schema.fields[position].type {
        case .integer, .number, .count, .tally: break
        default: return nil
        }
        let built = OrderedIndex(
            values(at: position).enumerated().compactMap { row, value in Self.number(value).map { ($0, row) } })
        numbersCache[position] = built
        return built
    }

    /// [folded text] -> rows of a text field or free-text set.
    func foldedText(at position: Int) -> [String: [Int]] {
        if let built = foldedTextCache[position] { return built }
        var folded: [String: [Int]] = [:]
        for (row, value) in values(at: position).enumerated() {
            for case .text(let text) in value.elements {
                let foldedText = TextFolding.fold(text)
                if folded[foldedText]?.last != row { folded[foldedText, default: []].append(row) }
            }
        }
        foldedTextCache[position] = folded
        return folded
    }

    /// The word index of one text field.
    func words(at position: Int) -> WordIndex {
        if let built = wordsCache[position] { return built }
        let built = storedOrBuilt(named: "\(position)") { index in addWords(at: position, to: &index) }
        wordsCache[position] = built
        return built
    }

    /// Every text field of the record at once, for `~` without a field; `~` searches what
    /// the record says, not where it was found (`source`).
    var allWords: WordIndex {
        if let built = allWordsCache { return built }
        let built = storedOrBuilt(named: "*") { index in
            for (position, field) in schema.fields.enumerated() where field.name != Catalog.provenanceField {
                switch field.type {
                case .text, .set(nil): addWords(at: position, to: &index)
                default: continue
                }
            }
        }
        allWordsCache = built
        return built
    }

    /// The word index `part` (a field's position, or `*`) as stored beside the compiled
    /// dataset, else built by `adding` the words and stored there for the next start.
    private func storedOrBuilt(named part: String, adding: (inout WordIndex) -> Void) -> WordIndex {
        let stored = storedWords.flatMap { $0.sources.contains(self.name) ? $0 : nil }
        let name = self.name + " " + part
        if let found = stored?.index(named: name, rowCount: rowCount) { return found }
        var built = WordIndex()
        adding(&built)
        built.finish()
        stored?.add(built, named: name)
        return built
    }

    /// [related row] -> rows of this table that relate to it, for a relation field.
    func relatedRows(at position: Int) -> [[Int]]? {
        if let built = relatedRowsCache[position] { return built }
        guard let related = schema.fields[position].type.relatedSource else { return nil }
        let built = Self.backwards(values(at: position), targetCount: store.rowCount(ofTable: related) ?? 0)
        relatedRowsCache[position] = built
        return built
    }

    /// Folded key, label and alias of each record -> rows: how a relation value such as
    /// `study = "Oye 2018"` finds its records.
    var recordNames: [String: [Int]] {
        if let built = recordNamesCache { return built }
        let built = indexNames(of: table, store: store)
        recordNamesCache = built
        return built
    }

    private func addWords(at position: Int, to index: inout WordIndex) {
        for (row, value) in values(at: position).enumerated() {
            for case .text(let text) in value.elements {
                index.add(TextWords.words(of: text, stemmer: stemmer), row: row)
            }
        }
    }

    /// The names of a record: its key, its label, and any field named `aliases`.
    private func indexNames(of table: Table, store: Store) -> [String: [Int]] {
        var recordNames: [String: [Int]] = [:]
        let nameFields = [table.schema.key, table.schema.label, Catalog.aliasesField]
            .compactMap { name in table.schema.field(named: name).map { (name, $0) } }
        for row in 0..<table.count {
            for (name, field) in nameFields {
                for element in (table.value(row: row, field: name) ?? .null).elements {
                    let folded = TextFolding.fold(store.display(element, of: field))
                    if recordNames[folded]?.last != row { recordNames[folded, default: []].append(row) }
                }
            }
        }
        return recordNames
    }

    private static func termRows(_ values: [Value], terms: Int) -> [[Int]] {
        var rows = [[Int]](repeating: [], count: terms)
        for (row, value) in values.enumerated() {
            value.forEachElement { element in
                if case .term(let term) = element, term < terms, rows[term].last != row { rows[term].append(row) }
            }
        }
        return rows
    }

    private static func backwards(_ values: [Value], targetCount: Int) -> [[Int]] {
        var rows = [[Int]](repeating: [], count: targetCount)
        for (row, value) in values.enumerated() {
            value.forEachElement { element in
                if case .ref(let target) = element, target < targetCount, rows[target].last != row {
                    rows[target].append(row)
                }
            }
        }
        return rows
    }

    static func number(_ value: Value) -> Double? {
        switch value {
        case .integer(let number): return Double(number)
        case .number(let number): return number
        default: return nil
        }
    }
}

/// The store with every table's indexes, the engine's view of the data.
///
///     let catalog = Catalog(store: store)
///     catalog.index(of: "findings")?.rowCount   // 33
final class Catalog {
    /// The field every source has for its place in the review (Datasets/README.md).
    static let provenanceField = "source"
    /// A field of this name holds other spellings of a record's label.
    static let aliasesField = "aliases"

    let store: Store
    /// Built on first use: a statement pays only for the sources it touches, so start-up
    /// does not index the report's prose to answer a question about findings.
    private var indexes: [String: TableIndex] = [:]
    /// The word indexes kept beside the compiled dataset; nil: each is built when needed.
    var storedWords: StoredWordIndexes?
    /// The dataset's thesaurus with its spellings stemmed, once: a statement binds its `~`
    /// values several times (its notes try wider searches).
    lazy var thesaurus = SearchThesaurus(store.schema.thesaurus, stemmer: NorwegianStemmer())

    init(store: Store, storedWords: StoredWordIndexes? = nil) {
        self.store = store
        self.storedWords = storedWords
    }

    /// The source last asked for, with its index and its table: a statement asks for the
    /// same one again and again, and a name compared is cheaper than one hashed.
    private var lastIndex: (source: String, index: TableIndex)?
    private var lastTable: (source: String, table: Table)?

    func index(of source: String) -> TableIndex? {
        if let lastIndex, lastIndex.source == source { return lastIndex.index }
        if let built = indexes[source] {
            lastIndex = (source, built)
            return built
        }
        // From the schema and row count while the table is not decoded (a count of a
        // vocabulary field then reads that field alone); a computed source, from its table.
        let built: TableIndex
        if let schema = store.schema.source(named: source), let rows = store.rowCount(ofTable: source) {
            built = TableIndex(source: schema, rowCount: rows, store: store, storedWords: storedWords)
        } else if let table = store.table(named: source) {
            built = TableIndex(table: table, store: store, storedWords: storedWords)
        } else {
            return nil
        }
        indexes[source] = built
        lastIndex = (source, built)
        return built
    }

    /// Field `position` of every row of `source` (see `Store.column`).
    func column(_ position: Int, of source: String) -> [Value] {
        store.column(position, ofTable: source)!
    }

    /// Field `position` of `source` for reading `rows` alone (see `Store.column(_:ofTable:rows:)`).
    func column(_ position: Int, of source: String, rows: [Int]) -> [Value] {
        store.column(position, ofTable: source, rows: rows)!
    }

    /// A source's table; the store's tables never change once read or built.
    func table(_ source: String) -> Table {
        if let lastTable, lastTable.source == source { return lastTable.table }
        let table = store.table(named: source)!
        lastTable = (source, table)
        return table
    }

}
