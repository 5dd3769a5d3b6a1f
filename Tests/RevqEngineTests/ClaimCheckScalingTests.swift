import Foundation
import RevqCore
import RevqData
@testable import RevqEngine
import RevqTestSupport
import Testing

/// The claims behind the contradiction notes are checked on the first count. A check is a
/// query over the data, so running one per claim made a review whose claims grow with its
/// data quadratic (the ×1000 synthetic review took 200 s and 17 GB). Each distinct check now
/// runs once, and its rows are shared by every claim that states it.
@Suite struct ClaimCheckScalingTests {
    static let statement = "count findings where confidence >= moderat and theme = kommunikasjon"

    /// The bundled review written out `copies` times over by scripts/synthesize-review.
    static func synthetic(copies: Int) throws -> (Store, cleanup: () -> Void) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("revq-claims-\(UUID().uuidString)").path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", RepositoryPaths.root + "/scripts/synthesize-review", folder + "/review", String(copies)]
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0)
        return (try DatasetLoader.load(directory: folder + "/review"), { try? FileManager.default.removeItem(atPath: folder) })
    }

    @Test func checksRunOncePerDistinctStatementHoweverOftenTheyAreStated() throws {
        let single = Interpreter(store: BundledStore.shared)
        _ = single.run(Self.statement)
        let distinct = single.checkRows.count
        #expect(distinct > 0)
        let claims = single.countClaims?.count ?? 0
        #expect(claims > 0)

        let (store, cleanup) = try Self.synthetic(copies: 3)
        defer { cleanup() }
        let tripled = Interpreter(store: store)
        _ = tripled.run(Self.statement)
        #expect((tripled.countClaims?.count ?? 0) == 3 * claims, "every claim is checked")
        #expect(tripled.checkRows.count == distinct, "three copies of each claim, but no more checks run")
    }

    /// A shared check gives each claim the rows a fresh run gives.
    @Test func sharedRowsAreTheRowsOfAFreshRun() throws {
        let interpreter = Interpreter(store: BundledStore.shared)
        _ = interpreter.run(Self.statement)
        let fresh = Interpreter(store: BundledStore.shared)
        let checker = ClaimChecker(interpreter: fresh)
        // A loop over no claims would pass without checking anything.
        #expect((interpreter.countClaims?.count ?? 0) > 0)
        for checked in interpreter.countClaims ?? [] {
            let (_, bound) = try checker.bind(checked.claim.check)
            #expect(checked.rows == fresh.rows(of: bound), "\(checked.claim.id)")
        }
    }
}
