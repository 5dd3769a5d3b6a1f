import Foundation
import RevqTestSupport
import Testing

/// scripts/install into a scratch prefix, used as a person would use an installed revq:
/// from an unrelated folder, with no checkout in sight. The install takes the binary the
/// other tests run (`--binary`), so no release build is made here.
struct InstallTests {
    /// One install for the suite's read-only tests, removed when the test process ends.
    static let shared: Result<ScratchInstall, any Error> = {
        let install = Result { try ScratchInstall() }
        atexit {
            if case .success(let install) = InstallTests.shared {
                try? FileManager.default.removeItem(atPath: install.home.path)
            }
        }
        return install
    }()

    /// Line 39 of the review: "Funnene omhandlet forebygging (2 funn), fraværsregistrering
    /// (1), kommunikasjon (16), skolebytte/overgang (1), skolens organisering (3), tidlig
    /// oppdagelse/innsats (2) og tiltak fra skolen (8)."
    static let findingsPerTheme = [
        ("Forebygging", "forebygging (2 funn)", 2), ("Fraværsregistrering", "fraværsregistrering (1)", 1),
        ("Kommunikasjon", "kommunikasjon (16)", 16), ("Skolebytte/overgang", "skolebytte/overgang (1)", 1),
        ("Skolens organisering", "skolens organisering (3)", 3),
        ("Tidlig oppdagelse/innsats", "tidlig oppdagelse/innsats (2)", 2),
        ("Tiltak fra skolen", "tiltak fra skolen (8)", 8),
    ]

    @Test func eachFileIsInItsUsualPlaceAndInTheManifest() throws {
        let install = try Self.shared.get()
        let expected = [
            "bin/revq", "share/revq/schema/sources.tsv", "share/revq/data/findings.tsv", "share/man/man1/revq.1",
            "share/bash-completion/completions/revq", "share/zsh/site-functions/_revq",
            "share/fish/vendor_completions.d/revq.fish",
        ]
        for file in expected {
            #expect(FileManager.default.fileExists(atPath: install.prefix + "/" + file), "\(file) is installed")
        }
        #expect(FileManager.default.isExecutableFile(atPath: install.prefix + "/bin/revq"))
        let listed = Set(try install.manifestFiles())
        let present = Set(try install.filesUnderPrefix()).subtracting(["share/revq/installed-files"])
        #expect(listed == present, "the manifest lists exactly the installed files")
        #expect(listed.isSuperset(of: expected))
    }

    @Test func theInstalledBinaryAnswersFromAnUnrelatedFolder() throws {
        let install = try Self.shared.get()
        let home = try TemporaryHome()
        for (_, stated, _) in Self.findingsPerTheme {
            #expect(SourceText.review.line(39).contains(stated), "line 39 states \(stated)")
        }
        let run = try install.run(["--format", "csv", "-c", "count findings by theme"], home: home)
        #expect(run.status == 0, "\(run.stderr)")
        Self.expectFindingsPerTheme(csv: run.stdout)
    }

    /// The rows of `count findings by theme` in CSV against line 39.
    static func expectFindingsPerTheme(csv: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let rows = Set(csv.split(whereSeparator: \.isNewline).map(String.init))
        for (theme, _, count) in findingsPerTheme {
            #expect(rows.contains("\(theme),\(count)"), "\(theme): \(count) findings", sourceLocation: sourceLocation)
        }
    }

