/// A place in a statement's text: character offset (0-based) and line and column (1-based,
/// counted in characters as a person sees them).
package struct SourceLocation: Hashable, Sendable, Comparable {
    package let offset: Int
    package let line: Int
    package let column: Int

    package init(offset: Int, line: Int, column: Int) {
        self.offset = offset
        self.line = line
        self.column = column
    }

    package static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        lhs.offset < rhs.offset
    }

    /// The place `characters` further on the same line (back, when negative).
    package func shifted(by characters: Int) -> SourceLocation {
        SourceLocation(offset: offset + characters, line: line, column: column + characters)
    }
}

/// The stretch of text a token, node or diagnostic covers; `end` is exclusive.
package struct SourceRange: Hashable, Sendable {
    package let start: SourceLocation
    package let end: SourceLocation

    package init(start: SourceLocation, end: SourceLocation) {
        self.start = start
        self.end = end
    }

    /// The range from the start of `self` to the end of `other`.
    package func extended(to other: SourceRange) -> SourceRange {
        SourceRange(start: min(start, other.start), end: max(end, other.end))
    }
}

/// Where a statement came from, so errors read `queries.revq:12:5: error: ...`.
package struct InputOrigin: Hashable, Sendable {
    /// A file path, `<stdin>`, `<command line>` or `<repl>`.
    package let name: String
    /// The line of the origin on which the statement starts (1-based).
    package let firstLine: Int

    package init(name: String, firstLine: Int = 1) {
        self.name = name
        self.firstLine = firstLine
    }
}
