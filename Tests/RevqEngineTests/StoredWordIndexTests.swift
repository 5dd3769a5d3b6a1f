import Foundation
import RevqCore
import RevqReview
import RevqTestSupport
import Testing

@testable import RevqEngine

/// The word indexes of `~` kept between runs (`WordIndexEncoding`, `StoredWordIndexes`): every
/// index reads back equal to the one built from the texts, every search of the search tests
/// answers the same from a stored index as from a built one, and bytes that do not decode
/// are built again rather than trusted.
@Suite struct StoredWordIndexTests {
    /// A storage in memory that counts what is written.
    final class MemoryStorage: WordIndexStorage, @unchecked Sendable {
        var bytes: [UInt8]?
        var writes = 0
        func read() -> [UInt8]? { bytes }
        func write(_ payload: [UInt8]) -> Bool {
            bytes = payload
            writes += 1
            return true
        }
    }

    /// Every word index of `store`: each text field's and free-text set's, and every source's `*`.
    static func indexes(of store: Store) -> [(name: String, rowCount: Int, index: WordIndex)] {
        store.tables.flatMap { table in
            let index = TableIndex(table: table, store: store)
            let fields = table.schema.fields.indices.filter { position in
                switch table.schema.fields[position].type {
                case .text, .set(nil): return true
                default: return false
                }
            }
            return [("\(table.name) *", table.count, index.allWords)]
                + fields.map { ("\(table.name) \($0)", table.count, index.words(at: $0)) }
        }
    }

    /// Property over all words: each index of both reviews, written and read back, is the
    /// same index (spellings, stems, acronyms, rows and word counts alike).
    @Test(arguments: ["bundled", "mini"])
    func everyIndexReadsBackEqual(review: String) throws {
        let indexes = Self.indexes(of: review == "bundled" ? BundledStore.shared : MiniReview.store)
        #expect(indexes.count > (review == "bundled" ? 40 : 6))
        #expect(indexes.contains { !$0.index.rowsByAcronym.isEmpty }, "an acronym (SMS) is among the words")
        for (name, rowCount, index) in indexes {
            let bytes = try #require(WordIndexEncoding.encode(index), "\(name)")
            #expect(WordIndexEncoding.decode(bytes[...], rowCount: rowCount) == index, "\(name)")
        }
    }

    /// Bytes cut short, of another version, with a row beyond the table or something after
    /// the index are not an index.
    @Test func bytesThatAreNotAnIndexGiveNil() throws {
        let table = try #require(BundledStore.shared.table(named: "findings"))
        let bytes = try #require(
            WordIndexEncoding.encode(TableIndex(table: table, store: BundledStore.shared).allWords))
        #expect(WordIndexEncoding.decode(bytes[...], rowCount: table.count) != nil)
        for cut in stride(from: 0, to: bytes.count, by: 97) {
            #expect(WordIndexEncoding.decode(bytes[..<cut], rowCount: table.count) == nil, "cut at \(cut)")
        }
        #expect(WordIndexEncoding.decode((bytes + [0])[...], rowCount: table.count) == nil)
        #expect(
            WordIndexEncoding.decode(([WordIndexEncoding.version + 1] + bytes.dropFirst())[...], rowCount: table.count)
                == nil)
        // Finding 33, the last row, holds words: a table of 32 rows cannot hold them.
        #expect(WordIndexEncoding.decode(bytes[...], rowCount: table.count - 1) == nil)
    }

    /// Each statement of the search tests that reads a word index (`~`, `search`), written as
    /// a whole string in their source.
    static func searchStatements() throws -> [String] {
        let folder = RepositoryPaths.root + "/Tests/RevqEngineTests"
        let names = [
            "InflectedSearchTests", "InflectionPropertyTests", "SearchEverywhereTests", "SearchScoreTests",
            "SearchWideningNotesTests", "ColumnsSearchNotesTests",
        ]
        let literal = try Regex(#""((?:search |[a-z_]+ where |count [a-z_]+ where )[^"\\]*)""#)
        var statements: [String] = []
        for name in names {
            let text = try String(contentsOfFile: "\(folder)/\(name).swift", encoding: .utf8)
            for match in text.matches(of: literal) {
                let statement = String(match.output[1].substring!)
                if (statement.contains("~") || statement.hasPrefix("search ")) && !statements.contains(statement) {
                    statements.append(statement)
                }
            }
        }
        return statements
    }

    static func same(_ first: StatementOutcome, _ second: StatementOutcome) -> Bool {
        switch (first, second) {
        case (.rows(let a), .rows(let b)): return a == b
        case (.message(let a), .message(let b)): return a == b
        case (.failure(let a), .failure(let b)): return a == b
        case (.incomplete, .incomplete): return true
        default: return false
        }
    }

    /// Every search of the search tests, answered with each index built (no storage), built and
    /// stored, and read from the storage: the same rows, columns and notes all three ways.
    @Test func theSearchTestsAnswerTheSameFromStoredIndexes() throws {
        let statements = try Self.searchStatements()
        #expect(statements.count >= 30)
        let storage = MemoryStorage()
        let built = Interpreter(store: BundledStore.shared)
        let storing = Interpreter(store: BundledStore.shared)
        storing.keepWordIndexes(in: storage)
        let answers = statements.map { (built.run($0), storing.run($0)) }
        #expect(storage.writes > 0)
        let writes = storage.writes
        let reading = Interpreter(store: BundledStore.shared)
        reading.keepWordIndexes(in: storage)
        for (statement, (first, second)) in zip(statements, answers) {
            let third = reading.run(statement)
            #expect(Self.same(first, second) && Self.same(first, third), "\(statement)")
        }
        #expect(storage.writes == writes, "every index was read, none built again")
    }

    /// The computed `audit` source is not among the dataset's files: its indexes are not kept.
    @Test func aComputedSourceIsNotKept() throws {
        let storage = MemoryStorage()
        let interpreter = Interpreter(store: BundledStore.shared)
        interpreter.keepWordIndexes(in: storage)
        _ = try #require(interpreter.run("audit where ~ SMS").resultSet)
        let names = StoredWordIndexes.decode(storage.bytes ?? StoredWordIndexes.magic).map { Array($0.keys) } ?? []
        #expect(!names.contains { $0.hasPrefix("audit ") })
    }
}
