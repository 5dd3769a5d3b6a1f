import Foundation
import RevqTestSupport
import Testing

/// `.export sqlite FILE` gives Datasette's metadata the permissions it gives the database:
/// new files what the umask allows (as a shell redirection), replaced files their own.
struct ExportPermissionsTests {
    /// revq run by a shell with `mask` as its umask.
    static func export(_ target: String, umask mask: String, home: TemporaryHome) throws -> ExternalCommand.Outcome {
        try ExternalCommand.run(
            [
                "/bin/sh", "-c", "umask \(mask) && exec \"$0\" -c \"$1\"", RevqProcess.binary,
                ".export sqlite \(target)",
            ],
            home: home)
    }

    static func mode(_ path: String) throws -> Int {
        try #require(FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int)
    }

    @Test(arguments: [("022", 0o644), ("027", 0o640), ("077", 0o600)])
    func newFilesGetWhatTheUmaskAllows(mask: String, expected: Int) throws {
        let home = try TemporaryHome()
        let run = try Self.export(home.file("review.db"), umask: mask, home: home)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try Self.mode(home.file("review.db")) == expected)
        #expect(try Self.mode(home.file("review.metadata.json")) == expected)
    }

    @Test func replacedFilesKeepTheirOwn() throws {
        let home = try TemporaryHome()
        #expect(try Self.export(home.file("review.db"), umask: "022", home: home).status == 0)
        for name in ["review.db", "review.metadata.json"] { chmod(home.file(name), 0o640) }
        #expect(try Self.export(home.file("review.db"), umask: "022", home: home).status == 0)
        #expect(try Self.mode(home.file("review.db")) == 0o640)
        #expect(try Self.mode(home.file("review.metadata.json")) == 0o640)
    }
}
