import Foundation
import RevqTestSupport
import Testing

/// `.export sqlite FILE` from a script: the file sqlite3 reads, the writing rules of
/// `.save` (never replace what is not a regular file; a whole file or none), and the
/// refusal in a session file without --allow-writes.
@Suite(.serialized)
struct ExportTests {
    private func revq(_ arguments: [String], home: TemporaryHome) throws -> RevqProcess.Result {
        try RevqProcess.run(arguments, home: home)
    }

    /// Line 1655: "Vi hadde høy tillit til 1 funn".
    @Test func aScriptExportsADatabaseThatSqlite3Reads() throws {
        let home = try TemporaryHome()
        let target = home.file("review.db")
        let run = try revq(["-c", ".export sqlite \(target)"], home: home)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.isEmpty)
        let high = try ExternalCommand.run(
            ["sqlite3", target, "SELECT count(*) FROM findings WHERE confidence = 'høy'"], home: home)
        #expect(high.stdout == "1\n", "\(high.stderr)")
        // The computed audit is exported too, every check revq runs.
        let audited = try ExternalCommand.run(["sqlite3", target, "SELECT count(*) FROM audit"], home: home)
        #expect(audited.stdout == (try revq(["--csv", "--no-header", "-c", "count audit"], home: home)).stdout)
        let again = try revq(["-c", ".export sqlite \(target)"], home: home)
        #expect(again.status == 0, "an existing database is replaced whole: \(again.stderr)")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: home.path).filter { $0.contains(".tmp-") }
        #expect(leftovers.isEmpty)
    }

    /// `revq_export` names the revq and the review content `revq --version` names, and a
    /// time within the run.
    @Test func theExportNamesTheRevqAndTheReviewOfVersion() throws {
        let home = try TemporaryHome()
        let target = home.file("review.db")
        let before = Int(Date().timeIntervalSince1970)
        #expect(try revq(["-c", ".export sqlite \(target)"], home: home).status == 0)
        let after = Int(Date().timeIntervalSince1970)
        let version = try revq(["--version"], home: home).stdout.split(separator: "\n").map(String.init)
        let row = try ExternalCommand.run(
            [
                "sqlite3", target,
                "SELECT revq_version, substr(content_hash, 1, 12), dataset, "
                    + "unixepoch(exported_at), length(content_hash) FROM revq_export",
            ], home: home)
        let fields = row.stdout.trimmingCharacters(in: .newlines).split(separator: "|").map(String.init)
        #expect(fields.count == 5, "\(row.stdout)\(row.stderr)")
        guard fields.count == 5 else { return }
        #expect(version[0] == "revq " + fields[0])
        #expect(version.contains { $0.hasPrefix("content: " + fields[1] + " ") }, "\(version)")
        #expect(version.contains { $0.hasPrefix("dataset: " + fields[2] + " ") }, "\(version)")
        #expect((before...after).contains(Int(fields[3]) ?? 0))
        #expect(fields[4] == "64")
    }

    @Test func aFIFOOrADirectoryIsRefusedAndLeftAsItWas() throws {
        let home = try TemporaryHome()
        let fifo = home.file("pipe.db")
        #expect(mkfifo(fifo, 0o600) == 0)
        let refused = try revq(["-c", ".export sqlite \(fifo)"], home: home)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("cannot write \(fifo): it is a FIFO (named pipe), not a regular file"))
        var status = stat()
        #expect(lstat(fifo, &status) == 0 && status.st_mode & S_IFMT == S_IFIFO)
        let directory = try revq(["-c", ".export sqlite \(home.path)"], home: home)
        #expect(directory.status == 1)
        #expect(directory.stderr.contains("it is a directory"))
    }

    @Test(arguments: [
        (".export", "missing format and file"), (".export csv x.db", "unknown export format 'csv'"),
        (".export sqlite a.db b.db", "too many arguments"),
    ])
    func badArgumentsSayWhat(line: String, message: String) throws {
        let home = try TemporaryHome()
        let run = try revq(["-c", line], home: home)
        #expect(run.status == 1)
        #expect(run.stderr.contains("error: \(message)"), "\(run.stderr)")
    }

    @Test func aSessionFileMayNotExportWithoutAllowWrites() throws {
        let home = try TemporaryHome()
        let target = home.file("from-session.db")
        try home.write(
            "# revq session \"exporter\"\n# statements: 1\n.export sqlite \(target)\n# end of session\n",
            to: "exporter.revq")
        let refused = try revq(["-c", ".open \(home.file("exporter.revq"))"], home: home)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("'.export' is refused"))
        #expect(!FileManager.default.fileExists(atPath: target))
        let allowed = try revq(["--allow-writes", "-c", ".open \(home.file("exporter.revq"))"], home: home)
        #expect(allowed.status == 0, "\(allowed.stderr)")
        #expect(FileManager.default.fileExists(atPath: target))
    }
}
