import Foundation
import RevqData
import RevqTestSupport
import Testing

@testable import RevqREPL

/// Where revq looks for its review, and the content hash `revq --version` prints.
struct DatasetLocationTests {
    @Test(arguments: [
        ([:], ["/usr/local/share", "/usr/share"]),
        (["XDG_DATA_DIRS": ""], ["/usr/local/share", "/usr/share"]),
        (["XDG_DATA_DIRS": "/opt/share/:/usr/share"], ["/opt/share", "/usr/share"]),
        // The XDG specification ignores relative entries; none left means the default.
        (["XDG_DATA_DIRS": "share:/x::"], ["/x"]),
        (["XDG_DATA_DIRS": "share"], ["/usr/local/share", "/usr/share"]),
    ])
    func dataDirectoriesFollowTheXDGRules(environment: [String: String], folders: [String]) {
        #expect(DatasetLocation.dataDirectories(environment) == folders)
    }

    @Test func candidatesRunFromThePrefixThroughTheCheckoutToXDG() {
        let candidates = DatasetLocation.candidates(
            executable: "/opt/revq/bin/revq", environment: ["XDG_DATA_DIRS": "/d1:/d2"])
        #expect(
            candidates.map(\.directory) == [
                "/opt/revq/share/revq",
                "/opt/revq/bin/Datasets/review", "/opt/revq/Datasets/review", "/opt/Datasets/review",
                "/d1/revq", "/d2/revq",
            ])
        #expect(candidates.map(\.origin) == [.installed, .checkout, .checkout, .checkout, .dataDirs, .dataDirs])
    }

    /// A binary at the root has no folder above it: only the prefix and XDG are tried.
    @Test func aBinaryAtTheRootLooksInTheRootsShare() {
        let candidates = DatasetLocation.candidates(executable: "/revq", environment: ["XDG_DATA_DIRS": "/d1"])
        #expect(candidates.map(\.directory) == ["/share/revq", "/d1/revq"])
    }

    @Test(arguments: [
        ("/opt/revq/bin/revq", "/opt/revq/bin"), ("/revq", "/"), ("/", "/"), ("/a/b/", "/a"), ("/a//b", "/a"),
        ("//x", "/"), ("x", "."), ("/æøå/Øye 2018", "/æøå"),
    ])
    func theParentFolderIsTheTextBeforeTheLastSlash(path: String, parent: String) {
        #expect(DatasetLocation.parent(of: path) == parent)
    }

    /// With a review both next to the binary and in $XDG_DATA_DIRS, the binary's own wins;
    /// without the first, the second is found.
    @Test func theInstalledReviewComesBeforeXDGDataDirs() throws {
        let home = try TemporaryHome()
        for folder in ["prefix/share/revq/schema", "xdg/revq/schema"] {
            try home.write("name\tkey\n", to: folder + "/sources.tsv")
        }
        let binary = home.file("prefix/bin/revq")
        let environment = ["XDG_DATA_DIRS": home.file("xdg")]
        #expect(
            DatasetLocation.bundled(executable: binary, environment: environment)
                == DatasetLocation(directory: home.file("prefix/share/revq"), origin: .installed))
        try FileManager.default.removeItem(atPath: home.file("prefix/share"))
        #expect(
            DatasetLocation.bundled(executable: binary, environment: environment)
                == DatasetLocation(directory: home.file("xdg/revq"), origin: .dataDirs))
    }

    @Test func notFoundSaysWhereItLooked() throws {
        let home = try TemporaryHome()
        let result = DatasetLocation.locate(
            nil, executable: home.file("bin/revq"), environment: ["XDG_DATA_DIRS": home.file("xdg")])
        guard case .failure(let problem) = result else {
            Issue.record("found a dataset in an empty folder")
            return
        }
        #expect(problem.status == 1)
        #expect(problem.rendered().hasPrefix("revq: error: cannot find the bundled review"))
        #expect(problem.rendered().contains(home.file("share/revq")))
        #expect(problem.rendered().contains(home.file("xdg/revq")))
        #expect(problem.rendered().contains("pass --dataset DIR"))
    }

    /// The standard's examples: one block, padding into a second block, whole blocks
    /// before the padded tail; and the empty message.
    @Test(arguments: [
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        (
            "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
        ),
        (
            "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
            "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"
        ),
    ])
    func sha256MatchesTheStandardsExamples(message: String, digest: String) {
        #expect(SHA256.hex(of: Array(message.utf8)) == digest)
    }

    /// The hash is what the shell pipeline of revq(1) prints, so anyone can check it
    /// without revq.
    @Test func theContentHashIsTheShellPipelines() throws {
        let pipeline =
            "cd \"$1\" && find -L schema data -type f | LC_ALL=C sort | xargs sha256sum | sha256sum | cut -c1-12"
        let run = try Subprocess.run("/bin/bash", ["-c", pipeline, "bash", RepositoryPaths.bundledDataset])
        let printed = run.stdout
        #expect(run.status == 0, "\(run.stderr)")
        let fingerprint = DatasetFingerprint(directory: RepositoryPaths.bundledDataset)
        #expect(fingerprint.hash == printed.trimmingCharacters(in: .whitespacesAndNewlines))
        #expect(fingerprint.fileCount == DatasetFingerprint.files(in: RepositoryPaths.bundledDataset).count)
        #expect(DatasetFingerprint.files(in: RepositoryPaths.bundledDataset).contains("schema/sources.tsv"))
    }

    @Test func theContentHashChangesWithOneByte() throws {
        let home = try TemporaryHome()
        try home.write("name\tkey\n", to: "review/schema/sources.tsv")
        try home.write("a\n", to: "review/data/a.tsv")
        let before = DatasetFingerprint(directory: home.file("review"))
        try home.write("b\n", to: "review/data/a.tsv")
        let after = DatasetFingerprint(directory: home.file("review"))
        #expect(before.hash.count == 12)
        #expect(before.fileCount == 2)
        #expect(before.hash != after.hash)
    }
}

/// Where the compiled dataset goes, and the switch that turns it off.
struct CacheFolderTests {
    @Test(
        arguments: [
            (["HOME": "/home/ann"], "/home/ann/.cache/revq"),
            (["HOME": "/home/ann/"], "/home/ann/.cache/revq"),
            (["HOME": "/home/ann", "XDG_CACHE_HOME": "/var/cache/ann"], "/var/cache/ann/revq"),
            // The XDG rule: empty or relative values are ignored.
            (["HOME": "/home/ann", "XDG_CACHE_HOME": ""], "/home/ann/.cache/revq"),
            (["HOME": "/home/ann", "XDG_CACHE_HOME": "cache"], "/home/ann/.cache/revq"),
            (["HOME": "/home/ann", "REVQ_NO_CACHE": "0"], "/home/ann/.cache/revq"),
            (["HOME": "/home/ann", "REVQ_NO_CACHE": ""], "/home/ann/.cache/revq"),
            (["HOME": "/home/ann", "REVQ_NO_CACHE": "1"], nil),
            (["HOME": "/home/ann", "XDG_CACHE_HOME": "/var/cache/ann", "REVQ_NO_CACHE": "yes"], nil),
            ([:], nil),
            (["HOME": "relative"], nil),
        ] as [([String: String], String?)])
    func theCacheFolderFollowsTheXDGRules(environment: [String: String], folder: String?) {
        #expect(Launcher.cacheFolder(environment: environment) == folder)
    }
}
