import Foundation
import Testing

@testable import RevqREPL

/// revq's own reading of the environment and of its binary's path gives what Foundation's gives.
struct ProcessEnvironmentTests {
    @Test func theEnvironmentReadsAsFoundationReadsIt() {
        #expect(ProcessEnvironment.read() == ProcessInfo.processInfo.environment)
        #expect(ProcessEnvironment.current["PATH"] == ProcessInfo.processInfo.environment["PATH"])
    }

    @Test func theExecutablePathIsTheResolvedBinary() throws {
        let link = try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")
        #expect(Launcher.executablePath() == URL(fileURLWithPath: link).resolvingSymlinksInPath().path)
    }
}
