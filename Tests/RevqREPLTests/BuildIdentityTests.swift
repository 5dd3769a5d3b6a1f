import Foundation
import RevqTestSupport
import Testing

@testable import RevqREPL

/// The build ID that keys the compiled dataset to one build of revq.
struct BuildIdentityTests {
    /// The ID read from memory (and, failing that, from the file) is the one `readelf -n`
    /// reads from this test binary's file.
    @Test func theBuildIDIsTheOneReadelfShows() throws {
        let home = try TemporaryHome()
        let executable = try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")
        let notes = try Subprocess.run("/usr/bin/env", ["readelf", "-n", executable], environment: home.environment)
            .stdout
        let shown = try #require(notes.firstMatch(of: /Build ID: ([0-9a-f]+)/)).output.1
        #expect(BuildIdentity.current == String(shown))
        #expect(
            BuildIdentity.loadedBuildID().map(BuildIdentity.hex) == String(shown), "read in memory, not from the file")
        #expect(BuildIdentity.buildID(ofFile: executable).map(BuildIdentity.hex) == String(shown), "and from the file")
    }
}
