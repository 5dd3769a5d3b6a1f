/// The one home for quoting: each format revq writes text into, with its escape and the
/// unescape that reads it back side by side, so that a writer and its reader cannot drift
/// apart. Where the reader lives elsewhere (the lexer reads revq literals, SQLite its
/// names, any JSON reader JSON), the escape says which. Every pair is checked on random
/// text: QuotingRoundTripTests, RevqLiteralRoundTripTests, SQLIdentifierRoundTripTests.
///
///     Quoting.Revq.literal(#"a "b" c"#)   // 'a "b" c'
///     Quoting.CSV.escape(#"a, "b""#)       // "a, ""b"""
///     Quoting.TSV.escape("a\tb")           // a\tb
package enum Quoting {}

// MARK: - revq literals

extension Quoting {
    /// A quoted value of the query language, as the lexer reads it (`Lexer.scanString`):
    /// in `"` or `'`, the quote doubled inside; there is no other escape.
    package enum Revq {
        /// `text` as a quoted value that reads back as `text`: in double quotes, or in single
        /// quotes when it holds a double quote and no single one, so that it reads as typed.
        /// By Characters, as the lexer compares them.
        package static func literal(_ text: String) -> String {
            let quote = quote(for: text)
            var spelled = String(quote)
            for character in text {
                spelled.append(character)
                if character == quote { spelled.append(quote) }
            }
            spelled.append(quote)
            return spelled
        }

        /// Whether any statement can hold `text` as a value: a quoted value holds no control
        /// character (a line break or tab included) and no U+FFFD, and its quotes must stay
        /// characters of their own (a value that begins with a combining mark joins the
        /// opening quote into one character, which the lexer does not take for a quote).
        package static func canSpell(_ text: String) -> Bool {
            let typable = text.unicodeScalars.allSatisfy { scalar in
                scalar.value >= 0x20 && !(0x7F..<0xA0).contains(scalar.value) && scalar != "\u{FFFD}"
            }
            guard typable else { return false }
            let quote = quote(for: text)
            return literal(text).count == text.count + text.count(where: { $0 == quote }) + 2
        }

        private static func quote(for text: String) -> Character {
            text.contains("\"") && !text.contains("'") ? "'" : "\""
        }
    }
}

// MARK: - TSV

