import Foundation
import RevqTestSupport
import Testing

@testable import RevqREPL

/// Paths and timestamps are read and written without Foundation's NSString and date
/// formatters (they need ICU); these tests hold them to what those gave, so that session
/// files, journal names and records stay byte for byte as before.
struct FoundationFreeTextTests {
    /// Path, last component, folder: as NSString's documentation gives them (its Linux
    /// implementation is not a usable oracle: it traps on "a/").
    static let paths: [(String, String, String)] = [
        ("", "", ""), ("/", "/", "/"), ("a", "a", ""), ("a/", "a", ""), ("a//", "a", ""), ("/a", "a", "/"),
        ("/a/", "a", "/"), ("/a/b", "b", "/a"), ("/a/b/", "b", "/a"), ("a/b", "b", "a"), ("a/b.revq", "b.revq", "a"),
        ("a.b/c.revq", "c.revq", "a.b"), ("./x", "x", "."), ("../x/y", "y", "../x"), ("/tmp//x", "x", "/tmp"),
        (".revq", ".revq", ""), ("x/.revq", ".revq", "x"), ("~/sessions/panel.revq", "panel.revq", "~/sessions"),
        ("/tmp/æøå.revq", "æøå.revq", "/tmp"), ("dir/.hidden", ".hidden", "dir"), ("//", "/", "/"),
    ]

    @Test(arguments: paths)
    func pathPartsAreReadFromTheText(_ path: String, last: String, folder: String) {
        #expect(PathName.lastComponent(path) == last)
        #expect(PathName.folder(of: path) == folder)
    }

    @Test(arguments: ["panel.revq", "a.b.revq", ".revq", ".hidden", "noext", "æøå.revq", "x.", "a.b"])
    func extensionsGoAsNSStringDropsThem(_ name: String) {
        #expect(PathName.withoutExtension(name) == (name as NSString).deletingPathExtension)
    }

    /// Moments across years, leap days, the epoch and fractions of a second, in both forms.
    @Test func timestampsAreTheFormattersOwn() {
        let internet = ISO8601DateFormatter()
        internet.formatOptions = [.withInternetDateTime]
        let compact = DateFormatter()
        compact.locale = Locale(identifier: "en_US_POSIX")
        compact.timeZone = TimeZone(identifier: "UTC")
        compact.dateFormat = "yyyyMMdd-HHmmss"
        var generator = SeededGenerator(seed: 3)
        let moments =
            [0, 0.999, 951_782_400, 1_709_164_799.5, 1_796_074_574.25, 4_102_444_800]
            + (0..<500).map { _ in Double.random(in: 0..<4_102_444_800, using: &generator) }
        for seconds in moments {
            let date = Date(timeIntervalSince1970: seconds)
            #expect(Timestamp.internet(date) == internet.string(from: date), "\(seconds)")
            #expect(Timestamp.compact(date) == compact.string(from: date), "\(seconds)")
        }
    }

    @Test func timerShowsMillisecondsToThreeDecimals() {
        #expect(OutputRouter.milliseconds(.nanoseconds(12_345_678)) == "12.346")
        #expect(OutputRouter.milliseconds(.nanoseconds(999)) == "0.001")
        #expect(OutputRouter.milliseconds(.seconds(2)) == "2000.000")
        #expect(OutputRouter.milliseconds(.zero) == "0.000")
    }

    /// Without HOME, the account's folder from the password database, as NSHomeDirectory.
    @Test func homeFolderFallsBackToTheAccount() {
        #expect(RevqPaths.homeFolder(environment: ["HOME": "/home/ann"]) == "/home/ann")
        let account = RevqPaths.homeFolder(environment: [:])
        #expect(account == RevqPaths.homeFolder(environment: ["HOME": ""]))
        #expect(account == String(cString: getpwuid(getuid())!.pointee.pw_dir))
    }
}
