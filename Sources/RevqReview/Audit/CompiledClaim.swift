import RevqCore
import RevqEngine

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A claim that counts rows, compiled: its check parsed, bound and run, and everything a note
/// needs kept flat, so the claims can be kept beside the compiled dataset
/// (`CompiledClaimsStorage`) and read back at the next start without parsing a check.
struct CompiledClaim: Sendable, Equatable {
    /// The folded source the check reads (the first word of the check).
    let table: String
    let id: String
    let n: Int
    let phrase: String
    /// The line(s) the claim is stated at, as a note names them ("line 36").
    let lines: String
    /// The claims whose figures are parts of one whole: a chart's bars (Figur 5's levels),
    /// or the claims of one subject, scope and attribute.
    let family: String
    /// The check as the language prints it: claims with one statement count one figure.
    let statement: String
    /// The check's condition as a note quotes it, its `and` parts joined.
    let condition: String
    /// The folded words of the check: a list is compared only with claims naming a field it tests.
    let checkWords: [String]
    /// The folded names of the fields the claim counts by: those its check's last condition
    /// tests (`bias` in `kind != kvalitativ and bias = høy`; the parts before it give the
    /// scope). An answer is about the claim only if it tests one of them too.
    let subjectFields: [String]
    let rows: [Int]
    let verdict: Verdict
    let gives: String
    let reason: String
}

/// The compiled claims as bytes: a head naming the folded sources whose claims they hold
/// (each source's all, so a source not named is compiled when first counted and added),
/// then one record per claim, its fields in the order of `CompiledClaim`'s, separated by
/// ASCII's unit, record and group separators, which no value of a review holds (a claim
/// holding one is not kept, and the claims are checked again at the next start).
enum CompiledClaimEncoding {
    static let version = "compiled claims 3"
    private static let field: UInt8 = 0x1F, item: UInt8 = 0x1E, record: UInt8 = 0x1D

    /// The bytes of `claims`, every claim about each of `sources`; nil when a value holds a separator.
    static func encode(_ claims: [CompiledClaim], sources: [String]) -> [UInt8]? {
        guard let head = head(sources), let body = records(claims) else { return nil }
        return head + body
    }

    /// `stored` with the claims about `source` added, its other sources' records kept as they
    /// are; only `source`'s when `stored` is of another version or already names `source`
    /// (its records there did not decode). nil when a value holds a separator.
    static func adding(_ claims: [CompiledClaim], about source: String, to stored: [UInt8]) -> [UInt8]? {
        guard let held = sources(in: stored), !held.contains(source) else { return encode(claims, sources: [source]) }
        guard let head = head(held.sorted() + [source]), let added = records(claims) else { return nil }
        return head + stored[(stored.firstIndex(of: record) ?? stored.endIndex)...] + added
    }

    /// The folded sources whose claims `bytes` hold; nil for bytes of another version.
    static func sources(in bytes: [UInt8]) -> Set<String>? {
        let names = bytes.prefix { $0 != record }.split(separator: field, omittingEmptySubsequences: false)
        guard let first = names.first, first.elementsEqual(version.utf8) else { return nil }
        return Set(names.dropFirst().map(text))
    }

    private static func head(_ sources: [String]) -> [UInt8]? {
        guard sources.allSatisfy(isPlain) else { return nil }
        return Array(([version] + sources).joined(separator: "\u{1F}").utf8)
    }

    private static func records(_ claims: [CompiledClaim]) -> [UInt8]? {
        var bytes: [UInt8] = []
        for claim in claims {
            let texts =
                [
                    claim.table, claim.id, claim.phrase, claim.lines, claim.family, claim.statement, claim.condition,
                    claim.gives, claim.reason,
                ] + claim.checkWords + claim.subjectFields
            guard texts.allSatisfy(isPlain) else { return nil }
            let fields = [
                claim.table, claim.id, String(claim.n), claim.phrase, claim.lines, claim.family, claim.statement,
                claim.condition, list(claim.checkWords), list(claim.subjectFields),
                hexBits(claim.rows), claim.verdict.rawValue, claim.gives, claim.reason,
            ]
            bytes.append(record)
            bytes += Array(fields.joined(separator: "\u{1F}").utf8)
        }
        return bytes
    }

