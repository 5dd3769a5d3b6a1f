import Foundation
import RevqCore
import RevqData
import RevqTestSupport
import Testing

@testable import RevqEngine
@testable import RevqReview

/// `sources` lists the audit with its row count without building it: building runs every
/// check of the report (seconds on a review ×100), and the count needs only the claims'
/// and charts' row counts and which cross-table checks the dataset's fields allow.
@Suite struct SourcesAuditCountTests {
    static func sources(_ interpreter: Interpreter) -> [String] {
        let result = interpreter.run("sources").resultSet
        #expect(result != nil, "sources gave no rows")
        return (result?.rows ?? []).map { $0.map(\.text).joined(separator: "|") }
    }

    /// The listing before the audit is built is the listing after, and building it took `count audit`.
    static func expectSameListing(_ store: Store) {
        let interpreter = Interpreter(store: store)
        let unbuilt = sources(interpreter)
        #expect(!interpreter.store.tableNames.contains("audit"), "sources built the audit")
        #expect(unbuilt.contains { $0.hasPrefix("audit|") })
        _ = interpreter.run("count audit")
        #expect(interpreter.store.tableNames.contains("audit"))
        #expect(sources(interpreter) == unbuilt)
    }

    @Test func theBundledReviewsAuditIsCountedUnbuilt() throws {
        Self.expectSameListing(try DatasetLoader.load(directory: RepositoryPaths.bundledDataset))
    }

    @Test func aSyntheticReviewsAuditIsCountedUnbuilt() throws {
        let (store, cleanup) = try ClaimCheckScalingTests.synthetic(copies: 2)
        defer { cleanup() }
        Self.expectSameListing(store)
    }
}
