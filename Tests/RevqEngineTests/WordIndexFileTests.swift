import Foundation
import RevqCore
import RevqData
import RevqReview
import RevqTestSupport
import Testing

@testable import RevqEngine

/// The word indexes kept beside a compiled dataset (`<cache>.store.words`) are read only
/// under the key of the very dataset they were built from, and only whole: a changed
/// dataset or a damaged file is answered from the texts, never from the file.
@Suite struct WordIndexFileTests {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("revq-words-\(UUID().uuidString)").path
    var dataset: String { root + "/review" }
    var cache: String { root + "/cache" }

    func writeMiniReview(replacing old: String = "", with new: String = "") throws {
        for (name, content) in MiniReview.files {
            let path = dataset + "/" + name
            try FileManager.default.createDirectory(
                atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data((old.isEmpty ? content : content.replacingOccurrences(of: old, with: new)).utf8).write(
                to: URL(fileURLWithPath: path))
        }
    }

    /// The file as the REPL hands it over (RevqREPL, which this target does not link,
    /// declares the same conformance).
    struct FileStorage: WordIndexStorage {
        let file: DerivedCacheFile
        func read() -> [UInt8]? { file.read() }
        func write(_ payload: [UInt8]) -> Bool { file.write(payload) }
    }

    /// An interpreter over the dataset as it is now, keeping its word indexes in the cache,
    /// and that file.
    func start() throws -> (Interpreter, DerivedCacheFile) {
        let (store, claims) = try StoreCache(folder: cache, toolVersion: "test").loadWithDerived(
            directory: dataset, name: "claims")
        let words = try #require(claims).sibling(named: "words")
        let interpreter = Interpreter(store: store)
        interpreter.keepWordIndexes(in: FileStorage(file: words))
        return (interpreter, words)
    }

    func numbers(_ interpreter: Interpreter, _ statement: String) throws -> [String] {
        try #require(interpreter.run(statement).resultSet, "\(statement)").column("number")
    }

    /// Finding 5 of the mini review says "styrket tilliten": `~ tillit` finds it. Once the
    /// text says "styrket samarbeidet", the index kept for the old text (which would still
    /// find 5) is not read: the dataset's key changed.
    @Test func aChangedDatasetIsNotAnsweredFromTheOldIndex() throws {
        defer { try? FileManager.default.removeItem(atPath: root) }
        try writeMiniReview()
        let (first, words) = try start()
        #expect(try numbers(first, "findings where text ~ tillit") == ["5"])
        #expect(words.path.hasSuffix(".store.words"))
        #expect(words.read() != nil, "the index was kept")
        try writeMiniReview(replacing: "styrket tilliten", with: "styrket samarbeidet")
        let (second, changed) = try start()
        #expect(changed.path == words.path)
        #expect(changed.read() == nil, "the kept file is of the old dataset's key")
        #expect(try numbers(second, "findings where text ~ tillit") == [])
        #expect(try numbers(second, "findings where text ~ samarbeid") == ["5"])
    }

    /// A kept index is what the next start answers from (a planted one that puts tillit in
    /// finding 1 is believed), unless the file is damaged: then the texts answer again.
    @Test func aDamagedFileIsNotRead() throws {
        defer { try? FileManager.default.removeItem(atPath: root) }
        try writeMiniReview()
        let (first, words) = try start()
        let text = try #require(first.store.schema.source(named: "findings")?.fields.firstIndex { $0.name == "text" })
        var planted = WordIndex()
        planted.add(TextWords.words(of: "tillit", stemmer: NorwegianStemmer()), row: 0)
        planted.finish()
        let bytes = try #require(WordIndexEncoding.encode(planted))
        #expect(words.write(StoredWordIndexes.encode(["findings \(text)": bytes[...]])))
        let (believing, _) = try start()
        #expect(try numbers(believing, "findings where text ~ tillit") == ["1"], "the kept index is read")

        var file = try [UInt8](Data(contentsOf: URL(fileURLWithPath: words.path)))
        file[file.count - 3] ^= 0x01
        try Data(file).write(to: URL(fileURLWithPath: words.path))
        let (doubting, _) = try start()
        #expect(try numbers(doubting, "findings where text ~ tillit") == ["5"])
    }
}
