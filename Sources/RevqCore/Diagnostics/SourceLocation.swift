/// A place in a statement's text: character offset (0-based) and line and column (1-based,
/// counted in characters as a person sees them).
public struct SourceLocation: Hashable, Sendable, Comparable {
    public let offset: Int
    public let line: Int
    public let column: Int

    public init(offset: Int, line: Int, column: Int) {
        self.offset = offset
        self.line = line
        self.column = column
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        lhs.offset < rhs.offset
    }
}

/// The stretch of text a token, node or diagnostic covers; `end` is exclusive.
public struct SourceRange: Hashable, Sendable {
    public let start: SourceLocation
    public let end: SourceLocation

    public init(start: SourceLocation, end: SourceLocation) {
        self.start = start
        self.end = end
    }

    /// The range from the start of `self` to the end of `other`.
    public func extended(to other: SourceRange) -> SourceRange {
        SourceRange(start: min(start, other.start), end: max(end, other.end))
    }
}

/// Where a statement came from, so errors read `queries.revq:12:5: error: ...`.
public struct InputOrigin: Hashable, Sendable {
    /// A file path, `<stdin>`, `<command line>` or `<repl>`.
    public let name: String
    /// The line of the origin on which the statement starts (1-based).
    public let firstLine: Int

    public init(name: String, firstLine: Int = 1) {
        self.name = name
        self.firstLine = firstLine
    }
}
