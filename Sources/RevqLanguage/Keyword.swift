/// The reserved words of the query language (filled in by the lexer work).
public enum Keyword: String, CaseIterable, Sendable {
    case findings
}