    /// --version names the installed review, the rule that found it, and the hash the
    /// shell pipeline of revq(1) computes over the checkout's copy.
    @Test func versionNamesTheInstalledReviewAndItsHash() throws {
        let install = try Self.shared.get()
        let home = try TemporaryHome()
        let run = try install.run(["--version"], home: home)
        #expect(run.status == 0)
        let lines = run.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("revq ") == true)
        #expect(
            lines.dropFirst().first == "dataset: \(install.prefix)/share/revq (installed with revq, next to its binary)"
        )
        let hash = try ShellPipeline.contentHash(of: RepositoryPaths.bundledDataset, home: home)
        #expect(hash.count == 12)
        #expect(lines.dropFirst(2).first?.hasPrefix("content: \(hash) (sha256 of its ") == true)
    }

    @Test func helpRunsFromTheInstall() throws {
        let run = try Self.shared.get().run(["--help"], home: TemporaryHome())
        #expect(run.status == 0)
        #expect(run.stdout.contains("USAGE: revq"))
        #expect(run.stdout.contains("--dataset <DIR>"))
    }

    /// `man -l` renders the installed page without a warning, and `man revq` finds it
    /// through MANPATH as it would through /usr/local/share/man.
    @Test func manShowsTheInstalledPage() throws {
        let install = try Self.shared.get()
        let home = try TemporaryHome()
        let page = install.prefix + "/share/man/man1/revq.1"
        let rendered = try ExternalCommand.run(["man", "--warnings", "-E", "UTF-8", "-l", page], home: home)
        #expect(rendered.status == 0)
        #expect(rendered.stderr.isEmpty, "man warns: \(rendered.stderr)")
        #expect(SourceText.squeeze(rendered.stdout).contains("revq - query a systematic review"))
        let found = try ExternalCommand.run(
            ["man", "-w", "revq"], home: home, environment: ["MANPATH": install.prefix + "/share/man"])
        #expect(found.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == page)
    }

    /// The bash script, sourced by a plain bash, registers `_revq` and offers the formats.
    @Test func bashCompletesFromTheInstalledScript() throws {
        let install = try Self.shared.get()
        let script = """
            source "$1"
            complete -p revq
            COMP_WORDS=(revq --format j); COMP_CWORD=2; COMP_LINE="revq --format j"; COMP_POINT=${#COMP_LINE}
            COMPREPLY=(); _revq revq j --format; printf 'offered: %s\\n' "${COMPREPLY[@]}"
            COMP_WORDS=(revq --no-h); COMP_CWORD=1; COMP_LINE="revq --no-h"; COMP_POINT=${#COMP_LINE}
            COMPREPLY=(); _revq revq --no-h revq; printf 'offered: %s\\n' "${COMPREPLY[@]}"
            COMP_WORDS=(revq --no-j); COMP_CWORD=1; COMP_LINE="revq --no-j"; COMP_POINT=${#COMP_LINE}
            COMPREPLY=(); _revq revq --no-j revq; printf 'offered: %s\\n' "${COMPREPLY[@]}"
            """
        let bash = try ExternalCommand.run(
            [
                "bash", "--norc", "--noprofile", "-c", script, "bash",
                install.prefix + "/share/bash-completion/completions/revq",
            ], home: TemporaryHome())
        #expect(bash.status == 0, "\(bash.stderr)")
        #expect(bash.stdout.contains("-F _revq revq"))
        #expect(bash.stdout.contains("offered: json\noffered: jsonl\n"))
        #expect(bash.stdout.contains("offered: --no-history\n"))
        #expect(bash.stdout.contains("offered: --no-journal\n"))
    }

    /// bash sources its script (so no #! line, as Debian's lintian asks); zsh and fish
    /// find theirs by name.
    @Test func completionScriptsAreForTheirShells() throws {
        let install = try Self.shared.get()
        let bash = try String(
            contentsOfFile: install.prefix + "/share/bash-completion/completions/revq", encoding: .utf8)
        #expect(!bash.hasPrefix("#!"))
        let zsh = try String(contentsOfFile: install.prefix + "/share/zsh/site-functions/_revq", encoding: .utf8)
        let fish = try String(
            contentsOfFile: install.prefix + "/share/fish/vendor_completions.d/revq.fish", encoding: .utf8)
        #expect(zsh.hasPrefix("#compdef revq"))
        #expect(fish.contains("complete -c 'revq'"))
        #expect(fish.contains("-l 'format'"))
    }

    /// A second install replaces the first; uninstall removes exactly what was installed:
    /// files that were there before stay, and so does an installed file changed since.
    @Test func installingTwiceThenUninstallingLeavesOnlyWhatWasThere() throws {
        let install = try ScratchInstall(preexisting: ["bin/other-tool", "share/man/man1/other.1"])
        let firstManifest = try install.manifestFiles()
        let again = try install.script("install", ["--prefix", install.prefix, "--binary", RevqProcess.binary])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(try install.manifestFiles() == firstManifest)
        try "# edited\n".write(
            toFile: install.prefix + "/share/fish/vendor_completions.d/revq.fish", atomically: true, encoding: .utf8)
        let removed = try install.script("uninstall", ["--prefix", install.prefix])
        #expect(removed.status == 0, "\(removed.stderr)")
        #expect(
            removed.stderr.contains(
                "kept \(install.prefix)/share/fish/vendor_completions.d/revq.fish: it changed since it was installed"))
        #expect(
            try install.filesUnderPrefix().sorted() == [
                "bin/other-tool", "share/fish/vendor_completions.d/revq.fish", "share/man/man1/other.1",
            ])
        let nothing = try install.script("uninstall", ["--prefix", install.prefix])
        #expect(nothing.status == 1)
        #expect(nothing.stderr.contains("nothing to remove"))
    }

    /// A binary with no review next to it finds one through $XDG_DATA_DIRS.
    @Test func aReviewInXDGDataDirsIsFound() throws {
        let home = try TemporaryHome()
        try FileManager.default.createDirectory(atPath: home.file("bin"), withIntermediateDirectories: true)
        try RevqProcess.copyBinary(to: home.file("bin/revq"))
        try FileManager.default.createDirectory(atPath: home.file("xdg"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(
            atPath: home.file("xdg/revq"), withDestinationPath: RepositoryPaths.bundledDataset)
        let environment = ["XDG_DATA_DIRS": "/nonexistent:" + home.file("xdg")]
        let version = try ExternalCommand.run(
            [home.file("bin/revq"), "--version"], home: home, environment: environment)
        #expect(version.stdout.contains("dataset: \(home.file("xdg/revq")) (found through $XDG_DATA_DIRS)"))
        let run = try ExternalCommand.run(
            [home.file("bin/revq"), "-c", "count findings"], home: home, environment: environment)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("33"))
    }
}

