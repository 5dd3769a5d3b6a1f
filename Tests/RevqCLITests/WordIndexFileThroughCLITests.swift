import Foundation
import RevqTestSupport
import Testing

/// The word indexes of `~` through the binary: the first search keeps them beside the
/// compiled dataset (`.store.words`), and the next start answers from them with the very
/// bytes a start without cache gives.
struct WordIndexFileThroughCLITests {
    @Test(arguments: ["findings where ~ SMS", "findings where text ~ relasjon", "count sections where text ~ relasjon"])
    func theKeptIndexGivesTheSameAnswer(statement: String) throws {
        let home = try TemporaryHome()
        let fromFiles = try RevqProcess.run(["-c", statement], home: home, extraEnvironment: ["REVQ_NO_CACHE": "1"])
        #expect(fromFiles.status == 0, "\(fromFiles.stderr)")
        let building = try RevqProcess.run(["-c", statement], home: home)
        let files = try FileManager.default.contentsOfDirectory(atPath: home.cacheDirectory)
        let words = try #require(files.first { $0.hasSuffix(".store.words") }, "\(files)")
        #expect(files.contains(String(words.dropLast(".words".count))), "beside its compiled dataset: \(files)")
        let reading = try RevqProcess.run(["-c", statement], home: home)
        for run in [building, reading] {
            #expect(run.status == 0 && run.stdout == fromFiles.stdout && run.stderr == fromFiles.stderr)
        }
    }
}
