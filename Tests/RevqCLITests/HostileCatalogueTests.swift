import Foundation
import RevqTestSupport
import Testing

/// Issue 25's hostile catalogue: each `Tests/Hostile/<name>.sh` is run as `bash FILE` in
/// a fresh empty scratch folder, and its exit status and outputs are held to the header
/// comments it declares (`HostileCase`). One test case per file.
@Suite
struct HostileCatalogueTests {
    static let folder = RepositoryPaths.root + "/Tests/Hostile"

    /// The case files' names, sorted; read when the tests are discovered.
    static let caseNames: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { $0.hasSuffix(".sh") }.sorted()
    }()

    /// An empty or missing folder would make the parameterised test below run nothing.
    @Test func theCatalogueHasCases() {
        #expect(!Self.caseNames.isEmpty, "no case files in \(Self.folder)")
    }

    /// Every file in the folder is a case: a case misnamed `.bash` or `.txt` would be skipped.
    @Test func everyFileInTheFolderIsACase() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.folder)
        #expect(names.filter { !$0.hasSuffix(".sh") } == [])
    }

    @Test(arguments: caseNames)
    func hostileCase(_ name: String) throws {
        let text = try String(contentsOfFile: Self.folder + "/" + name, encoding: .utf8)
        let expected: HostileCase
        do { expected = try HostileCase(parsing: text) } catch {
            Issue.record("\(name): \(error)")
            return
        }
        if expected.needsRoot && geteuid() != 0 {
            try Test.cancel("\(name) needs root: run the tests as root to run it")
        }
        let run = try HostileRun.run(Self.folder + "/" + name, timeoutSeconds: expected.timeoutSeconds)
        check(run, against: expected, name: name)
    }

    private func check(_ run: HostileRun.Outcome, against expected: HostileCase, name: String) {
        let context =
            "\(name) (\(expected.summary))\n--- stdout:\n\(run.stdout.prefix(2_000))\n--- stderr:\n\(run.stderr.prefix(2_000))"
        #expect(!run.timedOut, "timed out after \(expected.timeoutSeconds) s: \(context)")
        #expect(run.status == expected.status, "exit status \(run.status), expected \(expected.status): \(context)")
        for check in expected.checks {
            switch check {
            case .stdoutContains(let text): #expect(run.stdout.contains(text), "stdout lacks '\(text)': \(context)")
            case .stderrContains(let text): #expect(run.stderr.contains(text), "stderr lacks '\(text)': \(context)")
            case .stdoutNotContains(let text): #expect(!run.stdout.contains(text), "stdout has '\(text)': \(context)")
            case .stderrNotContains(let text): #expect(!run.stderr.contains(text), "stderr has '\(text)': \(context)")
            }
        }
    }
}

/// The header parser itself: a case that declares nothing, or declares it misspelt, is
/// an error of the runner, never a pass.
@Suite
struct HostileCaseHeaderTests {
    @Test func aCompleteHeaderIsRead() throws {
        let parsed = try HostileCase(
            parsing: """
                #!/usr/bin/env bash
                # case: a chart of nothing
                # expect-status: 1
                # expect-stderr-contains: error: x
                # expect-stdout-not-contains: Fatal
                # timeout: 5
                # needs-root: yes
                # A comment: any prose.
                "$REVQ" -c 'chart count findings'
                """)
        #expect(parsed.summary == "a chart of nothing")
        #expect(parsed.status == 1)
        #expect(parsed.checks == [.stderrContains("error: x"), .stdoutNotContains("Fatal")])
        #expect(parsed.timeoutSeconds == 5)
        #expect(parsed.needsRoot)
    }

    @Test(arguments: [
        "# case: no status\n",
        "# expect-status: 0\n",
        "# case: x\n# expect-status: one\n",
        "# case: x\n# expect-status: 0\n# expect-status: 1\n",
        "# case: x\n# expect-status: 0\n# expect-stdot-contains: y\n",
        "# case: x\n# expect-status: 0\n# Expect-Stdout-Contains: y\n",
        "# case: x\n# expect-status: 0\n# expect-stdout-contains:\n",
        "# case: x\n# expect-status: 0\n#expect-stdout-contains: y\n",
        "# case: x\n# expect-status: 0\n# timeout: soon\n",
        "# case: x\n# expect-status: 0\n# needs-root: maybe\n",
    ])
    func aFaultyHeaderIsAnError(text: String) {
        #expect(throws: HostileCase.HeaderError.self) { try HostileCase(parsing: text) }
    }
}
