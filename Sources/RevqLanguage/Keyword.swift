/// The reserved words of the query language, spelled as the user types them.
///
/// Source and field names are not keywords: they come from the schema at run time.
/// Keywords match ignoring case (`WHERE`, `Where`).
///
///     Keyword(spelling: "Where")   // .where
public enum Keyword: String, CaseIterable, Sendable {
    case `where`, and, or, not, `in`
    case show, sort, by, asc, desc, limit
    case count, `let`, explain, sources, describe

    /// The keyword `spelling` names, ignoring case; nil for any other word.
    public init?(spelling: some StringProtocol) {
        self.init(rawValue: spelling.lowercased())
    }

    /// Keywords that begin a statement, offered first by completion.
    public static let statementStarts: [Keyword] = [.count, .let, .explain, .sources, .describe]
}