extension Quoting {
    /// The dataset's TSV dialect (Datasets/README.md), which `--format tsv` writes and the
    /// loader reads: `\t`, `\n`, `\r`, `\\` and, inside lists, `\|`.
    package enum TSV {
        /// A field: every tab, line break and backslash escaped, so a line is one record and
        /// a tab a field boundary.
        package static func escape(_ text: String) -> String {
            // Most values hold none of the four: as they are, not rebuilt a scalar at a time.
            guard text.utf8.contains(where: { $0 == 0x09 || $0 == 0x0A || $0 == 0x0D || $0 == 0x5C }) else {
                return text
            }
            var escaped = String.UnicodeScalarView()
            for scalar in text.unicodeScalars {
                switch scalar {
                case "\t": escaped.append(contentsOf: #"\t"#.unicodeScalars)
                case "\n": escaped.append(contentsOf: #"\n"#.unicodeScalars)
                case "\r": escaped.append(contentsOf: #"\r"#.unicodeScalars)
                case "\\": escaped.append(contentsOf: #"\\"#.unicodeScalars)
                default: escaped.append(scalar)
                }
            }
            return String(escaped)
        }

        /// A field as `escape` wrote it, read back. Inlinable, as `splitList`: the loader
        /// calls them for every cell of a dataset it reads.
        @inlinable package static func unescape(_ cell: String) -> String {
            guard hasBackslash(cell) else { return cell }
            var bytes: [UInt8] = []
            bytes.reserveCapacity(cell.utf8.count)
            var escaping = false
            for byte in cell.utf8 {
                if escaping {
                    switch byte {
                    case UInt8(ascii: "t"): bytes.append(UInt8(ascii: "\t"))
                    case UInt8(ascii: "n"): bytes.append(UInt8(ascii: "\n"))
                    case UInt8(ascii: "r"): bytes.append(UInt8(ascii: "\r"))
                    default: bytes.append(byte)
                    }
                    escaping = false
                } else if byte == UInt8(ascii: "\\") {
                    escaping = true
                } else {
                    bytes.append(byte)
                }
            }
            return String(decoding: bytes, as: UTF8.self)
        }

        /// A list's elements, each escaped as a field with its `|`s escaped too, joined by `|`.
        package static func escapeList(_ elements: [String]) -> String {
            elements.map { escapeListElement(escape($0)) }.joined(separator: "|")
        }

        /// The elements of a list cell, split at every `|` that is not escaped. Split by bytes,
        /// not Characters: a `|` followed by a combining mark is one Character, and no `|`.
        @inlinable package static func splitList(_ cell: String) -> [String] {
            guard !cell.isEmpty else { return [] }
            let bar = UInt8(ascii: "|")
            let backslash = UInt8(ascii: "\\")
            if !hasBackslash(cell) {
                return cell.utf8.split(separator: bar, omittingEmptySubsequences: false).map {
                    String(decoding: $0, as: UTF8.self)
                }
            }
            var elements: [String] = []
            var current: [UInt8] = []
            var escaping = false
            for byte in cell.utf8 {
                if escaping {
                    current += [backslash, byte]
                    escaping = false
                } else if byte == backslash {
                    escaping = true
                } else if byte == bar {
                    elements.append(unescape(String(decoding: current, as: UTF8.self)))
                    current = []
                } else {
                    current.append(byte)
                }
            }
            elements.append(unescape(String(decoding: current, as: UTF8.self)))
            return elements
        }

        /// An element already escaped as a field, with its `|`s escaped too; by scalars,
        /// since a `|` before a combining mark is part of one Character.
        private static func escapeListElement(_ escaped: String) -> String {
            guard escaped.utf8.contains(UInt8(ascii: "|")) else { return escaped }
            var result = String.UnicodeScalarView()
            for scalar in escaped.unicodeScalars {
                if scalar == "|" { result.append("\\") }
                result.append(scalar)
            }
            return String(result)
        }

        /// A scan over contiguous bytes: the generic `utf8.contains` costs a tenth of start-up.
        @inlinable static func hasBackslash(_ cell: String) -> Bool {
            var text = cell
            return text.withUTF8 { $0.contains(UInt8(ascii: "\\")) }
        }
    }
}

// MARK: - CSV

extension Quoting {
    /// RFC 4180 fields: one holding a comma, quote, CR or LF is enclosed in quotes with its
    /// quotes doubled; any other is as it is.
    package enum CSV {
        package static func escape(_ text: String) -> String {
            guard text.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }) else {
                return text
            }
            return "\"" + text.replacingEvery("\"", with: "\"\"") + "\""
        }

        /// One field as `escape` wrote it (not a record: no separator is looked for).
        package static func unescape(_ field: String) -> String {
            guard field.utf8.count >= 2, field.utf8.first == UInt8(ascii: "\""), field.utf8.last == UInt8(ascii: "\"")
            else { return field }
            let inner = String(decoding: field.utf8.dropFirst().dropLast(), as: UTF8.self)
            return inner.replacingEvery("\"\"", with: "\"")
        }
    }
}

// MARK: - JSON

extension Quoting {
    /// JSON strings per RFC 8259, non-ASCII kept as UTF-8; read back by any JSON reader.
    package enum JSON {
        /// `text` as a JSON string, quotes included.
        package static func escape(_ text: String) -> String {
            var escaped = "\""
            for scalar in text.unicodeScalars {
                switch scalar {
                case "\"": escaped += #"\""#
                case "\\": escaped += #"\\"#
                case "\n": escaped += #"\n"#
                case "\r": escaped += #"\r"#
                case "\t": escaped += #"\t"#
                case "\u{08}": escaped += #"\b"#
                case "\u{0C}": escaped += #"\f"#
                case _ where scalar.value < 0x20: escaped += unicodeEscape(scalar.value)
                default: escaped.unicodeScalars.append(scalar)
                }
            }
            return escaped + "\""
        }

        private static func unicodeEscape(_ value: UInt32) -> String {
            let hex = String(value, radix: 16)
            return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        }
    }
}

// MARK: - Markdown

extension Quoting {
    /// A GitHub-flavoured table cell: `|`, backslashes, `*`, backticks and `<` escaped with a
    /// backslash (so the review's `**` and `<` show as written instead of turning into
    /// emphasis, code or HTML), a line break written `<br>`. By scalars: a `|` that a
    /// combining mark follows is one Character with it, and a Markdown reader still splits
    /// the row there.
    package enum Markdown {
        package static func escape(_ text: String) -> String {
            var escaped = String.UnicodeScalarView()
            for scalar in text.unicodeScalars {
                switch scalar {
                case "|", "\\", "*", "`", "<":
                    escaped.append("\\")
                    escaped.append(scalar)
                case "\n": escaped.append(contentsOf: "<br>".unicodeScalars)
                default: escaped.append(scalar)
                }
            }
            return String(escaped)
        }

        /// A cell as `escape` wrote it: a backslash keeps the next scalar, `<br>` is a line
        /// break (a `<` of the text was written `\<`, so no other `<br>` is left).
        package static func unescape(_ cell: String) -> String {
            var text = String.UnicodeScalarView()
            let scalars = Array(cell.unicodeScalars)
            var index = 0
            while index < scalars.count {
                if scalars[index] == "\\", index + 1 < scalars.count {
                    text.append(scalars[index + 1])
                    index += 2
                } else if scalars[index...].starts(with: "<br>".unicodeScalars) {
                    text.append("\n")
                    index += 4
                } else {
                    text.append(scalars[index])
                    index += 1
                }
            }
            return String(text)
        }
    }
}

// MARK: - HTML

extension Quoting {
    /// Text for an HTML or SVG element or a double-quoted attribute: `&`, `<`, `>` and `"` as
    /// entities, and `'` too where asked (SVG's attributes). By scalars, so that a combining
    /// mark after `&` cannot hide it from the escape.
    package enum HTML {
        package static func escape(_ text: String, apostrophe: Bool = false) -> String {
            var escaped = String.UnicodeScalarView()
            for scalar in text.unicodeScalars {
                switch scalar {
                case "&": escaped.append(contentsOf: "&amp;".unicodeScalars)
                case "<": escaped.append(contentsOf: "&lt;".unicodeScalars)
                case ">": escaped.append(contentsOf: "&gt;".unicodeScalars)
                case "\"": escaped.append(contentsOf: "&quot;".unicodeScalars)
                case "'" where apostrophe: escaped.append(contentsOf: "&#39;".unicodeScalars)
                default: escaped.append(scalar)
                }
            }
            return String(escaped)
        }

        /// The five entities `escape` writes, read back; `&amp;` last, so that an escaped
        /// `&lt;` stays as written.
        package static func unescape(_ text: String) -> String {
            text.replacingEvery("&lt;", with: "<").replacingEvery("&gt;", with: ">").replacingEvery(
                "&quot;", with: "\""
            )
            .replacingEvery("&#39;", with: "'").replacingEvery("&amp;", with: "&")
        }
    }
}

// MARK: - SQL names

extension Quoting {
    /// SQL identifiers: in double quotes with their double quotes doubled, so any source
    /// or field name is safe; read back by SQLite.
    package enum SQL {
        package static func identifier(_ name: String) -> String {
            "\"" + name.replacingEvery("\"", with: "\"\"") + "\""
        }
    }
}
