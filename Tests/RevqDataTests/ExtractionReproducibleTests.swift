import Foundation
import RevqTestSupport
import Testing

/// The committed data must be exactly what the extractors make from the source text,
/// so every value can be traced to the review and regenerated.
@Suite("Extraction is reproducible")
struct ExtractionReproducibleTests {
    @Test func committedDataEqualsExtractorOutput() throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("revq-extract-\(UUID().uuidString)")
            .path
        let run = try Subprocess.run("/usr/bin/env", ["bash", RepositoryPaths.scripts + "/extract-datasets", output])
        try #require(run.status == 0, "extract-datasets failed: \(run.stderr)")

        let committedFolder = RepositoryPaths.bundledDataset + "/data"
        let committed = try FileManager.default.contentsOfDirectory(atPath: committedFolder).filter {
            $0.hasSuffix(".tsv")
        }.sorted()
        let extracted = try FileManager.default.contentsOfDirectory(atPath: output).filter { $0.hasSuffix(".tsv") }
            .sorted()
        #expect(committed == extracted)
        for name in committed where extracted.contains(name) {
            let left = try Data(contentsOf: URL(fileURLWithPath: committedFolder + "/" + name))
            let right = try Data(contentsOf: URL(fileURLWithPath: output + "/" + name))
            #expect(left == right, "data/\(name) differs from what scripts/extract-datasets writes")
        }
    }
}
