import Foundation
import RevqCore
import RevqEngine
import Testing

@testable import RevqREPL

struct CompleterTests {
    private func completer(sessions: String) -> (Completer, Shell) {
        let store = Store(schema: Schema(sources: [], vocabularies: [:]), tables: [])
        let paths = RevqPaths(environment: ["HOME": "/nonexistent", "XDG_DATA_HOME": sessions])
        let configuration = Shell.Configuration(
            paths: paths, facts: TerminalFacts(environment: [:]), datasetName: "test",
            keepsHistoryFile: false)
        let shell = Shell(store: store, configuration: configuration)
        return (Completer(shell: shell), shell)
    }

    @Test(arguments: [
        (".he", 0..<3, [".help", ".headers"]),
        ("  .s", 2..<4, [".save", ".sessions"]),
        (".mode c", 6..<7, ["card", "csv"]),
        (".mode ", 6..<6, ["table", "card", "csv", "tsv", "json", "jsonl", "markdown", "svg"]),
        (".headers o", 9..<10, ["on", "off"]),
        (".quit ", 6..<6, []),
    ])
    func metaCommandsAndTheirArguments(line: String, range: Range<Int>, candidates: [String]) {
        let (completer, shell) = completer(sessions: "/nonexistent")
        _ = shell
        #expect(completer.complete(line: line, cursor: line.count) == Completion(range: range, candidates: candidates))
    }

    @Test func openOffersSavedSessionsAndFiles() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("revq-complete-\(UUID().uuidString)")
            .path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder + "/revq/sessions", withIntermediateDirectories: true)
        for name in ["workshop", "work-ø", "other"] {
            try "# revq session\n# end of session\n".write(
                toFile: folder + "/revq/sessions/\(name).revq", atomically: true, encoding: .utf8)
        }
        let (completer, shell) = completer(sessions: folder)
        _ = shell
        #expect(completer.complete(line: ".open wor", cursor: 9)?.candidates == ["work-ø", "workshop"])
        let files = completer.complete(line: ".output \(folder)/revq/s", cursor: ".output \(folder)/revq/s".count)
        #expect(files?.candidates == ["\(folder)/revq/sessions/"])
        try FileManager.default.createDirectory(atPath: folder + "/my results", withIntermediateDirectories: true)
        let spaced = ".output \(folder)/my"
        #expect(completer.complete(line: spaced, cursor: spaced.count)?.candidates == ["'\(folder)/my results/'"])
    }

    @Test(arguments: [
        (["card", "csv"], "c"), (["confidence", "confidence_explanation"], "confidence"), (["a"], "a"), ([], ""),
    ])
    func commonPrefix(candidates: [String], prefix: String) {
        #expect(Completion(range: 0..<0, candidates: candidates).commonPrefix == prefix)
    }
}
