import Foundation
import RevqCore
import Synchronization
import Testing

/// A computed source is a table of its store, built when first read, once, and listed from
/// then on; the store that holds it is never replaced (issue 23).
struct ComputedTableTests {
    /// One loaded source of three rows.
    static let loaded: Store = {
        let schema = SourceSchema(
            name: "items", key: "id", label: "id", description: "loaded",
            fields: [Field(name: "id", type: .text, isRequired: true, description: "")])
        let table = Table(schema: schema, rows: [[.text("a")], [.text("b")], [.text("c")]], keys: ["a", "b", "c"])
        return Store(schema: Schema(sources: [schema], vocabularies: [:]), tables: [table])
    }()

    static let tallySchema = SourceSchema(
        name: "tally", key: "id", label: "id", description: "computed",
        fields: [Field(name: "id", type: .text, isRequired: true, description: "")])

    /// How many times a builder ran.
    final class Builds: Sendable {
        private let runs = Mutex(0)
        func add() { runs.withLock { $0 += 1 } }
        var count: Int { runs.withLock { $0 } }
    }

    /// A store over `loaded` whose `tally` is one row per loaded row, read through the store
    /// (as the audit runs queries over it); `builds` counts the builder's runs.
    static func store(counting builds: Builds, pause: Bool = false) -> Store {
        let base = loaded
        let tally = ComputedTable(schema: tallySchema, vocabularies: [], defaultColumns: ["id"]) {
            builds.add()
            if pause { Thread.sleep(forTimeInterval: 0.05) }
            let rows = base.table(named: "items")!.rows
            return Table(schema: tallySchema, rows: rows, keys: rows.indices.map { String($0) })
        }
        return base.adding(computed: [tally])
    }

    @Test func notListedUntilReadThenListedOnce() throws {
        let builds = Builds()
        let store = Self.store(counting: builds)
        #expect(store.tableNames == ["items"])
        #expect(store.rowCount(ofTable: "tally") == nil)
        #expect(store.schema.source(named: "tally") == nil)
        #expect(store.computedTableNames == ["tally"])
        #expect(builds.count == 0, "declaring builds nothing")
        #expect(store.declaredSources.map(\.name) == ["items", "tally"], "declared before it is built")
        #expect(builds.count == 0, "naming its schema builds nothing")
        #expect(try #require(store.table(named: "tally")).count == 3)
        #expect(store.tableNames == ["items", "tally"])
        #expect(store.rowCounts == [3, 3])
        #expect(store.schema.source(named: "tally") != nil)
        _ = store.table(named: "tally")
        #expect(builds.count == 1)
        #expect(store.tables.map { $0.name } == ["items", "tally"])
        #expect(store.declaredSources.map(\.name) == ["items", "tally"], "once built, declared once")
    }

    /// Eight threads read the computed table at once: the builder runs once, every thread
    /// gets its rows, and the store lists it once.
    @Test func concurrentFirstReadsBuildOnce() {
        let builds = Builds()
        let store = Self.store(counting: builds, pause: true)
        let counts = Mutex([Int]())
        DispatchQueue.concurrentPerform(iterations: 8) { _ in
            let count = store.table(named: "tally")?.count ?? -1
            counts.withLock { $0.append(count) }
        }
        #expect(builds.count == 1)
        #expect(counts.withLock { $0 } == [Int](repeating: 3, count: 8))
        #expect(store.tableNames == ["items", "tally"])
    }

    /// Adding a source the store has already (loaded, or declared) adds nothing: the store
    /// itself comes back, so a second interpreter over it shares its computed tables.
    @Test func addingWhatTheStoreHasGivesTheStore() {
        let builds = Builds()
        let store = Self.store(counting: builds)
        let again = ComputedTable(schema: Self.tallySchema, vocabularies: [], defaultColumns: []) {
            preconditionFailure("not built")
        }
        #expect(store.adding(computed: [again]) === store)
        #expect(store.adding(computed: []) === store)
        #expect(Self.loaded.adding(computed: []) === Self.loaded)
    }

    /// A store over a store with a computed source not yet built builds it there, once:
    /// both list it.
    @Test func aStoreOverAStoreBuildsItsComputedSourceThere() throws {
        let builds = Builds()
        let inner = Self.store(counting: builds)
        let more = SourceSchema(name: "more", key: "id", label: "id", description: "", fields: Self.tallySchema.fields)
        let outer = inner.adding(computed: [
            ComputedTable(schema: more, vocabularies: [], defaultColumns: []) {
                Table(schema: more, rows: [], keys: [])
            }
        ])
        #expect(outer !== inner)
        #expect(outer.computedTableNames == ["tally", "more"])
        #expect(try #require(outer.table(named: "tally")).count == 3)
        #expect(inner.tableNames == ["items", "tally"])
        #expect(outer.tableNames == ["items", "tally"])
        _ = inner.table(named: "tally")
        #expect(builds.count == 1)
    }
}
