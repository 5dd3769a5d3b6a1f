// Trimming and literal replacement without Foundation: revq links only FoundationEssentials,
// which leaves out `trimmingCharacters(in:)` and `replacingOccurrences(of:with:)`: they come
// with Foundation and ICU, which more than doubled the binary and cost every start (figures in
// BENCHMARKS.md). Both work on Unicode scalars, as Foundation's do, so a tab or a
// no-break space is trimmed and a "\n" inside "\r\n" is found.

extension StringProtocol {
    /// This text without Foundation's `.whitespaces` at either end: tab, space, no-break
    /// space and the typographic spaces, with the zero-width space as Foundation counts it.
    /// Text that begins and ends with a visible ASCII character, nearly every line of a
    /// script, is taken as it is, without a walk over its scalars.
    package func trimmingSpaces() -> String {
        let isVisibleASCII = { (byte: UInt8?) in byte.map { $0 > 0x20 && $0 < 0x7F } ?? false }
        // The last byte, not the last character: found without breaking graphemes backwards,
        // and a visible ASCII scalar at either end is never trimmed either way.
        let text = String(self)
        if isVisibleASCII(text.utf8.first), isVisibleASCII(text.utf8.last) { return text }
        return trimming(TextEdits.isSpace)
    }

    /// This text without Foundation's `.whitespacesAndNewlines` at either end: the spaces
    /// above, and line feed through carriage return, next line, line and paragraph separators.
    package func trimmingSpacesAndNewlines() -> String {
        trimming { TextEdits.isSpace($0) || TextEdits.isNewline($0) }
    }

    private func trimming(_ isTrimmed: (Unicode.Scalar) -> Bool) -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !isTrimmed($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !isTrimmed($0) })!
        var kept = String.UnicodeScalarView()
        kept.append(contentsOf: scalars[first...last])
        return String(kept)
    }
}

extension String {
    /// This text with every occurrence of `target` replaced by `replacement`, compared
    /// scalar by scalar (a literal search, as Foundation's), left to right, never overlapping.
    package func replacingEvery(_ target: String, with replacement: String) -> String {
        let pattern = Array(target.utf8)
        guard !pattern.isEmpty else { return self }
        let bytes = Array(utf8)
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var index = 0
        var copiedUpTo = 0
        while index + pattern.count <= bytes.count {
            if bytes[index] == pattern[0] && bytes[index..<index + pattern.count].elementsEqual(pattern) {
                result += bytes[copiedUpTo..<index]
                result += replacement.utf8
                index += pattern.count
                copiedUpTo = index
            } else {
                index += 1
            }
        }
        if copiedUpTo == 0 { return self }
        result += bytes[copiedUpTo...]
        // Valid UTF-8 with whole scalars replaced by whole scalars stays valid.
        return String(decoding: result, as: UTF8.self)
    }
}

package enum TextEdits {
    /// CoreFoundation's whitespace set, which predates U+200B leaving category Zs.
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x20, 0xA0, 0x1680, 0x2000...0x200B, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    static func isNewline(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A...0x0D, 0x85, 0x2028, 0x2029: return true
        default: return false
        }
    }
}
