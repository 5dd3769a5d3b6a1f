import RevqCore

/// The indexes of one table, built once at load:
/// vocabulary value -> rows, ordered numbers for range lookups, folded text -> rows,
/// an inverted index of folded words for `~`, and each relation read backwards.
///
/// Text has no ordered index: `<` on text is rare, and the Norwegian collation keys it
/// needs would cost more at start-up than scanning one field when asked.
struct TableIndex: Sendable {
    let rowCount: Int
    /// [field position][term] -> rows holding that term.
    private(set) var termRows: [Int: [[Int]]] = [:]
    private(set) var numbers: [Int: OrderedIndex<Double>] = [:]
    /// [field position][folded text] -> rows (text fields and free-text sets).
    private(set) var foldedText: [Int: [String: [Int]]] = [:]
    private(set) var words: [Int: WordIndex] = [:]
    /// Every text field of the record at once, for `~` without a field.
    private(set) var allWords = WordIndex()
    /// [relation field position][related row] -> rows of this table that relate to it.
    private(set) var relatedRows: [Int: [[Int]]] = [:]

    /// [field position] -> rows with no value there (null, an empty set, no related record):
    /// `is empty`, and the complements that `every` and negated tests need.
    private var emptyRowLists: [Int: [Int]] = [:]

    /// Folded key, label and alias of each record -> rows: how a relation value such as
    /// `study = "Oye 2018"` finds its records.
    private(set) var recordNames: [String: [Int]] = [:]

    init(table: Table, store: Store) {
        rowCount = table.count
        indexNames(of: table, store: store)
        for (position, field) in table.schema.fields.enumerated() {
            index(position, of: field, in: table, store: store)
        }
        allWords.finish()
    }

    /// The rows whose field at `position` has no value.
    func emptyRows(at position: Int) -> RowSet {
        RowSet(capacity: rowCount, rows: emptyRowLists[position] ?? [])
    }

    private mutating func index(_ position: Int, of field: Field, in table: Table, store: Store) {
        let values = table.rows.map { $0[position] }
        emptyRowLists[position] = values.indices.filter { values[$0].elements.isEmpty }
        switch field.type {
        case .category(let vocabulary), .scale(let vocabulary), .set(let vocabulary?):
            termRows[position] = Self.termRows(values, terms: vocabulary.terms.count)
        case .integer, .number, .count, .tally:
            numbers[position] = OrderedIndex(values.enumerated().compactMap { row, value in Self.number(value).map { ($0, row) } })
        case .text, .set(nil):
            // `~` without a field searches what the record says, not where it was found.
            indexText(values, at: position, searchedByDefault: field.name != Catalog.provenanceField)
        case .ref, .refs, .reverse:
            let target = field.type.relatedSource.flatMap { store.table(named: $0) }?.count ?? 0
            relatedRows[position] = Self.backwards(values, targetCount: target)
        }
    }

    /// The names of a record: its key, its label, and any field named `aliases`.
    private mutating func indexNames(of table: Table, store: Store) {
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
    }

    private mutating func indexText(_ values: [Value], at position: Int, searchedByDefault: Bool) {
        var folded: [String: [Int]] = [:]
        var fieldWords = WordIndex()
        for (row, value) in values.enumerated() {
            for case .text(let text) in value.elements {
                let foldedText = TextFolding.fold(text)
                if folded[foldedText]?.last != row { folded[foldedText, default: []].append(row) }
                let textWords = TextFolding.words(ofFolded: foldedText)
                fieldWords.add(textWords, row: row)
                if searchedByDefault { allWords.add(textWords, row: row) }
            }
        }
        fieldWords.finish()
        foldedText[position] = folded
        words[position] = fieldWords
    }

    private static func termRows(_ values: [Value], terms: Int) -> [[Int]] {
        var rows = [[Int]](repeating: [], count: terms)
        for (row, value) in values.enumerated() {
            for case .term(let term) in value.elements where term < terms && rows[term].last != row {
                rows[term].append(row)
            }
        }
        return rows
    }

    private static func backwards(_ values: [Value], targetCount: Int) -> [[Int]] {
        var rows = [[Int]](repeating: [], count: targetCount)
        for (row, value) in values.enumerated() {
            for case .ref(let target) in value.elements where target < targetCount && rows[target].last != row {
                rows[target].append(row)
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

    /// Per source: the columns shown without `show`, and the fields holding long text.
    private let layouts: [String: (defaultColumns: [Int], longText: Set<Int>)]
    private let tables: [String: Table]

    init(store: Store) {
        self.store = store
        layouts = Dictionary(store.tables.map { table in
            (table.name, (DefaultColumns.positions(of: table, store: store), DefaultColumns.longTextPositions(of: table)))
        }, uniquingKeysWith: { first, _ in first })
        tables = Dictionary(store.tables.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
    }

    func index(of source: String) -> TableIndex? {
        if let built = indexes[source] { return built }
        guard let table = store.table(named: source) else { return nil }
        let built = TableIndex(table: table, store: store)
        indexes[source] = built
        return built
    }

    func table(_ source: String) -> Table {
        tables[source]!
    }

    func defaultColumns(of source: String) -> [Int] {
        layouts[source]?.defaultColumns ?? []
    }

    func isLongText(_ position: Int, of source: String) -> Bool {
        layouts[source]?.longText.contains(position) ?? false
    }
}
