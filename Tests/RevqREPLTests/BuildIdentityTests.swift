import Foundation
import RevqTestSupport
import Testing

@testable import RevqREPL

/// The build ID that keys the compiled dataset to one build of revq.
struct BuildIdentityTests {
    /// The ID read from memory is the one `readelf -n` reads from this test binary's file.
    @Test func theBuildIDIsTheOneReadelfShows() throws {
        let home = try TemporaryHome()
        let executable = try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")
        let notes = try Subprocess.run("/usr/bin/env", ["readelf", "-n", executable], environment: home.environment)
            .stdout
        let shown = try #require(notes.firstMatch(of: /Build ID: ([0-9a-f]+)/)).output.1
        #expect(BuildIdentity.current == String(shown))
    }
}
