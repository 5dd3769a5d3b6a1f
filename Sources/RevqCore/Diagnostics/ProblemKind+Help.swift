/// What each problem means and a statement that raises it on the bundled review: the
/// README's list of problems and `.help R304` are both this table (tests hold the README
/// to it and run every example).
extension ProblemKind {
    /// What the problem means, in one line.
    package var summary: String {
        switch self {
        case .unclosedQuote: return "a quoted value is not closed on its line"
        case .unexpectedCharacter: return "a character that no word, value or operator holds"
        case .controlCharacter: return "a control character in the statement"
        case .invalidUTF8: return "bytes that are not UTF-8, read as U+FFFD"
        case .lonelyBang: return "'!' without '='"
        case .expected: return "the parser expected something else here; the message lists what may follow"
        case .emptyStatement: return "a statement with nothing in it"
        case .whereAfterBy: return "a count's 'where' written after its 'by'"
        case .clauseTwice: return "a clause ('show', 'sort by', 'limit') given twice"
        case .limitTooLarge: return "a limit larger than 999999999"
        case .nestingTooDeep: return "a condition nested deeper than 100 levels of parentheses and 'not'"
        case .unknownSource: return "a name that is no source and no query defined with 'let'"
        case .alreadyASource: return "'let' with the name of a source"
        case .notARelation: return "'.' after a field that is no relation"
        case .unknownField: return "a name that is no field of the source"
        case .needsOrder: return "'<', '<=', '>' or '>=' on a field whose values have no order"
        case .searchNeedsText: return "'~' on a field that holds no text"
        case .notAValue: return "a value that the field's scale or category does not hold"
        case .notANumber: return "a comparison of a number field with something that is no number"
        case .noSuchRecord: return "a relation compared with a name that no record has"
        case .inQueryNeedsRelation: return "'FIELD in NAME' where the field is no relation"
        case .queryNotRelated:
            return "'FIELD in NAME' where the query's records do not relate to the field's source in one way"
        case .emptyValue: return "a comparison with \"\", which no missing value equals"
        case .nothingToSearch: return "a '~' search without a word of letters or digits"
        case .countSortsByGroups: return "a count sorted by a field that is none of its groups"
        case .tiesNeedSort: return "'with ties' without 'sort by'"
        case .scoreNeedsSearch: return "'score' in a query without a '~' search"
        case .percentNeedsGroup: return "percent(FIELD) where FIELD is none of the count's 'by' fields"
        case .aggregateNeeds: return "an aggregate of a field of the wrong type (avg of a category)"
        case .aggregateTooLarge: return "a sum past the largest number revq holds"
        case .notExplainable: return "'explain' of something other than a query or a count"
        case .noGrid: return "'grid' of a source without two fields on one scale"
        case .notOnTheGrid: return "'grid ... show' of a field the grid does not draw"
        case .notChartable: return "'chart' of something other than a count"
        case .chartNeedsNumbers: return "a chart of an aggregate that is no number"
        case .stackedNeedsAdditive: return "stacked bars of an aggregate that does not add up"
        case .stackedNeedsCrosstab: return "stacked bars of anything but a count by two fields"
        case .viewNeedsFindings: return "a view of the review ('why', 'soqf', 'check') on a dataset without findings"
        case .noSuchFinding: return "'why' with a number no finding has"
        }
    }

    /// Statements that raise the problem on the bundled review, run in order (the last
    /// raises it); nil where no statement typed at the prompt can: the parser or the
    /// bundled review rules it out.
    package var example: [String]? {
        switch self {
        case .unclosedQuote: return ["findings where theme = \"kommunikasjon"]
        case .unexpectedCharacter: return ["findings where theme = a@b"]
        case .controlCharacter: return ["findings where theme = a\u{7}b"]
        case .invalidUTF8: return ["findings where theme = \u{FFFD}"]
        case .lonelyBang: return ["findings ! theme"]
        case .expected: return ["findings where"]
        case .emptyStatement: return nil
        case .whereAfterBy: return ["count findings by theme where confidence = høy"]
        case .clauseTwice: return ["findings limit 2 limit 3"]
        case .limitTooLarge: return ["findings limit 1000000000"]
        case .nestingTooDeep: return nil
        case .unknownSource: return ["findngs"]
        case .alreadyASource: return ["let findings = studies"]
        case .notARelation: return ["findings where theme.name = x"]
        case .unknownField: return ["findings where confidenc >= moderat"]
        case .needsOrder: return ["findings where theme > kommunikasjon"]
        case .searchNeedsText: return ["findings where theme ~ skole"]
        case .notAValue: return ["findings where confidence = middels"]
        case .notANumber: return ["findings where support > many"]
        case .noSuchRecord: return ["findings where study = Nobody"]
        case .inQueryNeedsRelation: return ["findings where theme in x"]
        case .queryNotRelated: return ["let q = findings", "findings where study in q"]
        case .emptyValue: return ["findings where theme != \"\""]
        case .nothingToSearch: return ["findings where text ~ \"!!\""]
        case .countSortsByGroups: return ["count findings by theme sort by confidence"]
        case .tiesNeedSort: return ["findings limit 1 with ties"]
        case .scoreNeedsSearch: return ["findings sort by score"]
        case .percentNeedsGroup: return ["count findings by theme show percent(confidence)"]
        case .aggregateNeeds: return ["count findings by theme show avg(theme)"]
        case .aggregateTooLarge: return nil
        case .notExplainable: return nil
        case .noGrid: return ["grid studies"]
        case .notOnTheGrid: return ["grid matrix show ja_count"]
        case .notChartable: return nil
        case .chartNeedsNumbers: return ["chart count findings by theme show min(confidence)"]
        case .stackedNeedsAdditive: return ["chart stacked count findings by theme show avg(support)"]
        case .stackedNeedsCrosstab: return ["chart stacked count findings by theme"]
        case .viewNeedsFindings: return nil
        case .noSuchFinding: return ["why 99"]
        }
    }

    /// `.help R304`: the id, what it means, and the example.
    ///
    ///     R304: a name that is no field of the source
    ///       for example: findings where confidenc >= moderat
    package var help: String {
        let example = self.example.map { "\n  for example: " + $0.joined(separator: "; then ") } ?? ""
        return "\(id): \(summary)" + example
    }
}
