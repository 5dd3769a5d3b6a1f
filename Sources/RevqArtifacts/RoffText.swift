/// revq(1)'s text as the option and dot-command tables write it, turned into roff.
///
/// The markup is Markdown's smallest part: `*bold*` for what is typed as it stands, `_italic_`
/// for what the user replaces; neither opens or closes inside a word, so `SOURCE_levels` and
/// `$XDG_DATA_HOME` stay whole, and `\` takes the next character as it is. A blank line starts
/// a paragraph; a paragraph whose lines are all indented four spaces is an example.
///
///     RoffText.inline("Run _STATEMENT_; see *.save*.")   // "Run \fISTATEMENT\fR; see \fB.save\fR."
enum RoffText {
    /// The roff lines of a body under a `.TP` tag: sentences on lines of their own,
    /// later paragraphs as `.IP`, examples as `.EX` blocks.
    static func body(_ markup: String) -> [String] {
        var lines: [String] = []
        for (index, paragraph) in paragraphs(of: markup).enumerated() {
            let rows = paragraph.split(separator: "\n", omittingEmptySubsequences: false)
            if rows.allSatisfy({ $0.hasPrefix("    ") }) {
                lines += [".RS", ".PP", ".EX"] + rows.map { line(literal: String($0.dropFirst(4))) } + [".EE", ".RE"]
                continue
            }
            if index > 0 { lines.append(".IP") }
            lines += sentences(of: rows.joined(separator: " ")).map { line(inline($0)) }
        }
        return lines
    }

    /// One line of text with its markup as roff font changes and its characters escaped.
    static func inline(_ markup: String) -> String {
        let characters = Array(markup)
        var output = ""
        var font: Character?
        var index = 0
        while index < characters.count {
            let character = characters[index]
            let before = index > 0 ? characters[index - 1] : " "
            let after = index + 1 < characters.count ? characters[index + 1] : " "
            if character == "\\", index + 1 < characters.count {
                output += escaped(after)
                index += 2
                continue
            }
            if character == "*" || character == "_" {
                if font == nil, !isWordCharacter(before), !after.isWhitespace {
                    font = character
                    output += character == "*" ? "\\fB" : "\\fI"
                    index += 1
                    continue
                }
                if font == character, !isWordCharacter(after) {
                    font = nil
                    output += "\\fR"
                    index += 1
                    continue
                }
            }
            output += escaped(character)
            index += 1
        }
        return output
    }

    /// A line as roff reads it as text: one that would begin with a dot or quote is a
    /// control line, so a zero-width character goes first.
    static func line(_ text: String) -> String {
        text.hasPrefix(".") || text.hasPrefix("'") ? "\\&" + text : text
    }

    /// Text copied as it stands (an example), escaped for roff.
    static func line(literal text: String) -> String {
        line(literal(text))
    }

    /// Text escaped for roff, with no markup read: `--no-rc` is `\-\-no\-rc`.
    static func literal(_ text: String) -> String {
        text.map(escaped).joined()
    }

    private static func escaped(_ character: Character) -> String {
        switch character {
        case "\\": return "\\e"
        case "-": return "\\-"
        case "'": return "\\(aq"
        default: return String(character)
        }
    }

    private static func isWordCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber
    }

    private static func paragraphs(of markup: String) -> [String] {
        markup.split(separator: "\n\n").map(String.init)
    }

    /// The text cut after each full stop that a capital follows: roff's "a new sentence
    /// on a new line", which also keeps the page's diffs small.
    private static func sentences(of text: String) -> [String] {
        var sentences: [String] = []
        var current = ""
        let characters = Array(text)
        for (index, character) in characters.enumerated() {
            current.append(character)
            let next = index + 1 < characters.count ? characters[index + 1] : " "
            let following = index + 2 < characters.count ? characters[index + 2] : " "
            if character == ".", next == " ", following.isUppercase || following == "*" || following == "_" {
                sentences.append(current)
                current = ""
            }
        }
        if !current.isEmpty { sentences.append(current) }
        return sentences.map { $0.trimmingLeadingSpaces }
    }
}

extension String {
    fileprivate var trimmingLeadingSpaces: String { String(drop { $0 == " " }) }
}
