import RevqCore
import RevqEngine

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
    static let version = "compiled claims 2"
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
                list(claim.rows.map(String.init)), claim.verdict.rawValue, claim.gives, claim.reason,
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

    /// The claims about the folded source `table` (nil: every claim held); nil for bytes of
    /// another version, that do not hold `table`'s claims, or with a claim not whole. Read
    /// as bytes, and only the source's: a start that compares an answer with the claims reads them.
    static func decode(_ bytes: [UInt8], table: String? = nil) -> [CompiledClaim]? {
        guard let held = sources(in: bytes), table.map(held.contains) ?? true else { return nil }
        let wanted = table.map { Array($0.utf8) + [field] }
        var claims: [CompiledClaim] = []
        for bytes in bytes.split(separator: record, omittingEmptySubsequences: false).dropFirst()
        where wanted.map(bytes.starts(with:)) ?? true {
            let fields = bytes.split(separator: field, omittingEmptySubsequences: false)
            guard fields.count == 14, let n = integer(fields[2]), let verdict = Verdict(rawValue: text(fields[11])),
                let rows = integers(fields[10])
            else { return nil }
            claims.append(
                CompiledClaim(
                    table: text(fields[0]), id: text(fields[1]), n: n, phrase: text(fields[3]), lines: text(fields[4]),
                    family: text(fields[5]), statement: text(fields[6]), condition: text(fields[7]),
                    checkWords: items(fields[8]).map(text), subjectFields: items(fields[9]).map(text),
                    rows: rows, verdict: verdict, gives: text(fields[12]), reason: text(fields[13])))
        }
        return claims
    }

    private static func text(_ bytes: ArraySlice<UInt8>) -> String {
        String(decoding: bytes, as: UTF8.self)
    }

    private static func items(_ bytes: ArraySlice<UInt8>) -> [ArraySlice<UInt8>] {
        bytes.isEmpty ? [] : bytes.split(separator: item, omittingEmptySubsequences: false)
    }

    /// A decimal written by `String(Int)`: digits, perhaps after a minus; nil otherwise.
    private static func integer(_ bytes: ArraySlice<UInt8>) -> Int? {
        let negative = bytes.first == UInt8(ascii: "-")
        let digits = negative ? bytes.dropFirst() : bytes
        guard !digits.isEmpty, digits.count <= 18 else { return nil }
        var value = 0
        for byte in digits {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return negative ? -value : value
    }

    private static func integers(_ bytes: ArraySlice<UInt8>) -> [Int]? {
        var numbers: [Int] = []
        for part in items(bytes) {
            guard let number = integer(part) else { return nil }
            numbers.append(number)
        }
        return numbers
    }
}

/// Where the compiled claims are kept between runs: beside the compiled dataset they were
/// checked against (the REPL gives `DerivedCacheFile`), or nowhere (tests, no cache).
package protocol CompiledClaimsStorage: Sendable {
    func read() -> [UInt8]?
    @discardableResult func write(_ payload: [UInt8]) -> Bool
}
