import RevqCommandLine
import RevqREPL

/// revq(1)'s OPTIONS and DOT-COMMANDS, written from the option table and the dot-command
/// table; the rest of the page is prose kept by hand.
///
///     try ManualSections.rewrite(page)   // the page with both sections as the tables say
enum ManualSections {
    static let options = MarkedBlock(begin: #".\" BEGIN GENERATED OPTIONS"#, end: #".\" END GENERATED OPTIONS"#)
    static let dotCommands = MarkedBlock(
        begin: #".\" BEGIN GENERATED DOT-COMMANDS"#, end: #".\" END GENERATED DOT-COMMANDS"#)

    /// `page` with both sections written anew.
    static func rewrite(_ page: String) throws(GenerationError) -> String {
        let withOptions = try options.replacing(in: page, with: optionLines())
        return try dotCommands.replacing(in: withOptions, with: dotCommandLines())
    }

    /// One `.TP` entry per option: its names, each with its value, then its text.
    static func optionLines() -> [String] {
        CommandLineOption.allCases.map(\.spec).flatMap { spec in
            let value = spec.valueName.map { " \\fI\($0)\\fR" } ?? ""
            let tag = spec.names.map { "\\fB" + RoffText.literal($0) + "\\fR" + value }
            return [".TP", tag.joined(separator: ", ")] + RoffText.body(spec.manual)
        }
    }

    /// One `.TP` entry per dot-command: its usage, then its text.
    static func dotCommandLines() -> [String] {
        DotCommandPages.all.flatMap { usage, manual in
            [".TP", usageTag(usage)] + RoffText.body(manual)
        }
    }

    /// A usage as the page shows it: words to type in bold, words to replace (capitals) in
    /// italics, brackets and bars upright. `.pager [on|off|auto]`
    static func usageTag(_ usage: String) -> String {
        var tag = ""
        var word = ""
        func flush() {
            guard !word.isEmpty else { return }
            let replaced = word.allSatisfy { $0.isUppercase }
            tag += (replaced ? "\\fI" : "\\fB") + RoffText.literal(word) + "\\fR"
            word = ""
        }
        for character in usage {
            if "[]| ".contains(character) {
                flush()
                tag.append(character)
            } else {
                word.append(character)
            }
        }
        flush()
        return tag
    }
}
