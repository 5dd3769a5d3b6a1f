import RevqLanguage
import RevqREPL
import RevqTestSupport
import Testing

@testable import RevqArtifacts

/// The fuzz dictionary's generated part: every keyword and dot-command once, quoted as
/// libFuzzer reads entries.
@Suite("fuzz dictionary lines")
struct FuzzDictionaryLinesTests {
    static let lines = FuzzDictionary.lines(schema: BundledStore.shared.schema)

    @Test func everyKeywordAndDotCommandIsAnEntryOnce() {
        let entries = Self.lines.filter { $0.hasPrefix("\"") }
        #expect(entries.count == Set(entries).count)
        for word in Keyword.allCases.map(\.rawValue) + DotCommandPages.names {
            #expect(entries.contains("\"\(word)\""), "\(word)")
        }
    }

    @Test(arguments: [
        ("where", #""where""#),
        ("høy", #""h\xC3\xB8y""#),
        ("a\"b\\c", #""a\"b\\c""#),
        ("\t", #""\x09""#),
    ])
    func entriesAreQuotedAsLibFuzzerReadsThem(word: String, entry: String) {
        #expect(FuzzDictionary.entry(word) == entry)
    }
}
