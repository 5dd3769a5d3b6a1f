import RevqCore
import RevqLanguage
import RevqREPL

/// The fuzzers' dictionary (Tests/Fuzz/revq.dict): its generated part holds every keyword,
/// dot-command, source and field, so none is left for the byte-level fuzzers to guess
/// letter by letter; the entries after it are kept by hand.
///
///     FuzzDictionary.entry("høy")   // "\"h\\xC3\\xB8y\""
enum FuzzDictionary {
    static let generated = MarkedBlock(begin: "# BEGIN GENERATED", end: "# END GENERATED")

    /// `dictionary` with its generated part written anew from the tables and `schema`.
    static func rewrite(_ dictionary: String, schema: Schema) throws(GenerationError) -> String {
        try generated.replacing(in: dictionary, with: lines(schema: schema))
    }

    /// The generated part: each group under a comment, every word once.
    static func lines(schema: Schema) -> [String] {
        let groups: [(String, [String])] = [
            ("# The keywords (Keyword).", Keyword.allCases.map(\.rawValue)),
            ("# The dot-commands (MetaCommands).", DotCommandPages.names),
            ("# The sources of the bundled review.", schema.sources.map(\.name)),
            ("# Their fields.", Set(schema.sources.flatMap { $0.fields.map(\.name) }).sorted()),
        ]
        var written: Set<String> = []
        return groups.flatMap { comment, words in
            [comment] + words.filter { written.insert($0).inserted }.map(entry)
        }
    }

    /// `word` quoted as libFuzzer reads it: bytes outside printable ASCII as `\xNN`.
    static func entry(_ word: String) -> String {
        var text = "\""
        for byte in word.utf8 {
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"): text += "\\" + String(UnicodeScalar(byte))
            case 0x20..<0x7f: text += String(UnicodeScalar(byte))
            default: text += "\\x" + (byte < 0x10 ? "0" : "") + String(byte, radix: 16, uppercase: true)
            }
        }
        return text + "\""
    }
}
