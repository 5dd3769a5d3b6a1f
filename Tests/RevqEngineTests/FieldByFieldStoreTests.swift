import Foundation
import RevqCore
import RevqData
import RevqEngine
import RevqReview
import RevqTestSupport
import Testing

/// A large review's tables are read field by field, and a statement's text only for the
/// rows it shows (`Store.column(_:ofTable:rows:)`): every answer must be the one the whole
/// tables give. Here the bundled review is compiled and read back with every table read so
/// (as if each were large), and each statement's outcome compared with the loaded review's.
@Suite("a store read field by field answers as the whole tables do")
struct FieldByFieldStoreTests {
    static func fieldByFieldStore() throws -> Store {
        let key = String(repeating: "c", count: StoreEncoding.keyLength)
        let bytes = StoreEncoding.encode(BundledStore.shared, key: key)
        return try #require(StoreEncoding.decode(bytes, key: key, columnReadsFrom: 0))
    }

    /// An outcome as something to compare: its result set, or its text.
    enum Answer: Equatable {
        case rows(ResultSet)
        case text(String)

        init(_ outcome: StatementOutcome) {
            switch outcome {
            case .rows(let result): self = .rows(result)
            case .message(let message): self = .text(message)
            case .incomplete: self = .text("incomplete")
            case .failure(let diagnostics): self = .text("\(diagnostics.map(\.message))")
            }
        }
    }

    /// Grammar/examples.revq in order in one session each, then generated statements.
    @Test func everyExampleAndGeneratedStatementIsAnsweredAlike() throws {
        let text = try String(contentsOfFile: RepositoryPaths.grammar + "/examples.revq", encoding: .utf8)
        let examples = text.split(separator: "\n").map(String.init).filter { !$0.hasPrefix("--") }
        let generated = (0..<300).map { GeneratedStatementsTests.statement(seed: UInt64($0)) }
        let extra = [
            "findings where confidence >= moderat and theme = kommunikasjon",
            "findings where theme = kommunikasjon sort by text limit 3",
            "findings where number > 30 show text, number",
            "studies where country = Norge show name, design sort by name desc",
            "findings where every study.country = Norge",
        ]
        let loaded = Interpreter(store: BundledStore.shared)
        let store = try Self.fieldByFieldStore()
        let fieldByField = Interpreter(store: store)
        var compared = 0
        for statement in examples + extra + generated {
            let expected = Answer(loaded.run(statement))
            #expect(Answer(fieldByField.run(statement)) == expected, "\(statement)")
            compared += 1
        }
        #expect(compared > 300)
    }
}
