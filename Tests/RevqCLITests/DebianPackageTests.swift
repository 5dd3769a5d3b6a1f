import Foundation
import RevqTestSupport
import Testing

/// scripts/package-deb, and its package unpacked into a scratch root with `dpkg-deb -x`
/// and run there against its own copy of the review.
struct DebianPackageTests {
    /// One package for the suite, built from the binary the other tests run. That binary
    /// links the Swift toolchain's libraries, hence --allow-foreign-libraries; a release
    /// build links them in and needs no such flag.
    static let shared: Result<ScratchPackage, any Error> = {
        let package = Result { try ScratchPackage() }
        atexit {
            if case .success(let package) = DebianPackageTests.shared {
                try? FileManager.default.removeItem(atPath: package.home.path)
            }
        }
        return package
    }()

    @Test func theControlFileNamesThePackageAndItsLibraries() throws {
        let package = try Self.shared.get()
        let version = try RevqProcess.run(["--version"], home: package.home).stdout.split(separator: "\n")[0].split(
            separator: " ")[1]
        let architecture = try ExternalCommand.run(["dpkg", "--print-architecture"], home: package.home).stdout
            .trimmingCharacters(in: .whitespacesAndNewlines)
        #expect((package.path as NSString).lastPathComponent == "revq_\(version)_\(architecture).deb")
        let fields = try ExternalCommand.run(
            ["dpkg-deb", "-f", package.path, "Package", "Version", "Depends", "Maintainer"], home: package.home)
        #expect(fields.status == 0)
        #expect(fields.stdout.contains("Package: revq\n"))
        #expect(fields.stdout.contains("Version: \(version)\n"))
        #expect(fields.stdout.contains("libc6"))
        // libedit and SQLite are linked from their static archives: nothing to install.
        #expect(!fields.stdout.contains("libedit2"))
        #expect(!fields.stdout.contains("libsqlite3-0"))
        #expect(fields.stdout.contains("Maintainer: Test Packager <packager@example.org>"))
    }

    /// Debian's policy (5.6.13): the extended description's lines fit 80 columns; the
    /// copyright file names the code's licence and keeps the review out of it.
    @Test func theDescriptionFitsAndTheCopyrightSaysWhoseTheReviewIs() throws {
        let package = try Self.shared.get()
        let description = try ExternalCommand.run(["dpkg-deb", "-f", package.path, "Description"], home: package.home)
            .stdout
        let lines = description.split(separator: "\n")
        #expect(lines.count > 2)
        #expect(lines.allSatisfy { $0.count < 80 }, "\(lines.filter { $0.count >= 80 })")
        let unpacked = package.home.file("copyright-check")
        #expect(try ExternalCommand.run(["dpkg-deb", "-x", package.path, unpacked], home: package.home).status == 0)
        let copyright = try String(contentsOfFile: unpacked + "/usr/share/doc/revq/copyright", encoding: .utf8)
        #expect(copyright.contains("Apache License, Version 2.0"))
        #expect(copyright.contains("Folkehelseinstituttet's), not under the Apache License"))
    }

    @Test func itInstallsToUsrBinAndUsrShareRevq() throws {
        let package = try Self.shared.get()
        let listing = try ExternalCommand.run(["dpkg-deb", "-c", package.path], home: package.home).stdout
        for path in [
            "./usr/bin/revq", "./usr/share/revq/schema/sources.tsv", "./usr/share/revq/data/findings.tsv",
            "./usr/share/man/man1/revq.1.gz", "./usr/share/bash-completion/completions/revq",
            "./usr/share/doc/revq/copyright", "./usr/share/doc/revq/changelog.gz",
        ] {
            #expect(listing.contains(" \(path)\n"), "the package holds \(path)")
        }
        #expect(!listing.contains("installed-files"), "dpkg keeps the list of files, not a manifest")
        #expect(!listing.contains("./usr/local"))
    }

    /// Unpacked into a scratch root, the binary finds the review at root/usr/share/revq
    /// and answers from an unrelated folder.
    @Test func theUnpackedBinaryRunsAgainstItsUnpackedReview() throws {
        let package = try Self.shared.get()
        let home = try TemporaryHome()
        let root = home.file("root")
        let unpacked = try ExternalCommand.run(["dpkg-deb", "-x", package.path, root], home: home)
        #expect(unpacked.status == 0, "\(unpacked.stderr)")
        let environment = ["XDG_DATA_DIRS": home.file("no-data")]
        let version = try ExternalCommand.run(
            [root + "/usr/bin/revq", "--version"], home: home, environment: environment)
        #expect(version.stdout.contains("dataset: \(root)/usr/share/revq (installed with revq, next to its binary)"))
        let hash = try ShellPipeline.contentHash(of: root + "/usr/share/revq", home: home)
        #expect(version.stdout.contains("content: \(hash) "))
        let run = try ExternalCommand.run(
            [root + "/usr/bin/revq", "--format", "csv", "-c", "count findings by theme"],
            home: home, environment: environment)
        #expect(run.status == 0, "\(run.stderr)")
        InstallTests.expectFindingsPerTheme(csv: run.stdout)
        let man = try ExternalCommand.run(
            ["man", "--warnings", "-E", "UTF-8", "-l", root + "/usr/share/man/man1/revq.1.gz"], home: home)
        #expect(man.status == 0)
        #expect(man.stdout.contains("EXIT STATUS"))
    }

    /// A binary that needs the Swift toolchain's libraries would not run on a workshop
    /// laptop; without the test flag it is refused, naming the libraries.
    @Test func aBinaryNeedingLibrariesFromOutsideDebianIsRefused() throws {
        let home = try TemporaryHome()
        let run = try ExternalCommand.run(
            [
                "bash", RepositoryPaths.scripts + "/package-deb", "--binary", RevqProcess.binary,
                "--out", home.file("out"),
            ], home: home, environment: ScratchPackage.packager)
        if try ExternalCommand.run(["readelf", "-d", RevqProcess.binary], home: home).stdout.contains("libswiftCore.so")
        {
            #expect(run.status == 1)
            #expect(run.stderr.contains("no Debian package provides what revq needs"))
            #expect(run.stderr.contains("libswiftCore.so"))
            #expect(!FileManager.default.fileExists(atPath: home.file("out")))
        } else {
            #expect(run.status == 0, "a binary with the Swift runtime linked in is packaged: \(run.stderr)")
        }
    }
}

/// A .deb made by scripts/package-deb in a folder of its own.
final class ScratchPackage: Sendable {
    static let packager = ["DEBFULLNAME": "Test Packager", "DEBEMAIL": "packager@example.org"]
    /// dpkg-deb's own setting: gzip packs in a quarter of xz's time, which a test needs
    /// more than a small file.
    static let quickCompression = ["DPKG_DEB_COMPRESSOR_TYPE": "gzip"]
    let home: TemporaryHome
    let path: String

    init() throws {
        home = try TemporaryHome()
        let run = try ExternalCommand.run(
            [
                "bash", RepositoryPaths.scripts + "/package-deb", "--binary", RevqProcess.binary,
                "--allow-foreign-libraries", "--out", home.file("out"),
            ],
            home: home, environment: Self.packager.merging(Self.quickCompression) { $1 })
        guard run.status == 0 else { throw ScratchInstall.ScriptFailed(script: "package-deb", message: run.stderr) }
        path = run.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
