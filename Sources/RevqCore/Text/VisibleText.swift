/// Text made safe to print: the one judge of which characters revq never prints as they
/// are. A character that would steer the terminal (C0 and C1 controls, DEL: an escape
/// sequence in a file name could retitle the window or rewrite the screen), reorder
/// what follows it (bidirectional embeddings, overrides, isolates and marks), or take no
/// room at all (zero-width and invisible format characters, the byte order mark, the
/// soft hyphen) is shown as its code point, so a message says what it was given.
///
///     VisibleText.escaped("unknown mode '\u{1B}]0;x\u{7}'")   // unknown mode '\u{1B}]0;x\u{7}'
///     VisibleText.escaped("a\u{202E}b")                       // a\u{202E}b
///     VisibleText.escaped("one\ntwo", keepingLineBreaks: true) // one, a line break, two
package enum VisibleText {
    /// `text` with every hidden character (`isHidden`) written as `\u{HEX}`. A name (a
    /// file, a dataset folder) escapes line breaks and tabs too, so it stays on its line;
    /// a message of several lines keeps them with `keepingLineBreaks`.
    package static func escaped(_ text: String, keepingLineBreaks: Bool = false) -> String {
        let shown = { (scalar: Unicode.Scalar) in keepingLineBreaks && (scalar == "\n" || scalar == "\t") }
        guard text.unicodeScalars.contains(where: { isHidden($0) && !shown($0) }) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isHidden(scalar) && !shown(scalar) {
                result.append(contentsOf: codePoint(scalar).unicodeScalars)
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// Whether `scalar` is shown as its code point rather than printed.
    package static func isHidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0..<0x20, 0x7F..<0xA0: return true // C0, DEL, C1
        // The soft hyphen, joiners, fillers and format characters that take no room.
        case 0xAD, 0x034F, 0x061C, 0x115F, 0x1160, 0x17B4, 0x17B5, 0x180B...0x180F: return true
        // Zero-width spaces and joiners, bidirectional marks, the line and paragraph
        // separators, embeddings and overrides, the word joiner and the isolates.
        case 0x200B...0x200F, 0x2028...0x202E, 0x2060...0x206F: return true
        // Fillers, the byte order mark, interlinear annotation marks, tags.
        case 0x3164, 0xFEFF, 0xFFA0, 0xFFF9...0xFFFB, 0xE0000...0xE007F: return true
        default: return false
        }
    }

    /// `\u{202E}`: the code point in hexadecimal, as Swift writes it in a string.
    package static func codePoint(_ scalar: Unicode.Scalar) -> String {
        "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
    }
}
