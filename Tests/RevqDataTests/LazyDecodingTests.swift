import Foundation
import RevqCore
import RevqData
import RevqTestSupport
import Synchronization
import Testing

/// A store from the compiled cache decodes each table on first use: whichever source is
/// used first, in whatever order the rest follow, from however many threads, every table
/// is the table the TSV files give.
struct LazyDecodingTests {
    static let sources = TSVSheet.reading(RepositoryPaths.bundledDataset + "/schema/sources.tsv").records.map {
        $0["name"]
    }

    /// One warm cache for the suite, and the store the TSV files give to compare with.
    static let fixture: (scratch: StoreCacheTests.Scratch, loaded: Store) = {
        let scratch = try! StoreCacheTests.Scratch()
        _ = try! scratch.load()
        return (scratch, try! DatasetLoader.load(directory: scratch.dataset))
    }()

    static func cachedStore() throws -> Store {
        let (store, outcome) = try fixture.scratch.load()
        #expect(outcome == .reused)
        return store
    }

    @Test func openingDecodesNoTable() throws {
        let store = try Self.cachedStore()
        #expect(store.decodedTableCount == 0)
        #expect(store.tableNames == Self.fixture.loaded.tableNames)
        #expect(store.rowCounts == Self.fixture.loaded.tables.map(\.count))
        #expect(store.decodedTableCount == 0, "names and counts come without decoding")
        _ = store.table(named: "findings")
        #expect(store.decodedTableCount == 1)
    }

    /// `source` first, then every other source last to first, then all again.
    @Test(arguments: sources)
    func eachSourceFirstThenTheRestInReverse(source: String) throws {
        let store = try Self.cachedStore()
        let loaded = Self.fixture.loaded
        let first = try #require(store.table(named: source))
        expectSameTable(first, try #require(loaded.table(named: source)))
        for name in Self.sources.reversed() where name != source {
            expectSameTable(try #require(store.table(named: name)), try #require(loaded.table(named: name)))
        }
        #expect(store.decodedTableCount == Self.sources.count)
        expectSameStore(store, loaded)
    }

    /// Eight threads ask for the tables in eight orders at once: every thread sees the rows
    /// the TSV files give.
    @Test func threadsAskingAtOnceSeeOneTable() throws {
        let store = try Self.cachedStore()
        let count = store.tableNames.count
        let seen = Mutex([[[Value]]](repeating: [], count: 8 * count))
        DispatchQueue.concurrentPerform(iterations: 8) { thread in
            for step in 0..<count {
                // A rotation, forwards or backwards: every thread visits every table, whatever
                // the number of tables (a stride of thread + 1 skips some when it shares a
                // factor with the count, as 18 sources do).
                let index = (thread.isMultiple(of: 2) ? step + thread : count - 1 - step + thread) % count
                let rows = store.table(at: index).rows
                seen.withLock { $0[thread * count + index] = rows }
            }
        }
        let answers = seen.withLock { $0 }
        #expect(store.decodedTableCount == count)
        for index in 0..<count {
            let expected = Self.fixture.loaded.table(at: index).rows
            #expect((0..<8).allSatisfy { answers[$0 * count + index] == expected }, "\(store.tableNames[index])")
        }
    }
}

private func expectSameTable(
    _ actual: Table, _ expected: Table, sourceLocation: Testing.SourceLocation = #_sourceLocation
) {
    #expect(actual.name == expected.name, sourceLocation: sourceLocation)
    #expect(actual.rows == expected.rows, "rows of \(expected.name)", sourceLocation: sourceLocation)
    #expect(actual.keys == expected.keys, "keys of \(expected.name)", sourceLocation: sourceLocation)
}
