import Foundation
import RevqCore
import RevqData
import RevqTestSupport
import Testing

@testable import RevqEngine
@testable import RevqReview

/// The claims behind the contradiction notes are checked on the first count. A check is a
/// query over the data, so running one per claim made a review whose claims grow with its
/// data quadratic (the ×1000 synthetic review took 200 s and 17 GB). Each distinct check now
/// runs once, and its rows are shared by every claim that states it.
@Suite struct ClaimCheckScalingTests {
    static let statement = "count findings where confidence >= moderat and theme = kommunikasjon"

    /// The bundled review written out `copies` times over by scripts/synthesize-review.
    static func synthetic(copies: Int) throws -> (Store, cleanup: () -> Void) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("revq-claims-\(UUID().uuidString)")
            .path
        let run = try Subprocess.run(
            "/usr/bin/env",
            ["python3", RepositoryPaths.root + "/scripts/synthesize-review", folder + "/review", String(copies)])
        try #require(run.status == 0, "\(run.stderr)")
        return (
            try DatasetLoader.load(directory: folder + "/review"),
            { try? FileManager.default.removeItem(atPath: folder) }
        )
    }

    @Test func checksRunOncePerDistinctStatementHoweverOftenTheyAreStated() throws {
        let single = Interpreter(store: BundledStore.shared)
        _ = single.run(Self.statement)
        let distinct = single.reviewer.claims.checkRows.count
        #expect(distinct > 0)
        let claims = single.reviewer.coveredClaims(of: "findings", in: single.queryContext).count
        #expect(claims > 0)

        let (store, cleanup) = try Self.synthetic(copies: 3)
        defer { cleanup() }
        let tripled = Interpreter(store: store)
        _ = tripled.run(Self.statement)
        // The copies state the same figure in the same words at the same lines: each would
        // repeat its first copy's note, so only the first is compared with answers.
        #expect(
            tripled.reviewer.coveredClaims(of: "findings", in: tripled.queryContext).count == claims,
            "each distinct claim is compared once")
        #expect(
            tripled.reviewer.claims.checkRows.count == distinct, "three copies of each claim, but no more checks run")
        #expect(
            tripled.reviewer.claims.compiledChecks.count == single.reviewer.claims.compiledChecks.count,
            "each distinct check parsed and bound once")
    }

    /// Comparing only the first copy of a claim drops no note: the synthetic review's count
    /// has a note wherever the review's has one, naming the same claims and places.
    @Test func copiesOfAClaimGiveTheNotesOfOne() throws {
        let statement = "count findings by theme, confidence"
        guard case .rows(let single) = Interpreter(store: BundledStore.shared).run(statement) else {
            Issue.record("no rows")
            return
        }
        let (store, cleanup) = try Self.synthetic(copies: 3)
        defer { cleanup() }
        guard case .rows(let tripled) = Interpreter(store: store).run(statement) else {
            Issue.record("no rows")
            return
        }
        let contradictions = { (notes: [String]) in notes.filter { $0.contains("(audit where id") } }
        #expect(!contradictions(single.notes).isEmpty)
        #expect(contradictions(tripled.notes).count >= contradictions(single.notes).count)
        for note in contradictions(single.notes) {
            let place = note.firstRange(of: "(line").map { String(note[$0.lowerBound...].prefix { $0 != ")" }) } ?? note
            #expect(tripled.notes.contains { $0.contains(place) }, "\(place)")
        }
    }

    /// A shared check gives each claim the rows a fresh run gives.
    @Test func sharedRowsAreTheRowsOfAFreshRun() throws {
        let interpreter = Interpreter(store: BundledStore.shared)
        _ = interpreter.run(Self.statement)
        let fresh = Interpreter(store: BundledStore.shared)
        let checker = fresh.reviewer.checker(in: fresh.queryContext)
        let covered = interpreter.reviewer.coveredClaims(of: "findings", in: interpreter.queryContext)
        #expect(covered.count > 10)
        for claim in covered.map(\.compiled) {
            let (_, bound) = try checker.bind(claim.statement)
            #expect(claim.rows == fresh.rows(of: bound), "\(claim.id)")
        }
    }
}
