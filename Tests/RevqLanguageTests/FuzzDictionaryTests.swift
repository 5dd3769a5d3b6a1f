import Foundation
import RevqCore
import RevqLanguage
import RevqTestSupport
import Testing

/// The fuzzers' dictionary (`Tests/Fuzz/revq.dict`) holds every word a statement is made
/// of: a keyword missing from it (the aggregates, `with ties`, `distinct` were) is a word the
/// byte-level fuzzers must guess letter by letter.
@Suite("fuzz dictionary")
struct FuzzDictionaryTests {
    /// The quoted entries, unescaped as libFuzzer reads them (`\xNN`, `\\`, `\"`).
    static let entries: Set<String> = {
        guard let text = try? String(contentsOfFile: RepositoryPaths.root + "/Tests/Fuzz/revq.dict", encoding: .utf8)
        else { return [] }
        var entries: Set<String> = []
        for line in text.split(separator: "\n") where line.hasPrefix("\"") && line.hasSuffix("\"") && line.count >= 2 {
            entries.insert(unescaped(line.dropFirst().dropLast()))
        }
        return entries
    }()

    static func unescaped(_ entry: Substring) -> String {
        var bytes: [UInt8] = []
        var rest = Array(entry.utf8)[...]
        while let byte = rest.popFirst() {
            guard byte == UInt8(ascii: "\\"), let next = rest.popFirst() else {
                bytes.append(byte)
                continue
            }
            if next == UInt8(ascii: "x"), rest.count >= 2,
                let value = UInt8(String(decoding: rest.prefix(2), as: UTF8.self), radix: 16)
            {
                bytes.append(value)
                rest = rest.dropFirst(2)
            } else {
                bytes.append(next)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    @Test func everyKeywordIsAnEntry() {
        #expect(Self.entries.count > 100)
        let missing = Keyword.allCases.map(\.rawValue).filter { !Self.entries.contains($0) }
        #expect(missing.isEmpty, "not in revq.dict: \(missing)")
    }

    @Test func everySourceAndFieldOfTheReviewIsAnEntry() {
        let schema = BundledStore.shared.schema
        let names = schema.sources.flatMap { [$0.name] + $0.fields.map(\.name) }
        let missing = Set(names).subtracting(Self.entries).sorted()
        #expect(missing.isEmpty, "not in revq.dict: \(missing)")
    }
}
