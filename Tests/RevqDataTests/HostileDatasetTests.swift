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
        let broken = FixtureDataset().editing("schema/sources.tsv") {
            $0.replacingOccurrences(of: "studies\tid\t", with: "studies\tfinding\t")
        }
        let found = try problems(broken)
        #expect(
            found.contains {
                $0.hasPrefix(
                    "schema/sources.tsv:2: source 'studies' names 'finding' as its key field, but it is computed")
            }, "\(found)")
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
        #expect(
            found.contains("data/findings.tsv: cannot read: it is a FIFO (named pipe), not a regular file"), "\(found)")
    }

    @Test func aLinkToDevZeroIsRefused() throws {
        let found = try problems(FixtureDataset()) { directory in
            try FileManager.default.removeItem(atPath: directory + "/data/studies.tsv")
            #expect(symlink("/dev/zero", directory + "/data/studies.tsv") == 0)
        }
        #expect(
            found.contains("data/studies.tsv: cannot read: it is a character device, not a regular file"), "\(found)")
    }

    @Test func aDirectoryWhereAFileShouldBeIsRefused() throws {
        let found = try problems(FixtureDataset()) { directory in
            try FileManager.default.removeItem(atPath: directory + "/schema/vocabularies/confidence.tsv")
            try FileManager.default.createDirectory(
                atPath: directory + "/schema/vocabularies/confidence.tsv", withIntermediateDirectories: false)
        }
        #expect(found.contains { $0.contains("it is a directory, not a regular file") }, "\(found)")
    }
    /// A file cut short inside its last cell keeps every row, one of them cut: only the
    /// missing line end shows it, and the message names the file and the line.
    @Test(arguments: [1, 10])
    func aFileCutShortInItsLastLineIsRefused(bytesCut: Int) throws {
        let found = try problems(FixtureDataset()) { directory in
            let path = directory + "/data/findings.tsv"
            let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
            try bytes.dropLast(bytesCut).write(to: URL(fileURLWithPath: path))
        }
        // The fixture's findings.tsv has a header and two rows: the cut is on line 3.
        #expect(
            found.contains { $0.hasPrefix("data/findings.tsv:3: the file ends inside this line, with no line end") },
            "\(found)")
    }

    /// A byte order mark is named once, as what it is, for a schema and a data file alike,
    /// and is the only problem reported (refs into a table that could not be read are not
    /// each a problem of their own).
    @Test(arguments: ["schema/sources.tsv", "data/studies.tsv", "schema/vocabularies/confidence.tsv"])
    func aByteOrderMarkIsNamed(file: String) throws {
        let marked = FixtureDataset().editing(file) { "\u{FEFF}" + $0 }
        let found = try problems(marked)
        let named = found.filter { $0.contains("byte order mark (U+FEFF)") }
        #expect(named.count == 1 && found.count == 1, "\(found)")
        #expect(named.first?.contains(file + ":1: the file starts with a byte order mark") == true, "\(found)")
    }

    /// Every file of the bundled review ends with a line end, as the reader now requires.
    @Test func everyBundledFileEndsWithALineEnd() throws {
        let files = DatasetFingerprint.files(in: RepositoryPaths.bundledDataset)
        #expect(files.count > 10)
        for file in files {
            let bytes = try Data(contentsOf: URL(fileURLWithPath: RepositoryPaths.bundledDataset + "/" + file))
            #expect(bytes.last == UInt8(ascii: "\n"), "\(file)")
        }
    }

    /// Links back to a folder (two to `.` in `data/`) made the listing walk k^16 paths; each
    /// folder is now walked once, so the listing is the real tree's files.
    @Test func linksToAFolderItIsInAreWalkedOnce() throws {
        let directory = try FixtureDataset().write()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let before = DatasetFingerprint.files(in: directory)
        for name in ["a", "b"] { #expect(symlink(".", directory + "/data/" + name) == 0) }
        #expect(symlink("..", directory + "/schema/fields/up") == 0)
        #expect(DatasetFingerprint.files(in: directory) == before)
        _ = try DatasetLoader.load(directory: directory)
    }
}
