/// The follow-up line of a diagnostic when the place that finds the problem knows better
/// than the problem alone (a suggestion from the dataset, what the parser saw): the finder
/// names the hint and passes its data, and the sentence is written here, beside the
/// problems' own (`Problem.hint`).
///
///     throw Diagnostic(.unknownField("confidenc", source: "findings"), at: range, hint: .didYouMean("confidence"))
///     // = hint: did you mean 'confidence'?
package enum Hint: Hashable, Sendable {
    /// What a list of valid choices holds, as the hint names it.
    package enum Choices: Hashable, Sendable {
        case sources, values
        case fields(of: String)
        case names(of: String)
        case columns(of: String)
    }

    // Suggestions from the dataset or the keywords.
    case didYouMean(String)
    case didYouMeanOneOf([String])
    /// The valid choices, cut after `listLimit`.
    case validChoices(Choices, [String])
    /// `cuont findings`: a misspelt statement keyword read as a source name.
    case readAsSource(typed: String, keyword: String)
    /// `relevance`, which the language calls `score`.
    case scoreIsRelevance

    // What the parser saw.
    case whereGoesFirst
    case joinConditions
    case conditionFollowsWhere
    case oneStatementAtATime
    case countShowsAggregates
    case aggregateTakesField(function: String)
    case whyExample
    case chartExample
    case countDistinctExample
    case quantifierExample(quantifier: String)
    /// The '(' opened at `place` (`1:16`) is not closed.
    case parenthesisNotClosed(place: String)
    case notInOrNotBefore(path: String)
    /// A quoted name where a value was meant; `search` is the value as a literal.
    case quotedNameIsField(search: String)
    case askEmptiness(path: String)
    case listValuesOrQuery(path: String)
    /// `literal` is the keyword spelled as a quoted value.
    case quoteKeywordValue(literal: String)

    // What the binder knows.
    case sortByGroups([String])
    case minMaxTakeScale(path: String)
    case numericFields(source: String, fields: [String])
    case valueInParentheses(path: String, value: String)
    case relationsAre(field: String, type: String, relations: String)

    // The shell's commands and the command line.
    case usage(String)
    /// A session name that names nothing: the usage alone.
    case sessionUsage(String)
    case revqUsage(String)
    case startRecord
    case helpTopics([String])
    case sourcesAre([String])
    case modesAre([String])
    case runAStatementFirst
    case changeToTableMode
    case typeHelp
    case renameToUTF8
    case allowWrites
    case closeOpenStatement
    case drawOrChangeMode
    case savedSessions([String])
    case passDataset
    /// revq's form of another tool's command, from the shell's table of them (`ForeignCommands`).
    case otherTool(String)

    /// The most choices listed before the rest are counted.
    package static let listLimit = 12

    package var text: String {
        switch self {
        case .didYouMean(let name): return "did you mean '\(name)'?"
        case .didYouMeanOneOf(let names):
            return "did you mean one of: " + names.map { "'\($0)'" }.joined(separator: ", ") + "?"
        case .validChoices(let kind, let choices): return Self.list(choices, kind: kind.spelled)
        case .readAsSource(let typed, let keyword):
            return "'\(typed)' is read as a source name; did you mean '\(keyword)'?"
        case .scoreIsRelevance:
            return "to rank rows by how well they match a '~' search, write score: sort by score, show score"
        case .whereGoesFirst:
            return "'where' goes right after the source name, before 'by', 'show', 'sort by' and 'limit'"
        case .joinConditions: return "join conditions with 'and' or 'or'"
        case .conditionFollowsWhere: return "a condition follows 'where'"
        case .oneStatementAtATime: return "run one statement at a time"
        case .countShowsAggregates: return "a count shows aggregates of its groups, e.g. show count, avg(support)"
        case .aggregateTakesField(let function): return "write \(function)(FIELD), e.g. \(function)(support)"
        case .whyExample: return "for example: why 16"
        case .chartExample:
            return "for example: chart count findings by theme, or chart stacked count findings by theme, confidence"
        case .countDistinctExample: return "count the values of a field: count(distinct study.country) >= 3"
        case .quantifierExample(let quantifier): return "e.g. \(quantifier) study.country = Norge"
        case .parenthesisNotClosed(let place): return "the '(' at \(place) is not closed"
        case .notInOrNotBefore(let path):
            return "write \(path) not in (A, B), or put 'not' before the field: not \(path) = A"
        case .quotedNameIsField(let search): return "a quoted name is a field; to search for words, write ~ \(search)"
        case .askEmptiness(let path): return "ask whether a field has a value: \(path) is empty, \(path) is not empty"
        case .listValuesOrQuery(let path):
            return "list the values in parentheses: \(path) in (A, B), or name a query: \(path) in NAME"
        case .quoteKeywordValue(let literal): return "a value spelled like a keyword is quoted: \(literal)"
        case .sortByGroups(let paths):
            return "sort by " + (paths + ["count", "an aggregate such as avg(support)"]).joined(separator: ", ")
        case .minMaxTakeScale(let path): return "min and max take a scale: min(\(path)), max(\(path))"
        case .numericFields(let source, let fields):
            return "numeric fields of \(source): " + (fields.isEmpty ? "none" : fields.joined(separator: ", "))
        case .valueInParentheses(let path, let value): return "a value goes in parentheses: \(path) in (\(value))"
        case .relationsAre(let field, let type, let relations):
            return "'\(field)' is \(type); relations are \(relations)"
        case .usage(let usage): return "usage: \(usage)"
        case .sessionUsage(let usage): return usage
        case .revqUsage(let usage): return "usage: " + usage + "; 'revq --help' says more"
        case .startRecord: return "start one with .record FILE"
        case .helpTopics(let topics): return "topics: " + topics.joined(separator: ", ") + "; or a command name"
        case .sourcesAre(let names): return "sources: " + names.joined(separator: ", ")
        case .modesAre(let names): return "modes: " + names.joined(separator: ", ")
        case .runAStatementFirst: return "run a statement first"
        case .changeToTableMode: return "change mode: .mode table"
        case .typeHelp: return "type .help for the list of commands"
        case .renameToUTF8: return "rename the file, or use a name in UTF-8"
        case .allowWrites: return "if you trust this session, run revq with --allow-writes"
        case .closeOpenStatement: return "close the open parenthesis or quote, or remove the trailing '\\'"
        case .drawOrChangeMode: return "draw it with 'chart count ...' or 'grid ...', or change mode: .mode table"
        case .savedSessions(let names):
            return names.isEmpty
                ? "no session is saved yet: .save NAME" : "saved sessions: " + names.joined(separator: ", ")
        case .passDataset: return "pass --dataset DIR"
        case .otherTool(let form): return form
        }
    }

    /// "valid fields of findings: a, b, c" (cut after `listLimit`).
    private static func list(_ choices: [String], kind: String) -> String {
        guard !choices.isEmpty else { return "there are no \(kind)" }
        var shown = choices.prefix(listLimit).joined(separator: ", ")
        if choices.count > listLimit { shown += ", ... (\(choices.count) in all)" }
        return "valid \(kind): \(shown)"
    }
}

extension Hint.Choices {
    var spelled: String {
        switch self {
        case .sources: return "sources"
        case .values: return "values"
        case .fields(let source): return "fields of \(source)"
        case .names(let source): return "names of \(source)"
        case .columns(let view): return "columns of \(view)"
        }
    }
}
