import Foundation
import RevqCore
import RevqEngine
import RevqReview
import RevqTestSupport
import Synchronization
import Testing

/// One store, one owner (issue 23): `audit` is a table of the interpreter's store, built
/// when a statement first reads it; the store is never replaced, so what the shell, the
/// record and `.export` read is the store the statements read.
@Suite struct StoreOwnerTests {
    @Test func theAuditIsBuiltIntoTheSameStore() throws {
        let interpreter = Interpreter(store: BundledStore.shared)
        let store = interpreter.store
        #expect(store.computedTableNames == ["audit"])
        #expect(!store.tableNames.contains("audit"), "not listed before a statement reads it")
        #expect(store.schema.source(named: "audit") == nil)
        guard case .rows(let counted) = interpreter.run("count audit by verdict") else {
            Issue.record("count audit by verdict gave no rows")
            return
        }
        #expect(interpreter.store === store)
        let audit = try #require(store.table(named: "audit"))
        #expect(store.schema.source(named: "audit") != nil)
        #expect(store.tableNames.filter { $0 == "audit" }.count == 1)
        #expect(store.rowCount(ofTable: "audit") == audit.count)
        let total = counted.rows.compactMap { row -> Int? in
            if case .integer(let count)? = row.last { return count } else { return nil }
        }
        #expect(total.reduce(0, +) == audit.count, "the count reads the store's audit")
        #expect(interpreter.storeWithComputedSources() === store)
    }

    /// Threads reading the audit at once all get the one table the store lists, once.
    @Test func concurrentFirstReadsShareOneAudit() throws {
        let store = Interpreter(store: BundledStore.shared).store
        let keys = Mutex([[String]]())
        DispatchQueue.concurrentPerform(iterations: 4) { _ in
            let read = store.table(named: "audit")?.keys ?? []
            keys.withLock { $0.append(read) }
        }
        let read = keys.withLock { $0 }
        #expect(read.count == 4 && !read[0].isEmpty)
        #expect(read.allSatisfy { $0 == read[0] })
        #expect(store.tableNames.filter { $0 == "audit" }.count == 1)
    }

    /// The engine alone over the review's store declares nothing: a second interpreter over
    /// an interpreter's store (`.open`'s scratch shell) shares it, audit and all.
    @Test func aSecondInterpreterSharesTheStore() {
        let first = Interpreter(store: BundledStore.shared)
        #expect(first.store !== BundledStore.shared)
        #expect(Interpreter(store: first.store).store === first.store)
        #expect(Interpreter(store: BundledStore.shared, review: nil).store === BundledStore.shared)
    }

    /// A query may not take the name of a computed source not yet built: once built, the
    /// source hid the query, and `sources` listed the name twice.
    @Test func aQueryMayNotTakeTheAuditsName() {
        let interpreter = Interpreter(store: BundledStore.shared)
        guard case .failure(let diagnostics) = interpreter.run("let audit = findings where confidence = høy") else {
            Issue.record("a query took the audit's name")
            return
        }
        #expect(diagnostics.first?.message == Problem.alreadyASource("audit").message)
        #expect(!interpreter.store.tableNames.contains("audit"), "refusing the name builds nothing")
        #expect(interpreter.queryNames.isEmpty)
    }
}
