import Foundation
import RevqArtifacts
import RevqTestSupport
import Testing

/// The generated parts of the repository's files are what the tables give now: a table
/// changed without `scripts/generate` fails here, naming the file.
@Suite("generated files")
struct GeneratedFilesTests {
    static let files = GeneratedFile.all(schema: BundledStore.shared.schema)

    @Test(arguments: files.map(\.path))
    func isCurrent(path: String) throws {
        let file = try #require(Self.files.first { $0.path == path })
        let current = try String(contentsOfFile: RepositoryPaths.root + "/" + path, encoding: .utf8)
        let difference = Self.firstDifference(try file.rewrite(current), current)
        #expect(difference == nil, "\(path) is not what the tables give (run scripts/generate): \(difference ?? "")")
    }

    /// Where `written` and `current` first differ: the line number and both lines.
    static func firstDifference(_ written: String, _ current: String) -> String? {
        let (new, old) = (
            written.split(separator: "\n", omittingEmptySubsequences: false),
            current.split(separator: "\n", omittingEmptySubsequences: false)
        )
        guard
            let index = (0..<max(new.count, old.count)).first(where: {
                $0 >= new.count || $0 >= old.count || new[$0] != old[$0]
            })
        else { return nil }
        let line = { (lines: [Substring]) in index < lines.count ? "'\(lines[index])'" : "(end of file)" }
        return "line \(index + 1) is \(line(old)), the tables give \(line(new))"
    }

    /// Writing twice gives what writing once gave, so a current file stays current.
    @Test(arguments: files.map(\.path))
    func rewritingIsStable(path: String) throws {
        let file = try #require(Self.files.first { $0.path == path })
        let once = try file.rewrite(try String(contentsOfFile: RepositoryPaths.root + "/" + path, encoding: .utf8))
        #expect(try file.rewrite(once) == once)
    }

    @Test func aFileWithoutItsMarkersIsAnError() throws {
        for file in Self.files {
            #expect(throws: GenerationError.self) { try file.rewrite("no markers here\n") }
        }
    }
}