/// revq installed by scripts/install into a prefix of its own.
final class ScratchInstall: Sendable {
    let home: TemporaryHome
    var prefix: String { home.file("prefix") }

    /// Installs, after creating `preexisting` files (relative to the prefix) that the
    /// install must leave alone.
    init(preexisting: [String] = []) throws {
        home = try TemporaryHome()
        for file in preexisting { try home.write("not revq's\n", to: "prefix/" + file) }
        let run = try script("install", ["--prefix", prefix, "--binary", RevqProcess.binary])
        guard run.status == 0 else { throw ScriptFailed(script: "install", message: run.stderr) }
    }

    struct ScriptFailed: Error, CustomStringConvertible {
        let script: String
        let message: String
        var description: String { "scripts/\(script) failed:\n\(message)" }
    }

    func script(_ name: String, _ arguments: [String]) throws -> ExternalCommand.Outcome {
        try ExternalCommand.run(["bash", RepositoryPaths.scripts + "/" + name] + arguments, home: home)
    }

    /// The installed revq, started in a fresh folder, with $XDG_DATA_DIRS empty of reviews
    /// so only the install's own copy can be found.
    func run(_ arguments: [String], home other: TemporaryHome) throws -> ExternalCommand.Outcome {
        try ExternalCommand.run(
            [prefix + "/bin/revq"] + arguments, home: other,
            environment: ["XDG_DATA_DIRS": other.file("no-data")], currentDirectory: other.path)
    }

    func manifestFiles() throws -> [String] {
        let manifest = try String(contentsOfFile: prefix + "/share/revq/installed-files", encoding: .utf8)
        return manifest.split(separator: "\n").compactMap { line in
            let words = line.split(separator: " ")
            return words.first == "file" && words.count == 3 ? String(words[1]) : nil
        }
    }

    func filesUnderPrefix() throws -> [String] {
        let walker = FileManager.default.enumerator(atPath: prefix)
        var files: [String] = []
        while let relative = walker?.nextObject() as? String {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: prefix + "/" + relative, isDirectory: &isFolder),
                !isFolder.boolValue
            {
                files.append(relative)
            }
        }
        return files
    }
}

/// The content hash as revq(1) tells a reader to compute it, without revq.
enum ShellPipeline {
    static func contentHash(of dataset: String, home: TemporaryHome) throws -> String {
        let pipeline =
            "cd \"$1\" && find -L schema data -type f | LC_ALL=C sort | xargs sha256sum | sha256sum | cut -c1-12"
        let run = try ExternalCommand.run(["bash", "-c", pipeline, "bash", dataset], home: home)
        return run.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
