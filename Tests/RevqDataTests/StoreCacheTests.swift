import Foundation
import RevqCore
import RevqTestSupport
import Synchronization
import Testing

@testable import RevqData

/// The compiled dataset: the store it gives back is the store the TSV files give, and a
/// cache that is damaged, stale or in the way is never used and never an error.
struct StoreCacheTests {
    /// A private cache folder and a copy of a dataset the test may change.
    final class Scratch: @unchecked Sendable {
        let path: String
        var cacheFolder: String { path + "/cache/revq" }
        var dataset: String { path + "/review" }

        init(copying source: String = RepositoryPaths.bundledDataset) throws {
            path = FileManager.default.temporaryDirectory.appendingPathComponent("revq-cache-\(UUID().uuidString)").path
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
            for folder in ["schema", "data"] {
                try FileManager.default.copyItem(atPath: source + "/" + folder, toPath: dataset + "/" + folder)
            }
        }

        deinit { try? FileManager.default.removeItem(atPath: path) }

        var cache: StoreCache { StoreCache(folder: cacheFolder, toolVersion: "test") }
        var cacheFile: String { cache.cacheFile(for: dataset)! }

        func load() throws -> (store: Store, outcome: StoreCache.Outcome) {
            try cache.loadReporting(directory: dataset)
        }

        func edit(_ file: String, _ change: (String) -> String) throws {
            let path = dataset + "/" + file
            try change(try String(contentsOfFile: path, encoding: .utf8)).write(
                toFile: path, atomically: false, encoding: .utf8)
        }
    }

    @Test func theCompiledStoreIsTheLoadedStore() throws {
        let scratch = try Scratch()
        let first = try scratch.load()
        #expect(first.outcome == .written)
        let second = try scratch.load()
        #expect(second.outcome == .reused)
        let loaded = try DatasetLoader.load(directory: scratch.dataset)
        expectSameStore(second.store, loaded)
        expectSameStore(first.store, loaded)
        #expect(scratch.cache.cachedStore(directory: scratch.dataset) != nil)
    }

    /// Every way a file can be damaged; each is read as no cache and rebuilt.
    enum Damage: String, CaseIterable, Sendable {
        case empty, cutAfterHeader, cutInHalf, lastByteMissing, flippedMiddleByte, flippedLastByte,
            flippedKeyByte, otherFormatVersion, longer, garbage

        /// Past the front, in a table's bytes: found by that table's checksum, not at open.
        var isInATable: Bool { self == .flippedMiddleByte || self == .flippedLastByte }
    }

