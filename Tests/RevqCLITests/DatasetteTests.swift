import Foundation
import RevqTestSupport
import Testing

/// Issue 22: the exported review served by Datasette (from PyPI, pinned, in the tests'
/// own virtual environment that `scripts/setup --tests` makes) with the metadata revq writes
/// beside it, on 127.0.0.1: a table's JSON holds the review's values, and a finding links to
/// its studies, labelled by name. Outside CI the test is skipped when Datasette is not
/// installed; in CI (CI=true) it runs and fails without it.
@Suite(.serialized)
struct DatasetteTests {
    static let datasette = RepositoryPaths.root + "/.build/venv/bin/datasette"
    static let isInstalled = FileManager.default.isExecutableFile(atPath: datasette)
    static let inCI = ProcessInfo.processInfo.environment["CI"] == "true"

    @Test(.enabled(if: isInstalled || inCI, "Datasette is not in .build/venv: scripts/setup --tests installs it"))
    func datasetteServesTheExportedReviewWithItsMetadata() throws {
        try #require(
            Self.isInstalled, "CI=true and no Datasette at \(Self.datasette): scripts/setup --tests installs it")
        let home = try TemporaryHome()
        let export = try RevqProcess.run(["-c", ".export sqlite \(home.file("review.db"))"], home: home)
        #expect(export.status == 0, "\(export.stderr)")
        #expect(
            export.stderr.contains("with Datasette's metadata in \(home.file("review.metadata.json"))"),
            "\(export.stderr)")
        let server = try DatasetteServer(
            database: home.file("review.db"), metadata: home.file("review.metadata.json"), home: home)
        defer { server.stop() }

        // Line 1121: "Alle de 33 funnene"; finding 4 stands under Kommunikasjon (line 1153),
        // its confidence "Lav tillit" (line 1157), its rows in Tabell 9 lines 1155-1159.
        let findings = try server.json("/review/findings.json?number=4&_shape=objects")
        let finding = try #require((findings["rows"] as? [[String: Any]])?.first)
        #expect(finding["theme"] as? String == "Kommunikasjon")
        #expect(finding["confidence"] as? String == "lav")
        #expect((finding["source"] as? String)?.hasPrefix("Tabell 9, lines 1155-1159") == true, "\(finding)")
        let all = try server.json("/review/findings.json?_size=0")
        #expect(all["filtered_table_rows_count"] as? Int == 33)
        #expect((all["license"] as? String)?.contains("publisher's") == true, "the metadata is served: \(all)")

        // The finding's page links to its rows of findings_study (the foreign key), and the
        // studies are labelled by name (label_column): line 1159 lists them in this order.
        let page = try server.text("/review/findings/4")
        #expect(
            page.contains("href=\"/review/findings_study?record_key=4\""), "no link from the finding to its studies")
        #expect(
            try server.studyLabels(ofFinding: 4) == ["Wiig 2023", "Lomeland 2018", "Eriksen 2023", "Gundersen 2024"])
        // Line 1151: finding 3's studies include "Øye 2018".
        #expect(try server.studyLabels(ofFinding: 3).contains("Øye 2018"))

        // The columns are described from revq's schema.
        let table = try server.text("/review/findings")
        #expect(table.contains("The theme row of Tabell 9 the finding stands under"), "no column description")
    }
}

/// `datasette serve` on 127.0.0.1 with a port it chooses (`--port 0`, read from its log).
private final class DatasetteServer {
    let process = Process()
    let log: String
    let home: TemporaryHome
    private(set) var port = 0

    init(database: String, metadata: String, home: TemporaryHome) throws {
        self.home = home
        log = home.file("datasette.log")
        _ = FileManager.default.createFile(atPath: log, contents: nil)
        process.executableURL = URL(fileURLWithPath: DatasetteTests.datasette)
        process.arguments = ["serve", database, "-m", metadata, "--host", "127.0.0.1", "--port", "0"]
        process.environment = home.environment
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: log))
        process.standardError = process.standardOutput
        try Subprocess.start(process)
        port = try waitForPort()
    }

    /// Uvicorn says `Uvicorn running on http://127.0.0.1:PORT` once it listens.
    private func waitForPort(timeout: TimeInterval = 120) throws -> Int {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline && process.isRunning {
            let text = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
            if let match = text.firstMatch(of: /running on http:\/\/127\.0\.0\.1:(\d+)/), let port = Int(match.output.1)
            {
                return port
            }
            usleep(100_000)
        }
        throw ServerFailure(log: (try? String(contentsOfFile: log, encoding: .utf8)) ?? "")
    }

    struct ServerFailure: Error, CustomStringConvertible {
        let log: String
        var description: String { "datasette did not start listening:\n\(log)" }
    }

    func text(_ path: String) throws -> String {
        let fetched = try ExternalCommand.run(
            [
                "curl", "--silent", "--show-error", "--fail", "--max-time", "60",
                "http://127.0.0.1:\(port)\(path)",
            ], home: home)
        #expect(fetched.status == 0, "GET \(path): \(fetched.stderr)")
        return fetched.stdout
    }

    func json(_ path: String) throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(try text(path).utf8))
        return try #require(object as? [String: Any], "GET \(path) is not a JSON object")
    }

    /// The labels of a finding's studies in its list's order, as `_labels=on` expands the
    /// foreign key `related_key` to `{"value": KEY, "label": LABEL}`.
    func studyLabels(ofFinding number: Int) throws -> [String] {
        let links = try json(
            "/review/findings_study.json?record_key=\(number)&_labels=on&_shape=objects&_sort=position")
        let rows = try #require(links["rows"] as? [[String: Any]])
        return rows.compactMap { ($0["related_key"] as? [String: Any])?["label"] as? String }
    }

    /// SIGKILL: Process hands datasette the test thread's signal mask, in which SIGTERM
    /// and SIGINT are blocked, so it would never see them.
    func stop() {
        guard process.isRunning else { return }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }
}