    /// No separator in it.
    private static func isPlain(_ text: String) -> Bool {
        !text.utf8.contains { (record...field).contains($0) }
    }

    private static func list(_ values: [String]) -> String {
        values.joined(separator: "\u{1E}")
    }

    /// Rows as a bitset in hex digits, digit `k` holding rows `4k` to `4k + 3` (its lowest
    /// bit the first), as long as the last row needs: a claim of a large review counts
    /// thousands of rows, which decimals spelled in megabytes.
    static func hexBits(_ rows: [Int]) -> String {
        guard let last = rows.max(), rows.allSatisfy({ $0 >= 0 }) else { return "" }
        var nibbles = [UInt8](repeating: 0, count: last / 4 + 1)
        for row in rows { nibbles[row / 4] |= 1 << UInt8(row % 4) }
        let digits = Array("0123456789abcdef".utf8)
        return String(decoding: nibbles.map { digits[Int($0)] }, as: UTF8.self)
    }

    /// The claims about the folded source `table` (nil: every claim held); nil for bytes of
    /// another version, that do not hold `table`'s claims, or with a claim not whole. Read
    /// as bytes, and only the source's: a start that compares an answer with the claims reads them.
    /// `contestedOnly`: only the claims whose figure the data does not confirm, the rest left
    /// as bytes (a list is compared with no other, and most claims agree); `mentioning`: only
    /// those whose check names one of these folded words (the fields a list tests).
    static func decode(
        _ bytes: [UInt8], table: String? = nil, contestedOnly: Bool = false, mentioning: Set<String>? = nil
    ) -> [CompiledClaim]? {
        guard let held = sources(in: bytes), table.map(held.contains) ?? true else { return nil }
        let wanted = table.map { Array($0.utf8) + [field] }
        let agrees = Array(Verdict.agrees.rawValue.utf8)
        return bytes.withUnsafeBufferPointer { buffer -> [CompiledClaim]? in
            let reader = RecordReader(bytes: buffer)
            var claims: [CompiledClaim] = []
            // Claims of one statement count the same rows (a synthetic review's copies hold
            // thousands): each list is read once.
            var rowsByStatement: [String: [Int]] = [:]
            // Records found with memchr, not split: a generic split walked the whole file byte
            // by byte at a start's first count.
            var records = reader.parts(of: Span(start: 0, end: buffer.count), by: record)
            _ = records.next() // the head
            while let span = records.next() {
                if let wanted, !reader.starts(span, with: wanted) { continue }
                guard let fields = reader.fields(of: span) else { return nil }
                if contestedOnly && reader.equals(fields[11], agrees) { continue }
                if let mentioning, !reader.items(fields[8]).contains(where: { mentioning.contains(reader.text($0)) }) {
                    continue
                }
                guard let claim = reader.claim(fields, rowsByStatement: &rowsByStatement) else { return nil }
                claims.append(claim)
            }
            return claims
        }
    }

    /// Where a part lies in the bytes: a plain pair of offsets, as a `Slice` or `Range`
    /// would instantiate generic types (and search the binary's conformances) at the first
    /// count of every start.
    private struct Span {
        let start: Int
        let end: Int
        var isEmpty: Bool { start == end }
    }

    /// Reads records and fields out of the claims' bytes.
    private struct RecordReader {
        let bytes: UnsafeBufferPointer<UInt8>

        func parts(of span: Span, by separator: UInt8) -> Parts {
            Parts(bytes: bytes, rest: span, separator: separator)
        }

        func starts(_ span: Span, with prefix: [UInt8]) -> Bool {
            span.end - span.start >= prefix.count
                && prefix.indices.allSatisfy { bytes[span.start + $0] == prefix[$0] }
        }

        func equals(_ span: Span, _ text: [UInt8]) -> Bool {
            span.end - span.start == text.count && starts(span, with: text)
        }

