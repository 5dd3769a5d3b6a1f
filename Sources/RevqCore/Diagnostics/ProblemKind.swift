/// Each problem of the catalogue by name, with its stable id: `R1xx` characters the lexer
/// cannot read, `R2xx` the statement's shape, `R3xx` names, values and types, `R4xx`
/// counts, aggregates and views. An id never changes and is never given to another
/// problem (a test keeps the list frozen), so a script, an issue or the README may cite it.
///
///     Problem.unknownField("confidenc", source: "findings").kind.id   // "R304"
package enum ProblemKind: String, CaseIterable, Sendable {
    case unclosedQuote = "R101"
    case unexpectedCharacter = "R102"
    case controlCharacter = "R103"
    case invalidUTF8 = "R104"
    case lonelyBang = "R105"

    case expected = "R201"
    case emptyStatement = "R202"
    case whereAfterBy = "R203"
    case clauseTwice = "R204"
    case limitTooLarge = "R205"
    case nestingTooDeep = "R206"

    case unknownSource = "R301"
    case alreadyASource = "R302"
    case notARelation = "R303"
    case unknownField = "R304"
    case needsOrder = "R305"
    case searchNeedsText = "R306"
    case notAValue = "R307"
    case notANumber = "R308"
    case noSuchRecord = "R309"
    case inQueryNeedsRelation = "R310"
    case queryNotRelated = "R311"
    case emptyValue = "R312"
    case nothingToSearch = "R313"

    case countSortsByGroups = "R401"
    case tiesNeedSort = "R402"
    case scoreNeedsSearch = "R403"
    case percentNeedsGroup = "R404"
    case aggregateNeeds = "R405"
    case aggregateTooLarge = "R406"
    case notExplainable = "R407"
    case noGrid = "R408"
    case notOnTheGrid = "R409"
    case notChartable = "R410"
    case chartNeedsNumbers = "R411"
    case stackedNeedsAdditive = "R412"
    case stackedNeedsCrosstab = "R413"
    case viewNeedsFindings = "R414"
    case noSuchFinding = "R415"

    /// The id, `R304`.
    package var id: String { rawValue }

    /// The kind whose id is `id`, in any case (`r304`).
    package init?(id: String) {
        self.init(rawValue: id.uppercased())
    }
}

extension Problem {
    /// Which problem this is, whatever the names in it.
    package var kind: ProblemKind {
        switch self {
        case .unclosedQuote: return .unclosedQuote
        case .unexpectedCharacter: return .unexpectedCharacter
        case .controlCharacter: return .controlCharacter
        case .invalidUTF8: return .invalidUTF8
        case .lonelyBang: return .lonelyBang
        case .expected: return .expected
        case .emptyStatement: return .emptyStatement
        case .whereAfterBy: return .whereAfterBy
        case .clauseTwice: return .clauseTwice
        case .limitTooLarge: return .limitTooLarge
        case .nestingTooDeep: return .nestingTooDeep
        case .unknownSource: return .unknownSource
        case .alreadyASource: return .alreadyASource
        case .notARelation: return .notARelation
        case .unknownField: return .unknownField
        case .needsOrder: return .needsOrder
        case .searchNeedsText: return .searchNeedsText
        case .notAValue: return .notAValue
        case .notANumber: return .notANumber
        case .noSuchRecord: return .noSuchRecord
        case .inQueryNeedsRelation: return .inQueryNeedsRelation
        case .queryNotRelated: return .queryNotRelated
        case .emptyValue: return .emptyValue
        case .nothingToSearch: return .nothingToSearch
        case .countSortsByGroups: return .countSortsByGroups
        case .tiesNeedSort: return .tiesNeedSort
        case .scoreNeedsSearch: return .scoreNeedsSearch
        case .percentNeedsGroup: return .percentNeedsGroup
        case .aggregateNeeds: return .aggregateNeeds
        case .aggregateTooLarge: return .aggregateTooLarge
        case .notExplainable: return .notExplainable
        case .noGrid: return .noGrid
        case .notOnTheGrid: return .notOnTheGrid
        case .notChartable: return .notChartable
        case .chartNeedsNumbers: return .chartNeedsNumbers
        case .stackedNeedsAdditive: return .stackedNeedsAdditive
        case .stackedNeedsCrosstab: return .stackedNeedsCrosstab
        case .viewNeedsFindings: return .viewNeedsFindings
        case .noSuchFinding: return .noSuchFinding
        }
    }
}
