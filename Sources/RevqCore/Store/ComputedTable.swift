import Synchronization

/// A source computed from the others rather than loaded (a review's `audit`), declared to a
/// store up front and built by `build` when first read, once however many threads ask.
///
/// Building runs queries that read the store's other tables, so it runs under this table's
/// own guard, never under the store's lock; `build` must not read the table it builds.
///
///     let audit = ComputedTable(schema: schema, vocabularies: [verdicts], defaultColumns: ["id"]) { entries() }
///     let store = loaded.adding(computed: [audit])
///     store.table(named: "audit")   // built now; `sources` lists it from here on
package final class ComputedTable: Sendable {
    package let schema: SourceSchema
    /// The vocabularies its fields use, added to the store's schema when it is built.
    package let vocabularies: [Vocabulary]
    /// What a query of it shows without `show` (its builder knows which columns answer a reader).
    package let defaultColumns: [String]
    /// The rows it will have, told without building it (`sources` lists it so); nil: only
    /// building tells.
    package let rowCount: (@Sendable () -> Int)?
    private let build: @Sendable () -> Table
    private let built = Mutex<Table?>(nil)

    package init(
        schema: SourceSchema, vocabularies: [Vocabulary], defaultColumns: [String],
        rowCount: (@Sendable () -> Int)? = nil, build: @escaping @Sendable () -> Table
    ) {
        self.schema = schema
        self.vocabularies = vocabularies
        self.defaultColumns = defaultColumns
        self.rowCount = rowCount
        self.build = build
    }

    package var name: String { schema.name }

    /// The same source for a store over `store` (which declares it): built by reading it
    /// there, so both stores list it once it is built.
    func read(through store: Store) -> ComputedTable {
        let name = name
        return ComputedTable(
            schema: schema, vocabularies: vocabularies, defaultColumns: defaultColumns, rowCount: rowCount
        ) { store.table(named: name)! }
    }

    /// The table, built on the first call; `published` runs once, with it, before any caller
    /// sees it (the store lists it there).
    func table(published: (Table) -> Void) -> Table {
        built.withLock { built in
            if let built { return built }
            let table = build()
            published(table)
            built = table
            return table
        }
    }
}