        /// A record's fields; nil unless it has exactly a claim's 14.
        func fields(of span: Span) -> [Span]? {
            var fields: [Span] = []
            fields.reserveCapacity(14)
            var parts = parts(of: span, by: field)
            while let part = parts.next() {
                guard fields.count < 14 else { return nil }
                fields.append(part)
            }
            return fields.count == 14 ? fields : nil
        }

        /// The claim a record's fields hold; nil when one does not read.
        func claim(_ fields: [Span], rowsByStatement: inout [String: [Int]]) -> CompiledClaim? {
            let statement = text(fields[6])
            guard let n = integer(fields[2]), let verdict = Verdict(rawValue: text(fields[11])),
                let rows = rowsByStatement[statement] ?? bitsetRows(fields[10])
            else { return nil }
            rowsByStatement[statement] = rows
            return CompiledClaim(
                table: text(fields[0]), id: text(fields[1]), n: n, phrase: text(fields[3]), lines: text(fields[4]),
                family: text(fields[5]), statement: statement, condition: text(fields[7]),
                checkWords: items(fields[8]).map(text), subjectFields: items(fields[9]).map(text),
                rows: rows, verdict: verdict, gives: text(fields[12]), reason: text(fields[13]))
        }

        func text(_ span: Span) -> String {
            String(
                decoding: UnsafeBufferPointer(start: bytes.baseAddress! + span.start, count: span.end - span.start),
                as: UTF8.self)
        }

        func items(_ span: Span) -> [Span] {
            guard !span.isEmpty else { return [] }
            var parts = parts(of: span, by: item)
            var found: [Span] = []
            while let part = parts.next() { found.append(part) }
            return found
        }

        /// A decimal written by `String(Int)`: digits, perhaps after a minus; nil otherwise.
        func integer(_ span: Span) -> Int? {
            let negative = !span.isEmpty && bytes[span.start] == UInt8(ascii: "-")
            let start = negative ? span.start + 1 : span.start
            guard start < span.end, span.end - start <= 18 else { return nil }
            var value = 0
            for index in start..<span.end {
                let byte = bytes[index]
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return negative ? -value : value
        }

        /// The rows of a bitset in hex digits (`hexBits`), in order; nil for any other byte.
        func bitsetRows(_ span: Span) -> [Int]? {
            var rows: [Int] = []
            for index in span.start..<span.end {
                let byte = bytes[index]
                let value: UInt8
                if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
                    value = byte - UInt8(ascii: "0")
                } else if byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "f") {
                    value = byte - UInt8(ascii: "a") + 10
                } else {
                    return nil
                }
                guard value != 0 else { continue }
                let first = (index - span.start) * 4
                for bit in 0..<4 where value & (1 << UInt8(bit)) != 0 { rows.append(first + bit) }
            }
            return rows
        }
    }

    /// The parts of a span between separators (one part for a span without one; none are
    /// dropped), each found with memchr.
    private struct Parts {
        let bytes: UnsafeBufferPointer<UInt8>
        var rest: Span?
        let separator: UInt8

        mutating func next() -> Span? {
            guard let span = rest else { return nil }
            guard let base = bytes.baseAddress, !span.isEmpty,
                let found = memchr(base + span.start, Int32(separator), span.end - span.start)
            else {
                rest = nil
                return span
            }
            let at = UnsafeRawPointer(found) - UnsafeRawPointer(base)
            rest = Span(start: at + 1, end: span.end)
            return Span(start: span.start, end: at)
        }
    }

    private static func text(_ bytes: ArraySlice<UInt8>) -> String {
        String(decoding: bytes, as: UTF8.self)
    }
}

/// Where the compiled claims are kept between runs: beside the compiled dataset they were
/// checked against (the REPL gives `DerivedCacheFile`), or nowhere (tests, no cache).
package protocol CompiledClaimsStorage: Sendable {
    func read() -> [UInt8]?
    @discardableResult func write(_ payload: [UInt8]) -> Bool
}
