import RevqCore
import RevqLanguage

/// What tab completion offers at a cursor: the word to replace and its replacements.
///
///     interpreter.completions(in: "findings where conf", cursor: 19)
///     // Completion(range: 15..<19, candidates: ["confidence"])
public struct Completion: Equatable, Sendable {
    /// Character offsets (not bytes) of the word under the cursor, which a candidate replaces.
    public let range: Range<Int>
    public let candidates: [String]

    public init(range: Range<Int>, candidates: [String]) {
        self.range = range
        self.candidates = candidates
    }
}

extension Interpreter {
    /// Candidates for the word before `cursor` (a character offset into `line`), from
    /// context: statement keywords, source and query names, the queried source's fields
    /// (through relations with dots), and after `field op` that field's stored values.
    public func completions(in line: String, cursor: Int) -> Completion {
        let characters = Array(line)
        let end = min(max(cursor, 0), characters.count)
        let start = CompletionContext.wordStart(in: characters, before: end)
        let word = String(characters[start..<end])
        let before = String(characters[..<start])
        let context = CompletionContext(tokens: Lexer.tokens(of: before).filter { !$0.isError && $0.kind != .end })
        let candidates = CompletionCandidates(interpreter: self).candidates(for: context.expectation, typed: word)
        return Completion(range: start..<end, candidates: candidates)
    }
}

extension Token {
    var isError: Bool {
        if case .error = kind { return true }
        return false
    }
}

/// What the grammar expects next after some tokens, as far as completion needs to know.
enum Expectation: Equatable {
    case statementStart
    case source(afterExplain: Bool)
    /// A field; in a condition also a quantifier (`every`), after `show` also `*`.
    case field(source: String, place: FieldPlace = .other)
    case value(source: String, path: String)
    case after(source: String, afterComparison: Bool, isCount: Bool)
    case keywords([Keyword])
    /// Exactly these words (a count's clauses, its `by` paths as sort keys).
    case words([String])
    case nothing
}

/// Where a field is being completed, for the keywords that may stand there instead.
enum FieldPlace: Equatable {
    case condition, show, other
}

/// Reads the tokens before the word being completed, the way the parser would.
struct CompletionContext {
    let tokens: [Token]

    /// Where the word under the cursor starts: after white space or punctuation, or at an open quote.
    static func wordStart(in characters: [Character], before end: Int) -> Int {
        var quote: Int?
        for (index, character) in characters[..<end].enumerated() where character == "\"" || character == "'" {
            if let open = quote, characters[open] == character { quote = nil } else if quote == nil { quote = index }
        }
        if let quote { return quote }
        var start = end
        while start > 0, isWordCharacter(characters[start - 1]) { start -= 1 }
        return start
    }

