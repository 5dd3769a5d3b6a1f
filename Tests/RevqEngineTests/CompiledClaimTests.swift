import RevqCore
import RevqTestSupport
import Synchronization
import Testing

@testable import RevqEngine
@testable import RevqReview

/// The claims' checks compiled once and kept between runs: the bytes give back the very
/// claims, a start that finds them checks no claim, and bytes that do not decode are
/// checked again rather than trusted.
@Suite struct CompiledClaimTests {
    /// A storage in memory that counts what is written.
    final class MemoryStorage: CompiledClaimsStorage, @unchecked Sendable {
        var bytes: [UInt8]?
        var writes = 0
        init(_ bytes: [UInt8]? = nil) { self.bytes = bytes }
        func read() -> [UInt8]? { bytes }
        func write(_ payload: [UInt8]) -> Bool {
            bytes = payload
            writes += 1
            return true
        }
    }

    static let count = "count findings by theme, confidence"

    static func compiled(_ interpreter: Interpreter) -> [CompiledClaim] {
        interpreter.reviewer.compiledClaims(in: interpreter.queryContext)
    }

    static func notes(_ interpreter: Interpreter, _ statement: String = count) -> [String] {
        guard case .rows(let result) = interpreter.run(statement) else { return ["no rows"] }
        return result.notes
    }

    @Test func theBytesGiveBackTheClaims() throws {
        let claims = Self.compiled(Interpreter(store: BundledStore.shared))
        #expect(claims.count > 20)
        #expect(claims.contains { $0.verdict != .agrees }, "the review has contested count claims")
        let bytes = try #require(CompiledClaimEncoding.encode(claims, sources: Array(Set(claims.map(\.table)))))
        #expect(CompiledClaimEncoding.decode(bytes) == claims)
    }

