import Foundation
import Testing

/// Golden files next to the tests (`Golden/NAME`): rendered text compared byte for byte.
/// Re-recorded only on request: `REVQ_RECORD_GOLDEN=1 swift test --filter RevqRenderTests`,
/// a run that writes the files and fails, saying so; the next run checks them.
enum Golden {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static var isRecording: Bool { ProcessInfo.processInfo.environment["REVQ_RECORD_GOLDEN"] == "1" }

    static func check(_ actual: String, named name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation)
        throws
    {
        let url = directory.appendingPathComponent(name)
        if isRecording {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: url)
            // A recording run checks nothing, so it must not pass as one that did.
            Issue.record(
                "recorded 1 golden file (\(name)); run again without REVQ_RECORD_GOLDEN", sourceLocation: sourceLocation
            )
            return
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            Issue.record(
                "missing golden file \(name); record it with REVQ_RECORD_GOLDEN=1", sourceLocation: sourceLocation)
            return
        }
        let expected = String(decoding: data, as: UTF8.self)
        #expect(
            actual == expected, "\(name) differs at line \(firstDifference(actual, expected))",
            sourceLocation: sourceLocation)
    }

    /// The 1-based number of the first line where the texts differ.
    static func firstDifference(_ left: String, _ right: String) -> Int {
        let (a, b) = (
            left.split(separator: "\n", omittingEmptySubsequences: false),
            right.split(separator: "\n", omittingEmptySubsequences: false)
        )
        return (0..<max(a.count, b.count)).first { $0 >= a.count || $0 >= b.count || a[$0] != b[$0] }.map { $0 + 1 }
            ?? 0
    }
}