    @Test(arguments: Damage.allCases)
    func aDamagedCacheIsRebuilt(_ damage: Damage) throws {
        let scratch = try Scratch()
        #expect(try scratch.load().outcome == .written)
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: scratch.cacheFile)))
        switch damage {
        case .empty: bytes = []
        case .cutAfterHeader: bytes = Array(bytes.prefix(92))
        case .cutInHalf: bytes = Array(bytes.prefix(bytes.count / 2))
        case .lastByteMissing: bytes.removeLast()
        case .flippedMiddleByte: bytes[bytes.count / 2] ^= 0x10
        case .flippedLastByte: bytes[bytes.count - 1] ^= 0x01
        case .flippedKeyByte: bytes[20] ^= 0x01
        case .otherFormatVersion: bytes[8] &+= 1
        case .longer: bytes.append(0)
        case .garbage: bytes = (0..<bytes.count).map { _ in UInt8.random(in: 0...255) }
        }
        try Data(bytes).write(to: URL(fileURLWithPath: scratch.cacheFile))
        let rebuilt = try scratch.load()
        expectSameStore(rebuilt.store, try DatasetLoader.load(directory: scratch.dataset))
        // Garbage is no file revq wrote, so it is left alone; a damaged cache is replaced,
        // at open, or, when only a table's bytes changed, when that table is first used.
        #expect(rebuilt.outcome == (damage == .garbage ? .notWritten : damage.isInATable ? .reused : .written))
        #expect(try scratch.load().outcome == (damage == .garbage ? .notWritten : .reused))
    }

    /// Not one byte of a compiled file can change unnoticed: every single-byte flip of a
    /// small dataset's file is refused at open or when its table is first used, none crashes.
    @Test func everyFlippedByteIsRefused() throws {
        let scratch = try Scratch(copying: try FixtureDataset().write())
        #expect(try scratch.load().outcome == .written)
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: scratch.cacheFile)))
        let key = try #require(String(decoding: bytes[12..<12 + StoreEncoding.keyLength], as: UTF8.self) as String?)
        #expect(Self.trusted(bytes, key: key))
        var accepted: [Int] = []
        for position in bytes.indices {
            for mask in [0x01, 0x80, 0xff] as [UInt8] {
                var damaged = bytes
                damaged[position] ^= mask
                if Self.trusted(damaged, key: key) { accepted.append(position) }
            }
            if Self.trusted(Array(bytes.prefix(position)), key: key) { accepted.append(position) }
        }
        #expect(accepted.isEmpty)
    }

    /// True when `bytes` decode and every table builds without its fallback.
    static func trusted(_ bytes: [UInt8], key: String) -> Bool {
        let fellBack = Mutex(false)
        guard
            let store = StoreEncoding.decode(
                bytes, key: key,
                fallback: { index in
                    fellBack.withLock { $0 = true }
                    return Table(
                        schema: SourceSchema(name: "", key: "", label: "", description: "", fields: []), rows: [],
                        keys: [])
                })
        else { return false }
        _ = store.tables
        return !fellBack.withLock { $0 }
    }

    /// Changing any file, even by one byte that keeps its size, makes the cache stale.
    @Test(arguments: [
        ("data/findings.tsv", "Både foresatte", "Både foresattE"),
        ("schema/fields/findings.tsv", "GRADE-CERQual", "GRADE-CERQuaL"),
        ("schema/vocabularies/confidence.tsv", "moderate", "moderatE"),
    ])
    func aChangedFileMakesTheCacheStale(file: String, old: String, new: String) throws {
        let scratch = try Scratch()
        #expect(try scratch.load().outcome == .written)
        let before = try String(contentsOfFile: scratch.dataset + "/" + file, encoding: .utf8)
        #expect(before.contains(old))
        try scratch.edit(file) { $0.replacingOccurrences(of: old, with: new) }
        let reloaded = try scratch.load()
        #expect(reloaded.outcome == .written)
        expectSameStore(reloaded.store, try DatasetLoader.load(directory: scratch.dataset))
        #expect(try scratch.load().outcome == .reused)
    }

    /// The race, replayed by a reader that swaps `data/findings.tsv` for another
    /// content (B) while the loader reads it and puts the first (A) back at once: the files
    /// hold A before and after the load, yet the store is B's. It must never be found
    /// under A's key, so the next start on A loads A.
    @Test func aFileSwappedWhileItLoadsIsNeverCachedUnderTheOtherContent() throws {
        let scratch = try Scratch()
        let findings = scratch.dataset + "/data/findings.tsv"
        let original = try String(contentsOfFile: findings, encoding: .utf8)
        let swapped = original.replacingOccurrences(of: "Både foresatte", with: "Både foresattE")
        #expect(swapped != original)
        try swapped.write(toFile: scratch.path + "/b.tsv", atomically: false, encoding: .utf8)
        try original.write(toFile: scratch.path + "/a.tsv", atomically: false, encoding: .utf8)
        let raced = try scratch.cache.loadReporting(directory: scratch.dataset) { path throws(DatasetError) in
            guard path == findings else { return try readFile(path) }
            // Atomic renames, as an editor or `mv` does: A → B, read, B → A.
            try? FileManager.default.copyItem(atPath: scratch.path + "/b.tsv", toPath: scratch.path + "/b-next.tsv")
            rename(scratch.path + "/b-next.tsv", findings)
            defer {
                try? FileManager.default.copyItem(atPath: scratch.path + "/a.tsv", toPath: scratch.path + "/a-next.tsv")
                rename(scratch.path + "/a-next.tsv", findings)
            }
            return try readFile(path)
        }
        #expect(raced.outcome == .written)
        #expect(try String(contentsOfFile: findings, encoding: .utf8) == original)
        let fromFiles = try DatasetLoader.load(directory: scratch.dataset)
        let next = try scratch.load()
        // What the files hold now (A) is what the next start serves: B's store was filed
        // under B's key, so A is loaded from its files.
        expectSameStore(next.store, fromFiles)
        #expect(next.outcome == .written)
        #expect(try scratch.load().outcome == .reused)
        expectSameStore(try scratch.load().store, fromFiles)
    }

    /// Files that stood unchanged since they were read are not read again: their identity
    /// (`stat`) stands for their digest. Here every file counts as settled at once.
    @Test func unchangedFilesAreNotDigestedAgain() throws {
        let scratch = try Scratch()
        var cache = scratch.cache
        cache.settledAfterSeconds = -3600
        #expect(try cache.loadReporting(directory: scratch.dataset).outcome == .written)
        let cached = [UInt8](try Data(contentsOf: URL(fileURLWithPath: scratch.cacheFile)))
        let noted = StoreEncoding.identities(in: cached)
        // Every file the loader read: the schema, each source's fields and data, and more.
        #expect(noted.count >= 1 + 2 * 10, "\(noted.keys.sorted())")
        let current = cache.currentKey(of: scratch.dataset, cached: cached)
        #expect(current.fingerprint.reusedCount == noted.count)
        #expect(try cache.loadReporting(directory: scratch.dataset).outcome == .reused)
    }

    /// A compiled file written while the files were new notes none of them; the first start
    /// after they settle notes them, and the next reads none of them.
    @Test func filesThatSettleLaterAreNotedOnce() throws {
        let scratch = try Scratch()
        var young = scratch.cache
        young.settledAfterSeconds = 3600
        #expect(try young.loadReporting(directory: scratch.dataset).outcome == .written)
        let first = [UInt8](try Data(contentsOf: URL(fileURLWithPath: scratch.cacheFile)))
        #expect(StoreEncoding.identities(in: first).isEmpty)
        var settled = scratch.cache
        settled.settledAfterSeconds = -3600
        let reused = try settled.loadReporting(directory: scratch.dataset)
        #expect(reused.outcome == .reused)
        expectSameStore(reused.store, try DatasetLoader.load(directory: scratch.dataset))
        let noted = [UInt8](try Data(contentsOf: URL(fileURLWithPath: scratch.cacheFile)))
        let current = settled.currentKey(of: scratch.dataset, cached: noted)
        #expect(current.fingerprint.reusedCount == current.fingerprint.files.count)
        #expect(StoreEncoding.decode(noted, key: current.key) != nil)
        #expect(try settled.loadReporting(directory: scratch.dataset).outcome == .reused)
    }

    /// A file edited in place to the same size, its mtime put back as `touch -r` does: the
    /// inode, size and mtime are the same, and only ctime (which no one can set) shows it.
    @Test func aFileEditedInPlaceWithItsTimeRestoredIsCaught() throws {
        let scratch = try Scratch()
        var cache = scratch.cache
        cache.settledAfterSeconds = -3600
        #expect(try cache.loadReporting(directory: scratch.dataset).outcome == .written)
        let findings = scratch.dataset + "/data/findings.tsv"
        var before = stat()
        #expect(stat(findings, &before) == 0)
        try scratch.edit("data/findings.tsv") { $0.replacingOccurrences(of: "Både foresatte", with: "Både foresattE") }
        var times = [before.st_atim, before.st_mtim]
        #expect(utimensat(AT_FDCWD, findings, &times, 0) == 0)
        var after = stat()
        #expect(stat(findings, &after) == 0)
        #expect(after.st_ino == before.st_ino && after.st_size == before.st_size)
        #expect(after.st_mtim.tv_sec == before.st_mtim.tv_sec && after.st_mtim.tv_nsec == before.st_mtim.tv_nsec)
        let reloaded = try cache.loadReporting(directory: scratch.dataset)
        #expect(reloaded.outcome == .written)
        expectSameStore(reloaded.store, try DatasetLoader.load(directory: scratch.dataset))
    }

    /// An identity stands for a digest only once the file is older than the file system's
    /// clock can tell apart (git's "racily clean" rule).
    @Test(arguments: [
        (100, 500_000_000, 102, 400_000_000, false), (100, 500_000_000, 102, 600_000_000, true),
        (100, 0, 101, 999_999_999, false), (100, 0, 200, 0, true),
    ])
    func anIdentityIsSettledOnlyWhenOldEnough(
        changed: Int, changedNanoseconds: Int, now: Int, nowNanoseconds: Int, settled: Bool
    ) {
        let identity = FileIdentity(
            device: 1, inode: 2, size: 3, modified: 0, modifiedNanoseconds: 0,
            changed: Int64(changed), changedNanoseconds: Int64(changedNanoseconds))
        #expect(identity.isSettled(before: timespec(tv_sec: now, tv_nsec: nowNanoseconds), by: 2) == settled)
    }

    @Test func aNewFileMakesTheCacheStale() throws {
        let scratch = try Scratch()
        #expect(try scratch.load().outcome == .written)
        try FileManager.default.removeItem(atPath: scratch.dataset + "/schema/thesaurus.tsv")
        let reloaded = try scratch.load()
        #expect(reloaded.outcome == .written)
        #expect(reloaded.store.schema.thesaurus.isEmpty)
    }

    @Test func anotherRevqVersionDoesNotReuseTheCache() throws {
        let scratch = try Scratch()
        #expect(try scratch.load().outcome == .written)
        let other = StoreCache(folder: scratch.cacheFolder, toolVersion: "other")
        #expect(try other.loadReporting(directory: scratch.dataset).outcome == .written)
        #expect(try scratch.load().outcome == .written)
    }

    /// A dataset with a problem is refused as before, and leaves no cache behind.
    @Test func anInvalidDatasetIsNeverCached() throws {
        let broken = FixtureDataset().editing("data/findings.tsv") {
            $0.replacingOccurrences(of: "moderat", with: "middels")
        }
        let scratch = try Scratch(copying: try broken.write())
        #expect(throws: DatasetErrors.self) { try scratch.load() }
        #expect(!FileManager.default.fileExists(atPath: scratch.cacheFile))
    }

    /// A folder, a link or a FIFO where the cache file goes is left as it is; a file where
    /// the cache folder goes too. The store still loads.
    @Test(arguments: ["folder", "link", "fifo", "fileAsFolder"])
    func whatIsInTheWayIsLeftAlone(_ obstacle: String) throws {
        let scratch = try Scratch()
        let target = scratch.cacheFile
        try FileManager.default.createDirectory(atPath: scratch.cacheFolder, withIntermediateDirectories: true)
        switch obstacle {
        case "folder": try FileManager.default.createDirectory(atPath: target, withIntermediateDirectories: false)
        case "link":
            try FileManager.default.createSymbolicLink(atPath: target, withDestinationPath: scratch.path + "/elsewhere")
        case "fifo": #expect(mkfifo(target, 0o600) == 0)
        default:
            try FileManager.default.removeItem(atPath: scratch.cacheFolder)
            try Data("not a folder".utf8).write(to: URL(fileURLWithPath: scratch.cacheFolder))
        }
        let loaded = try scratch.load()
        #expect(loaded.outcome == .notWritten)
        #expect(loaded.store.table(named: "findings")?.count == 33)
        #expect(!FileManager.default.fileExists(atPath: scratch.path + "/elsewhere"))
        if obstacle == "fileAsFolder" {
            #expect(try String(contentsOfFile: scratch.cacheFolder, encoding: .utf8) == "not a folder")
        } else {
            let leftovers = try FileManager.default.contentsOfDirectory(atPath: scratch.cacheFolder)
            #expect(leftovers == [(target as NSString).lastPathComponent])
        }
    }
}