    static func isWordCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber || "/-._*".contains(character)
    }

    /// The source the statement queries: the first name after its keywords.
    var source: String? {
        var index = 0
        while index < tokens.count {
            switch tokens[index].kind {
            case .keyword(.explain), .keyword(.count), .keyword(.describe), .keyword(.grid), .keyword(.chart): index += 1
            case .keyword(.let): index += 3
            case .keyword(.profile), .keyword(.soqf), .keyword(.check): return "findings"  // the views select findings
            case .word: return tokens[index].text
            default: return nil
            }
        }
        return nil
    }

    /// True in `count ...` and `explain count ...`, where `by` may follow.
    var isCount: Bool {
        tokens.prefix(2).contains { $0.isKeyword(.count) }
    }

    var expectation: Expectation {
        // `profile |`: the views name no source; only a condition may follow.
        if tokens.count == 1, isView, !tokens[0].isKeyword(.grid) { return .keywords([.where]) }
        let expectation = clauseExpectation
        // The views and grid take a condition only: no show, sort or limit after it.
        guard isView, case .after(_, let afterComparison, _) = expectation else { return expectation }
        return .keywords(afterComparison ? [.and, .or] : [.where])
    }

    /// True in `profile`, `soqf`, `check` and `grid` statements.
    private var isView: Bool {
        guard let first = tokens.first else { return false }
        return [Keyword.profile, .soqf, .check, .grid].contains { first.isKeyword($0) }
    }

    private var clauseExpectation: Expectation {
        guard let last = tokens.last else { return .statementStart }
        if let source, let afterGroups = countExpectation(source: source) { return afterGroups }
        if isStartingSource { return .source(afterExplain: last.isKeyword(.explain)) }
        guard let source else { return .nothing }
        switch last.kind {
        case .keyword(.where), .keyword(.and), .keyword(.or), .keyword(.not), .leftParen:
            if case .leftParen = last.kind, let path = fieldBeforeIn { return .value(source: source, path: path) }
            if last.isKeyword(.not), tokens.count >= 2, tokens[tokens.count - 2].isKeyword(.is) { return .keywords([.empty]) }
            return .field(source: source, place: .condition)
        case .keyword(.any), .keyword(.every), .keyword(.no): return .field(source: source)
        case .keyword(.show): return .field(source: source, place: .show)
        case .keyword(.by): return .field(source: source)
        case .keyword(.sort): return .keywords([.by])
        case .keyword(.is): return .keywords([.not, .empty])
        case .keyword(.empty): return .after(source: source, afterComparison: true, isCount: isCount)
        case .comma:
            if let path = fieldBeforeIn { return .value(source: source, path: path) }
            return .field(source: source, place: isInShow ? .show : .other)
        case .comparison:
            guard tokens.count >= 2, case .word = tokens[tokens.count - 2].kind else { return .nothing }
            return .value(source: source, path: tokens[tokens.count - 2].text)
        case .word, .string, .number, .rightParen:
            let afterComparison = tokens.count >= 2 && tokens[tokens.count - 2].isComparison
            if case .word = last.kind, tokens.count >= 2, tokens[tokens.count - 2].kind == .keyword(.sort) { return .nothing }
            if case .word = last.kind, startsCondition(before: tokens.count - 1) { return .keywords([.is, .not, .in]) }
            return .after(source: source, afterComparison: afterComparison || last.kind == .rightParen, isCount: isCount)
        default: return .nothing
        }
    }

    /// True when the token before `index` is one a condition's field follows: the field
    /// at `index` then waits for its operator, `in` or `is`.
    private func startsCondition(before index: Int) -> Bool {
        guard index >= 1 else { return false }
        switch tokens[index - 1].kind {
        case .keyword(.where), .keyword(.and), .keyword(.or), .keyword(.any), .keyword(.every), .keyword(.no), .leftParen: return true
        case .keyword(.not): return index < 2 || !tokens[index - 2].isKeyword(.is)
        default: return false
        }
    }

    /// True after `show` and before any later clause: a column list is being typed.
    private var isInShow: Bool {
        for token in tokens.reversed() {
            switch token.kind {
            case .keyword(.show): return true
            case .keyword: return false
            default: continue
            }
        }
        return false
    }

    private var isStartingSource: Bool {
        guard let last = tokens.last else { return false }
        switch last.kind {
        case .keyword(.count), .keyword(.describe), .keyword(.explain), .keyword(.grid): return true
        case .comparison(.equal): return tokens.count == 3 && tokens[0].isKeyword(.let)
        default: return false
        }
    }

    /// Inside `field in (a, b, `: the field.
    private var fieldBeforeIn: String? {
        var index = tokens.count - 1
        while index >= 0, tokens[index].kind != .leftParen {
            if case .rightParen = tokens[index].kind { return nil }
            index -= 1
        }
        guard index >= 2, tokens[index - 1].isKeyword(.in) else { return nil }
        let fieldIndex = tokens[index - 2].isKeyword(.not) ? index - 3 : index - 2
        guard fieldIndex >= 0, case .word = tokens[fieldIndex].kind else { return nil }
        return tokens[fieldIndex].text
    }
}

extension Token {
    var isComparison: Bool {
        if case .comparison = kind { return true }
        return false
    }
}
