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
    let checkWords: Set<String>
    /// The folded names of the fields the claim counts by: those its check's last condition
    /// tests (`bias` in `kind != kvalitativ and bias = høy`; the parts before it give the
    /// scope). An answer is about the claim only if it tests one of them too.
    let subjectFields: Set<String>
    let rows: [Int]
    let verdict: Verdict
    let gives: String
    let reason: String
}

/// The compiled claims as bytes: one record per claim, its fields in the order of
/// `CompiledClaim`'s, separated by ASCII's unit, record and group separators, which no
/// value of a review holds (a claim holding one is not kept, and the claims are checked
/// again at the next start).
enum CompiledClaimEncoding {
    static let version = "compiled claims 1"
    private static let field: UInt8 = 0x1F, item: UInt8 = 0x1E, record: UInt8 = 0x1D

    /// nil when a value holds a separator.
    static func encode(_ claims: [CompiledClaim]) -> [UInt8]? {
        var bytes = Array(version.utf8)
        for claim in claims {
            let texts = [claim.table, claim.id, claim.phrase, claim.lines, claim.family, claim.statement, claim.condition,
                         claim.gives, claim.reason] + claim.checkWords + claim.subjectFields
            guard texts.allSatisfy({ !$0.utf8.contains { (record...field).contains($0) } }) else { return nil }
            let fields = [claim.table, claim.id, String(claim.n), claim.phrase, claim.lines, claim.family, claim.statement,
                          claim.condition, list(claim.checkWords.sorted()), list(claim.subjectFields.sorted()),
                          list(claim.rows.map(String.init)), claim.verdict.rawValue, claim.gives, claim.reason]
            bytes.append(record)
            bytes += Array(fields.joined(separator: "\u{1F}").utf8)
        }
        return bytes
    }

    private static func list(_ values: [String]) -> String {
        values.joined(separator: "\u{1E}")
    }

    /// nil for bytes of another version or not whole.
    static func decode(_ bytes: [UInt8]) -> [CompiledClaim]? {
        let records = bytes.split(separator: record, omittingEmptySubsequences: false)
        guard let head = records.first, head.elementsEqual(version.utf8) else { return nil }
        var claims: [CompiledClaim] = []
        for bytes in records.dropFirst() {
            let fields = bytes.split(separator: field, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
            guard fields.count == 14, let n = Int(fields[2]), let verdict = Verdict(rawValue: fields[11]) else { return nil }
            let items = { (text: String) in text.isEmpty ? [] : text.split(separator: "\u{1E}", omittingEmptySubsequences: false).map(String.init) }
            let rows = items(fields[10]).compactMap { Int($0) }
            guard rows.count == items(fields[10]).count else { return nil }
            claims.append(CompiledClaim(table: fields[0], id: fields[1], n: n, phrase: fields[3], lines: fields[4], family: fields[5],
                                        statement: fields[6], condition: fields[7], checkWords: Set(items(fields[8])),
                                        subjectFields: Set(items(fields[9])), rows: rows, verdict: verdict,
                                        gives: fields[12], reason: fields[13]))
        }
        return claims
    }
}

/// Where the compiled claims are kept between runs: beside the compiled dataset they were
/// checked against (the REPL gives `DerivedCacheFile`), or nowhere (tests, no cache).
package protocol CompiledClaimsStorage: Sendable {
    func read() -> [UInt8]?
    @discardableResult func write(_ payload: [UInt8]) -> Bool
}
