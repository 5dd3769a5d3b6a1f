import Foundation
import RevqData
import RevqTestSupport
import Testing

/// Datasets no schema check foresaw (issue 14, defects 3 and 7): each gets a message
/// naming the file and line, never a trap, a hang or unbounded memory.
struct HostileDatasetTests {
    private func problems(_ dataset: FixtureDataset, prepare: (String) throws -> Void = { _ in }) throws -> [String] {
        let directory = try dataset.write()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try prepare(directory)
        do {
            _ = try DatasetLoader.load(directory: directory)
            return []
        } catch {
            return error.errors.map { $0.description.replacingOccurrences(of: directory + "/", with: "") }
        }
    }

    /// The reproducer of the issue: the key of `studies` renamed to its computed count.
    @Test func aComputedKeyFieldIsAMessageNotATrap() throws {
        let broken = FixtureDataset().editing("schema/sources.tsv") { $0.replacingOccurrences(of: "studies\tid\t", with: "studies\tfinding\t") }
        let found = try problems(broken)
        #expect(found.contains { $0.hasPrefix("schema/sources.tsv:2: source 'studies' names 'finding' as its key field, but it is computed") }, "\(found)")
    }

    @Test func aSourceListedTwiceIsRefused() throws {
        let twice = FixtureDataset().editing("schema/sources.tsv") { $0 + "studies\tid\tlabel\tStudies again\n" }
        let found = try problems(twice)
        #expect(found.contains("schema/sources.tsv:4: source 'studies' is listed twice (first on line 2)"), "\(found)")
    }

    @Test func aFIFOInTheDatasetIsRefusedWithoutWaiting() throws {
        let found = try problems(FixtureDataset()) { directory in
            try FileManager.default.removeItem(atPath: directory + "/data/findings.tsv")
            #expect(mkfifo(directory + "/data/findings.tsv", 0o600) == 0)
        }
        #expect(found.contains("data/findings.tsv: cannot read: it is a FIFO (named pipe), not a regular file"), "\(found)")
    }

    @Test func aLinkToDevZeroIsRefused() throws {
        let found = try problems(FixtureDataset()) { directory in
            try FileManager.default.removeItem(atPath: directory + "/data/studies.tsv")
            #expect(symlink("/dev/zero", directory + "/data/studies.tsv") == 0)
        }
        #expect(found.contains("data/studies.tsv: cannot read: it is a character device, not a regular file"), "\(found)")
    }

    @Test func aDirectoryWhereAFileShouldBeIsRefused() throws {
        let found = try problems(FixtureDataset()) { directory in
            try FileManager.default.removeItem(atPath: directory + "/schema/vocabularies/confidence.tsv")
            try FileManager.default.createDirectory(atPath: directory + "/schema/vocabularies/confidence.tsv", withIntermediateDirectories: false)
        }
        #expect(found.contains { $0.contains("it is a directory, not a regular file") }, "\(found)")
    }
}
