import Foundation
import RevqCore
import RevqTestSupport
import Testing

@testable import RevqData
@testable import RevqEngine
@testable import RevqReview

/// The compiled claims are kept per source: a count compiles only the claims about its own
/// source and adds them to those kept, and a kept file is read only while it is whole.
@Suite struct CompiledClaimSourcesTests {
    typealias MemoryStorage = CompiledClaimTests.MemoryStorage

    /// The compiled dataset's file, as the REPL gives it.
    struct FileStorage: CompiledClaimsStorage {
        let file: DerivedCacheFile
        func read() -> [UInt8]? { file.read() }
        func write(_ payload: [UInt8]) -> Bool { file.write(payload) }
    }

    static let findings = "count findings by theme, confidence"
    static let studies = "count studies by country"

    /// The folded sources of the checks that ran (`ClaimCache.compiledChecks`).
    static func checkedSources(_ interpreter: Interpreter) -> Set<String> {
        Set(interpreter.reviewer.claims.compiledChecks.keys.map { TextFolding.fold(String($0.prefix { $0 != " " })) })
    }

    static func claims(of table: String) -> [CompiledClaim] {
        CompiledClaimTests.compiled(Interpreter(store: BundledStore.shared)).filter { $0.table == table }
    }

    @Test func aCountChecksOnlyTheClaimsAboutItsSource() throws {
        let storage = MemoryStorage()
        let interpreter = Interpreter(store: BundledStore.shared)
        interpreter.reviewer.compiledClaimsStorage = storage
        _ = CompiledClaimTests.notes(interpreter, Self.findings)
        #expect(Self.checkedSources(interpreter) == ["findings"])
        let stored = try #require(storage.bytes)
        #expect(CompiledClaimEncoding.sources(in: stored) == ["findings"])
        #expect(CompiledClaimEncoding.decode(stored) == Self.claims(of: "findings"))
    }

    /// A file holding the claims about `studies` only: a count of findings checks the claims
    /// about findings, keeps those about studies as they were, and the next start checks none.
    @Test func aFileWithSomeSourcesGainsTheCountedSource() throws {
        let studies = Self.claims(of: "studies")
        #expect(!studies.isEmpty && !Self.claims(of: "findings").isEmpty)
        let storage = MemoryStorage(try #require(CompiledClaimEncoding.encode(studies, sources: ["studies"])))
        let fresh = Interpreter(store: BundledStore.shared)
        let expected = [Self.findings, Self.studies].map { CompiledClaimTests.notes(fresh, $0) }
        #expect(
            expected.allSatisfy { $0.contains { $0.contains("(audit where id") } },
            "both counts have notes: \(expected)")

        let first = Interpreter(store: BundledStore.shared)
        first.reviewer.compiledClaimsStorage = storage
        #expect(CompiledClaimTests.notes(first, Self.findings) == expected[0])
        #expect(Self.checkedSources(first) == ["findings"], "only the claims about findings were checked")
        #expect(storage.writes == 1)
        let stored = try #require(storage.bytes)
        #expect(CompiledClaimEncoding.sources(in: stored) == ["studies", "findings"])
        #expect(CompiledClaimEncoding.decode(stored, table: "studies") == studies, "kept as they were")
        #expect(CompiledClaimEncoding.decode(stored, table: "findings") == Self.claims(of: "findings"))

        let second = Interpreter(store: BundledStore.shared)
        second.reviewer.compiledClaimsStorage = storage
        #expect([Self.findings, Self.studies].map { CompiledClaimTests.notes(second, $0) } == expected)
        #expect(second.reviewer.claims.compiledChecks.isEmpty, "no claim's check ran")
        #expect(storage.writes == 1, "nothing written again")
    }

    /// A kept file with a byte changed fails its checksum: the claims are checked again, with
    /// the same notes, and the file written whole again.
    @Test func aCorruptFileIsCheckedAgain() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("revq-claims-\(UUID().uuidString)")
            .path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let storage = FileStorage(
            file: DerivedCacheFile(path: folder + "/dataset-x.store.claims", folder: folder, key: "k1"))
        let first = Interpreter(store: BundledStore.shared)
        first.reviewer.compiledClaimsStorage = storage
        let expected = CompiledClaimTests.notes(first, Self.findings)
        let written = try #require(storage.read())

        var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: storage.file.path)))
        bytes[bytes.count - 30] ^= 0x04
        try Data(bytes).write(to: URL(fileURLWithPath: storage.file.path))
        #expect(storage.read() == nil, "the checksum no longer holds")

        let second = Interpreter(store: BundledStore.shared)
        second.reviewer.compiledClaimsStorage = storage
        #expect(CompiledClaimTests.notes(second, Self.findings) == expected)
        #expect(Self.checkedSources(second) == ["findings"], "checked again")
        #expect(storage.read() == written, "written whole again")
    }
}
