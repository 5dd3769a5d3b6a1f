/// Substring search over UTF-8 bytes for the views' text scans (paragraphs citing a
/// finding, clauses of an explanation): comparing Characters made `why` slow to answer.
enum ByteSearch {
    /// The offsets where `needle` starts in `haystack`, ASCII letters compared ignoring case.
    static func offsets(of needle: [UInt8], in haystack: [UInt8]) -> [Int] {
        guard !needle.isEmpty, haystack.count >= needle.count else { return [] }
        var found: [Int] = []
        var start = 0
        while start + needle.count <= haystack.count {
            var index = 0
            while index < needle.count, lower(haystack[start + index]) == lower(needle[index]) { index += 1 }
            if index == needle.count {
                found.append(start)
                start += needle.count
            } else {
                start += 1
            }
        }
        return found
    }

    /// `text` cut at every occurrence of `separator` (ASCII case ignored).
    static func split(_ text: String, at separator: String) -> [String] {
        let bytes = Array(text.utf8)
        let mark = Array(separator.utf8)
        var parts: [String] = []
        var start = 0
        for offset in offsets(of: mark, in: bytes) {
            parts.append(String(decoding: bytes[start..<offset], as: UTF8.self))
            start = offset + mark.count
        }
        return parts + [String(decoding: bytes[start...], as: UTF8.self)]
    }

    private static func lower(_ byte: UInt8) -> UInt8 {
        byte >= 65 && byte <= 90 ? byte + 32 : byte
    }
}
