import RevqCore
import RevqData
import RevqTestSupport
import Testing

/// The loader reads the five report-level sources with their schema and validates them.
struct LoaderTests {
    @Test(arguments: ReportSchemaTests.sources)
    func theBundledReviewLoadsEveryRecord(source: String) throws {
        let store = try DatasetLoader.load(directory: RepositoryPaths.bundledDataset)
        let table = try #require(store.table(named: source))
        #expect(table.count == Report.records(source).count)
    }

    /// `display` gives back the text the data file holds (for example sections' text).
    @Test func displayedTextIsTheFilesText() throws {
        let texts = BundledStore.column("text", of: "sections")
        #expect(texts == Report.records("sections").map { $0["text"] ?? "" })
    }
}
