/// What the parser looked for at one token: the one source of both Tab completion (at the
/// end of the text) and the "expected ..., found ..." of a syntax error (at the token that
/// stopped the parse). The parser records it as it parses, so whatever the grammar lets
/// follow is offered, and named in the error, and nothing else.
///
///     Parser.expected(atEndOf: "findings where confidence ")
///     // keywords: in, not, is; operators: = != < <= > >= ~
package struct Expected: Hashable, Sendable {
    /// Names and values, which only the dataset can spell.
    package enum Names: Hashable, Sendable {
        /// A source of the schema or a name defined with `let`.
        case sources
        /// A field of `source` (or, through relations, of a source it reaches).
        case fields(source: String)
        /// A value that `path` of `source` may hold.
        case values(source: String, path: String)
        /// Exactly these names: a count's `by` paths, which it may sort by.
        case only([String])
    }

    /// What an error names but completion never offers: punctuation, numbers, new names.
    package enum Other: Hashable, Sendable {
        /// `(`, `)`, `,`, `~` where a condition starts.
        case symbol(String)
        case endOfStatement
        /// A name of the user's own (`let NAME = ...`).
        case newName
        /// A field's name where no source is known.
        case field
        /// A value where no field is known (after `~`).
        case value
        case wholeNumber
        case findingNumber
    }

    package private(set) var names: [Names] = []
    /// Keywords and `*`, in the order the parser tried them.
    package private(set) var words: [String] = []
    /// Comparison operators, as spelled (`>=`).
    package private(set) var operators: [String] = []
    package private(set) var others: [Other] = []

    package init() {}

    /// True when completion has nothing to offer.
    package var isEmpty: Bool { names.isEmpty && words.isEmpty && operators.isEmpty }

    package mutating func add(_ names: Names) {
        if !self.names.contains(names) { self.names.append(names) }
    }

    package mutating func add(word: String) {
        if !words.contains(word) { words.append(word) }
    }

    package mutating func add(operator spelled: String) {
        if !operators.contains(spelled) { operators.append(spelled) }
    }

    package mutating func add(_ other: Other) {
        if !others.contains(other) { others.append(other) }
    }
}
