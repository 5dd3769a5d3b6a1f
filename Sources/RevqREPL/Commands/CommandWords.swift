/// A meta-command line split into words, each with its place, so an error can put its
/// caret under the word it is about. Quotes ("my file.csv", 'x') group spaces.
///
///     CommandWords(".output 'my results.csv'").words.map(\.text)   // [".output", "my results.csv"]
struct CommandWords {
    struct Word: Equatable {
        let text: String
        /// Character offsets in the line, end exclusive.
        let start: Int
        let end: Int
    }

    let line: String
    let words: [Word]

    init(_ line: String) {
        self.line = line
        var words: [Word] = []
        var current = ""
        var start: Int?
        var quote: Character?
        for (offset, character) in line.enumerated() {
            if let open = quote {
                if character == open { quote = nil } else { current.append(character) }
            } else if character == "\"" || character == "'" {
                quote = character
                start = start ?? offset
            } else if character == " " || character == "\t" {
                if let begin = start { words.append(Word(text: current, start: begin, end: offset)) }
                current = ""
                start = nil
            } else {
                current.append(character)
                start = start ?? offset
            }
        }
        if let begin = start { words.append(Word(text: current, start: begin, end: line.count)) }
        self.words = words
    }

    /// The words after the command name.
    var arguments: [String] { words.dropFirst().map(\.text) }

    /// How an argument is written back into a session file.
    static func quoted(_ argument: String) -> String {
        argument.contains(" ") || argument.isEmpty ? "'\(argument)'" : argument
    }
}