/// The loader's own way of reading a file, for a reader that does more around it.
private func readFile(_ path: String) throws(DatasetError) -> [UInt8] {
    do { return try FileBytes.contents(of: path) } catch { throw DatasetError(file: path, error.description) }
}

/// Exhaustive equality of two stores: schema, vocabularies, thesaurus, every row and key.
func expectSameStore(_ actual: Store, _ expected: Store, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    #expect(actual.schema.sources.map(\.name) == expected.schema.sources.map(\.name), sourceLocation: sourceLocation)
    for (a, e) in zip(actual.schema.sources, expected.schema.sources) {
        #expect(
            [a.name, a.key, a.label, a.description] == [e.name, e.key, e.label, e.description],
            sourceLocation: sourceLocation)
        #expect(a.fields.map(fieldText) == e.fields.map(fieldText), sourceLocation: sourceLocation)
    }
    #expect(
        actual.schema.vocabularies.mapValues(vocabularyText) == expected.schema.vocabularies.mapValues(vocabularyText),
        sourceLocation: sourceLocation)
    #expect(actual.schema.thesaurus == expected.schema.thesaurus, sourceLocation: sourceLocation)
    // The cache keeps each vocabulary's folded spellings rather than folding them again.
    #expect(
        actual.schema.vocabularies.mapValues(\.foldedSpellings)
            == expected.schema.vocabularies.mapValues(\.foldedSpellings),
        sourceLocation: sourceLocation)
    #expect(actual.tables.map(\.name) == expected.tables.map(\.name), sourceLocation: sourceLocation)
    for (a, e) in zip(actual.tables, expected.tables) {
        #expect(a.rows == e.rows, "rows of \(e.name)", sourceLocation: sourceLocation)
        #expect(a.keys == e.keys, "keys of \(e.name)", sourceLocation: sourceLocation)
        #expect(e.keys.map(a.row(withKey:)) == e.keys.map(e.row(withKey:)), sourceLocation: sourceLocation)
    }
}

private func fieldText(_ field: Field) -> String {
    let vocabulary = field.type.vocabulary.map(vocabularyText) ?? ""
    return [field.name, field.type.spelling, String(field.isRequired), field.description, vocabulary].joined(
        separator: "\u{1}")
}

/// A vocabulary's terms with their synonyms, and which term every spelling finds.
private func vocabularyText(_ vocabulary: Vocabulary) -> String {
    vocabulary.name
        + vocabulary.terms.map { term in
            let spellings = [term.value] + term.synonyms
            return spellings.joined(separator: "|") + "="
                + spellings.map { String(vocabulary.index(matching: $0) ?? -1) }.joined(separator: ",")
        }.joined(separator: ";")
}
