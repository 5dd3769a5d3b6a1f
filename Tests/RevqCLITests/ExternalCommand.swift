import Foundation
import RevqTestSupport

/// Runs a program other than revq (the install scripts, bash, man, dpkg-deb), with the
/// outputs in files so a chatty program never blocks on a full pipe.
///
///     let man = try ExternalCommand.run(["man", "-l", page], home: home)
///     #expect(man.status == 0)
enum ExternalCommand {
    struct Outcome {
        let stdout: String
        let stderr: String
        let status: Int32
    }

    static func run(_ arguments: [String], home: TemporaryHome, environment: [String: String] = [:],
                    currentDirectory: String? = nil) throws -> Outcome {
        let capture = home.file("capture-\(UUID().uuidString)")
        try FileManager.default.createDirectory(atPath: capture, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: capture) }
        _ = FileManager.default.createFile(atPath: capture + "/out", contents: nil)
        _ = FileManager.default.createFile(atPath: capture + "/err", contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        process.environment = home.environment.merging(environment) { $1 }
        process.currentDirectoryURL = URL(fileURLWithPath: currentDirectory ?? home.path)
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: capture + "/out"))
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: capture + "/err"))
        try RevqProcess.start(process)
        process.waitUntilExit()
        return Outcome(stdout: try String(contentsOfFile: capture + "/out", encoding: .utf8),
                       stderr: try String(contentsOfFile: capture + "/err", encoding: .utf8),
                       status: process.terminationStatus)
    }
}