    @Test func bytesOfAnotherVersionOrCutShortAreNotRead() throws {
        let bytes = try #require(
            CompiledClaimEncoding.encode(
                Self.compiled(Interpreter(store: BundledStore.shared)), sources: ["findings", "studies"]))
        #expect(CompiledClaimEncoding.decode(Array("compiled claims 2".utf8) + bytes.drop { $0 != 0x1D }) == nil)
        let cut = Array(bytes.prefix(bytes.count - 40))
        #expect(
            CompiledClaimEncoding.decode(cut) == nil
                || CompiledClaimEncoding.decode(cut)!.count
                    < Self.compiled(Interpreter(store: BundledStore.shared)).count
        )
        let lastRecord = bytes.lastIndex(of: 0x1D)!
        #expect(
            CompiledClaimEncoding.decode(Array(bytes[..<(lastRecord + 3)])) == nil, "a record cut inside is refused")
    }

    /// A claim's rows kept as a bitset in hex digits: every set of rows back as written, and
    /// a list with any byte that is not a lower-case hex digit refused.
    @Test(arguments: [
        ("", [Int]?.some([])), ("1", [0]), ("a", [1, 3]), ("0f", [4, 5, 6, 7]), ("008", [11]), ("1001", [0, 12]),
        ("A", nil), ("g", nil), ("1 2", nil), ("-1", nil), ("1\u{1E}2", nil),
    ])
    func aRowsListReadsAsWrittenOrNotAtAll(list: String, rows: [Int]?) throws {
        let claim = try #require(Self.compiled(Interpreter(store: BundledStore.shared)).first)
        let bytes = try #require(CompiledClaimEncoding.encode([claim], sources: [claim.table]))
        let fields = bytes.split(separator: 0x1F, omittingEmptySubsequences: false)
        // The rows list is a record's 11th field; split on the field separator, the head's
        // version comes first and its source shares a part with the record's first field.
        let rowsField = 1 + 10
        var edited = Array(fields[..<rowsField].joined(separator: [0x1F]))
        edited += [0x1F] + Array(list.utf8) + [0x1F] + Array(fields[(rowsField + 1)...].joined(separator: [0x1F]))
        let decoded = CompiledClaimEncoding.decode(edited)
        #expect(decoded?.first?.rows == rows, "\(list.debugDescription)")
        if let rows { #expect(CompiledClaimEncoding.hexBits(rows) == list, "written as read") }
    }

    @Test func aValueHoldingASeparatorIsNotKept() throws {
        let claim = try #require(Self.compiled(Interpreter(store: BundledStore.shared)).first)
        let odd = CompiledClaim(
            table: claim.table, id: claim.id, n: claim.n, phrase: "a\u{1F}b", lines: claim.lines, family: claim.family,
            statement: claim.statement, condition: claim.condition, checkWords: claim.checkWords,
            subjectFields: claim.subjectFields, rows: claim.rows, verdict: claim.verdict, gives: claim.gives,
            reason: claim.reason)
        #expect(CompiledClaimEncoding.encode([odd], sources: [claim.table]) == nil)
        #expect(CompiledClaimEncoding.encode([claim], sources: ["a\u{1D}b"]) == nil, "nor a source name holding one")
    }

    /// The first run checks the claims and keeps them; the next reads them and checks none,
    /// with the same notes.
    @Test func aStartThatFindsTheClaimsChecksNone() throws {
        let storage = MemoryStorage()
        let first = Interpreter(store: BundledStore.shared)
        first.reviewer.compiledClaimsStorage = storage
        let expected = Self.notes(first)
        #expect(expected.contains { $0.contains("(audit where id") }, "\(expected)")
        #expect(storage.writes == 1)
        #expect(!first.reviewer.claims.checkRows.isEmpty)

        let second = Interpreter(store: BundledStore.shared)
        second.reviewer.compiledClaimsStorage = storage
        #expect(Self.notes(second) == expected)
        #expect(
            second.reviewer.claims.checkRows.isEmpty && second.reviewer.claims.compiledChecks.isEmpty,
            "no claim's check ran")
        #expect(storage.writes == 1, "nothing written again")
    }

    /// A source's claims are read from the bytes alone: those of other sources too, in order;
    /// a source the bytes do not name is not read as having none.
    @Test func eachSourceReadsItsOwnClaims() throws {
        let all = Self.compiled(Interpreter(store: BundledStore.shared))
        let tables = Set(all.map(\.table))
        let bytes = try #require(CompiledClaimEncoding.encode(all, sources: tables.sorted() + ["outcomes"]))
        #expect(tables.count > 1, "claims about several sources: \(tables)")
        #expect(!tables.contains("outcomes"), "a source no claim checks")
        for table in tables {
            #expect(CompiledClaimEncoding.decode(bytes, table: table) == all.filter { $0.table == table }, "\(table)")
        }
        #expect(CompiledClaimEncoding.decode(bytes, table: "outcomes") == [], "named, with no claims")
        #expect(CompiledClaimEncoding.decode(bytes, table: "excerpts") == nil, "not named: not known")
    }

    /// A list reads only the contested claims: those whose figure the data does not confirm,
    /// in order; the others stay bytes.
    @Test func aListReadsOnlyTheContestedClaims() throws {
        let all = Self.compiled(Interpreter(store: BundledStore.shared))
        let bytes = try #require(CompiledClaimEncoding.encode(all, sources: Set(all.map(\.table)).sorted()))
        let findings = all.filter { $0.table == "findings" }
        let contested = findings.filter { $0.verdict != .agrees }
        // "lav tillit til 10 av funnene" (review-source.txt:1118), where the data gives 11.
        #expect(!contested.isEmpty && contested.count < findings.count, "\(contested.count) of \(findings.count)")
        #expect(CompiledClaimEncoding.decode(bytes, table: "findings", contestedOnly: true) == contested)
        // Of those, only the ones whose check names a field the list tests (every claim here
        // names one of its fields, so each field picks a part of them).
        for fields: Set<String> in [["confidence"], ["theme"], ["confidence", "theme"], ["country"], []] {
            let expected = all.filter { $0.checkWords.contains(where: fields.contains) }
            if fields.contains("confidence") || fields.contains("theme") {
                #expect(!expected.isEmpty && expected.count < all.count, "\(fields.sorted()): \(expected.count)")
            }
            #expect(
                CompiledClaimEncoding.decode(bytes, mentioning: fields) == expected, "\(fields.sorted())")
        }
    }

    /// Bytes of another version, or naming the source with a damaged record, are checked
    /// again, never trusted, and replaced by the counted source's claims.
    @Test(arguments: [
        "compiled claims 2\u{1D}findings\u{1F}x", CompiledClaimEncoding.version + "\u{1F}findings\u{1D}findings\u{1F}x",
    ])
    func damagedBytesAreCheckedAgain(bytes: String) throws {
        let expected = Self.notes(Interpreter(store: BundledStore.shared))
        let storage = MemoryStorage(Array(bytes.utf8))
        let interpreter = Interpreter(store: BundledStore.shared)
        interpreter.reviewer.compiledClaimsStorage = storage
        #expect(Self.notes(interpreter) == expected)
        #expect(!interpreter.reviewer.claims.checkRows.isEmpty, "the claims were checked")
        #expect(storage.writes == 1)
        let stored = try #require(storage.bytes)
        #expect(CompiledClaimEncoding.sources(in: stored) == ["findings"])
        #expect(CompiledClaimEncoding.decode(stored) == Self.compiled(interpreter).filter { $0.table == "findings" })
    }

    /// The audit, built later, leaves the compiled claims as they were, and reuses the checks
    /// the notes ran: the store is not replaced, so nothing checked is dropped.
    @Test func theAuditKeepsTheCompiledClaims() {
        let interpreter = Interpreter(store: BundledStore.shared)
        let before = Self.notes(interpreter)
        let checkedForNotes = interpreter.reviewer.claims.checkRows
        #expect(!checkedForNotes.isEmpty)
        _ = interpreter.run("count audit by verdict")
        let checkedWithAudit = interpreter.reviewer.claims.checkRows
        #expect(checkedForNotes.allSatisfy { checkedWithAudit[$0.key] == $0.value }, "the audit kept the notes' checks")
        #expect(Self.notes(interpreter) == before)
        #expect(
            interpreter.reviewer.claims.checkRows.keys == checkedWithAudit.keys,
            "the notes after the audit checked nothing new")
    }
}
