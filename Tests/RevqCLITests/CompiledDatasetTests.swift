import Foundation
import RevqTestSupport
import Testing

/// The compiled dataset through the binary: answers from the cache are the answers from
/// the TSV files, and no state of the cache folder makes revq fail or answer wrongly.
struct CompiledDatasetTests {
    static let designQuery =
        "findings where confidence >= moderat and theme = kommunikasjon show number, confidence, support"
    static let noCache = ["REVQ_NO_CACHE": "1"]

    /// One statement per source showing every field (`show *`), from the schema's own list.
    static let everySource: String = {
        let sources = TSVSheet.reading(RepositoryPaths.bundledDataset + "/schema/sources.tsv").records.map {
            $0["name"]
        }
        return sources.map { "\($0) show *\n" }.joined()
    }()

    private func cacheFiles(_ home: TemporaryHome) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: home.cacheDirectory)) ?? []).sorted()
    }

    /// The compiled datasets in the cache, without the compiled claims and word indexes kept beside each.
    private func compiledDatasets(_ home: TemporaryHome) -> [String] {
        let files = cacheFiles(home)
        let derived = { (file: String) in [".claims", ".words"].first { file.hasSuffix($0) } }
        let datasets = files.filter { derived($0) == nil }
        #expect(
            files.allSatisfy { file in derived(file).map { datasets.contains(String(file.dropLast($0.count))) } ?? true
            },
            "claims and word indexes only beside their dataset: \(files)")
        return datasets
    }

    /// Every source, every field, in json and tsv: the same bytes with and without cache.
    @Test(arguments: ["json", "tsv"])
    func everySourceReadsTheSameFromTheCache(format: String) throws {
        let home = try TemporaryHome()
        let fromFiles = try RevqProcess.run(
            ["--format", format], stdin: Self.everySource, home: home, extraEnvironment: Self.noCache)
        #expect(fromFiles.status == 0, "\(fromFiles.stderr)")
        #expect(cacheFiles(home).isEmpty, "REVQ_NO_CACHE writes nothing")
        let building = try RevqProcess.run(["--format", format], stdin: Self.everySource, home: home)
        #expect(compiledDatasets(home).count == 1)
        let fromCache = try RevqProcess.run(["--format", format], stdin: Self.everySource, home: home)
        #expect(fromCache.status == 0 && building.status == 0)
        #expect(fromCache.stdout == fromFiles.stdout)
        #expect(building.stdout == fromFiles.stdout)
        #expect(fromCache.stderr == fromFiles.stderr)
        #expect(fromFiles.stdout.count > 400_000, "every source was shown")
    }

    static let sources = TSVSheet.reading(RepositoryPaths.bundledDataset + "/schema/sources.tsv").records.map {
        $0["name"]
    }

    /// Each source asked alone from a warm cache, so it is the first table decoded (with
    /// the sources its relations name after it): the same bytes as from the TSV files.
    @Test(arguments: sources)
    func eachSourceFirstFromTheCache(source: String) throws {
        let home = try TemporaryHome()
        let arguments = ["--format", "json", "-c", "\(source) show *"]
        let fromFiles = try RevqProcess.run(arguments, home: home, extraEnvironment: Self.noCache)
        _ = try RevqProcess.run(["-c", "sources"], home: home)
        #expect(compiledDatasets(home).count == 1)
        let fromCache = try RevqProcess.run(arguments, home: home)
        #expect(fromFiles.status == 0 && fromCache.status == 0, "\(fromCache.stderr)")
        #expect(fromCache.stdout == fromFiles.stdout)
        #expect(fromCache.stderr == fromFiles.stderr)
        #expect(fromFiles.stdout.count > 100)
    }

    /// The claims' checks are compiled by the first count and kept beside the compiled
    /// dataset; the next start reads them and gives the same notes as a start without cache.
    @Test func theCompiledClaimsAreKeptBesideTheDataset() throws {
        let home = try TemporaryHome()
        let count = ["-c", "count findings by theme, confidence"]
        let fromFiles = try RevqProcess.run(count, home: home, extraEnvironment: Self.noCache)
        #expect(fromFiles.stdout.contains("(audit where id"), "the count has a note on a contested claim")
        let first = try RevqProcess.run(count, home: home)
        #expect(cacheFiles(home).filter { $0.hasSuffix(".store.claims") }.count == 1, "\(cacheFiles(home))")
        let second = try RevqProcess.run(count, home: home)
        #expect(first.stdout == fromFiles.stdout && second.stdout == fromFiles.stdout)
        #expect(first.status == 0 && second.status == 0)
    }

    /// The start that compiles the dataset checks the claims about every source with it, so
    /// the stored claims name every source, those without claims too (`sections`); a later
    /// first count, of any source, adds nothing to them and gives the notes a start without
    /// cache gives.
    @Test func theClaimsAreCompiledWithTheDataset() throws {
        let home = try TemporaryHome()
        _ = try RevqProcess.run(["-c", ".help"], home: home)
        let claims = try #require(cacheFiles(home).first { $0.hasSuffix(".store.claims") }, "\(cacheFiles(home))")
        let path = home.cacheDirectory + "/" + claims
        let stored = try Data(contentsOf: URL(fileURLWithPath: path))
        // The payload's head, up to the first record (0x1D): the format, then each source held.
        let payload = try #require(stored.range(of: Data("compiled claims".utf8)))
        let head = String(decoding: stored[payload.lowerBound...].prefix { $0 != 0x1D }, as: UTF8.self)
            .split(separator: "\u{1F}")
        for source in Self.sources + ["findings", "studies", "sections"] {
            #expect(head.contains(Substring(source)), "\(source) named in \(head)")
        }
        for statement in ["count findings by theme, confidence", "count studies by kind", "count sections"] {
            let fromFiles = try RevqProcess.run(["-c", statement], home: home, extraEnvironment: Self.noCache)
            let fromCache = try RevqProcess.run(["-c", statement], home: home)
            #expect(fromCache.status == 0 && fromCache.stdout == fromFiles.stdout, "\(statement)")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == stored, "no claim added later")
    }

    /// A cache damaged in the middle is not used: the answer stays right, nothing is said.
    @Test func aDamagedCacheGivesTheRightAnswer() throws {
        let home = try TemporaryHome()
        let expected = try RevqProcess.run(["-c", Self.designQuery], home: home, extraEnvironment: Self.noCache)
        _ = try RevqProcess.run(["-c", "sources"], home: home)
        let file = home.cacheDirectory + "/" + (try #require(cacheFiles(home).first))
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: file)))
        bytes[bytes.count / 2] ^= 0x04
        try Data(bytes).write(to: URL(fileURLWithPath: file))
        let run = try RevqProcess.run(["-c", Self.designQuery], home: home)
        #expect(run.status == 0 && run.stderr.isEmpty)
        #expect(run.stdout == expected.stdout)
        #expect(run.stdout.contains("(8 rows)"))
    }

    /// Several revqs building the cache at once all answer, and leave one whole file and
    /// no temporary file.
    @Test func concurrentBuildersLeaveAWholeFile() throws {
        let home = try TemporaryHome()
        let expected = try RevqProcess.run(["-c", Self.designQuery], home: home, extraEnvironment: Self.noCache)
        let processes = (0..<4).map { _ in
            let process = Process()
            process.executableURL = URL(fileURLWithPath: RevqProcess.binary)
            process.arguments = ["-c", Self.designQuery]
            process.environment = home.environment
            process.currentDirectoryURL = URL(fileURLWithPath: home.path)
            process.standardOutput = Pipe()
            process.standardError = FileHandle.nullDevice
            return process
        }
        for process in processes { try process.run() }
        for process in processes {
            let output = (process.standardOutput as! Pipe).fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            #expect(process.terminationStatus == 0)
            #expect(String(decoding: output, as: UTF8.self) == expected.stdout)
        }
        #expect(compiledDatasets(home).count == 1, "\(cacheFiles(home))")
        #expect(!cacheFiles(home).contains { $0.hasSuffix(".tmp") })
        let file = home.cacheDirectory + "/" + (try #require(compiledDatasets(home).first))
        let size = try #require(try FileManager.default.attributesOfItem(atPath: file)[.size] as? Int)
        #expect(size > 100_000)
        // Whole and current: the next run uses it and leaves it as it was.
        let before = try Data(contentsOf: URL(fileURLWithPath: file))
        let after = try RevqProcess.run(["-c", Self.designQuery], home: home)
        #expect(after.stdout == expected.stdout)
        #expect(try Data(contentsOf: URL(fileURLWithPath: file)) == before)
    }

    /// A cache folder that cannot be made or written costs time, never the answer or the
    /// exit status, and revq says nothing about it.
    @Test(arguments: ["file in the way", "/proc", "no home"])
    func anUnwritableCacheFolderStillRuns(_ place: String) throws {
        let home = try TemporaryHome()
        let expected = try RevqProcess.run(["-c", Self.designQuery], home: home, extraEnvironment: Self.noCache)
        var environment: [String: String] = [:]
        switch place {
        case "file in the way":
            try home.write("not a folder\n", to: "cache")
        case "/proc":
            environment["XDG_CACHE_HOME"] = "/proc/self/fdinfo"
        default:
            environment["XDG_CACHE_HOME"] = ""
            environment["HOME"] = "/proc/self/fdinfo"
        }
        for _ in 0..<2 {
            let run = try RevqProcess.run(["-c", Self.designQuery], home: home, extraEnvironment: environment)
            #expect(run.status == 0)
            #expect(run.stderr.isEmpty)
            #expect(run.stdout == expected.stdout)
        }
        if place == "file in the way" { #expect(home.read("cache") == "not a folder\n") }
    }

    /// `--dataset DIR` is cached the same, and a changed file there changes the answer.
    @Test func aChangedDatasetIsReadAgain() throws {
        let home = try TemporaryHome()
        let dataset = home.file("review")
        try FileManager.default.createDirectory(atPath: dataset, withIntermediateDirectories: true)
        for folder in ["schema", "data"] {
            try FileManager.default.copyItem(
                atPath: RepositoryPaths.bundledDataset + "/" + folder, toPath: dataset + "/" + folder)
        }
        let query = ["--dataset", dataset, "--format", "tsv", "-c", "findings where number = 16 show number, theme"]
        #expect(try RevqProcess.run(query, home: home).stdout.contains("Kommunikasjon"))
        #expect(compiledDatasets(home).count == 1)
        #expect(try RevqProcess.run(query, home: home).stdout.contains("Kommunikasjon"))
        // Same size, one letter: only the content hash can tell.
        let findings = dataset + "/data/findings.tsv"
        let text = try String(contentsOfFile: findings, encoding: .utf8)
        let themes = dataset + "/schema/vocabularies/theme.tsv"
        let vocabulary = try String(contentsOfFile: themes, encoding: .utf8)
        try text.replacingOccurrences(of: "Kommunikasjon", with: "Kommunikasjun").write(
            toFile: findings, atomically: false, encoding: .utf8)
        try vocabulary.replacingOccurrences(of: "Kommunikasjon", with: "Kommunikasjun").write(
            toFile: themes, atomically: false, encoding: .utf8)
        let changed = try RevqProcess.run(query, home: home)
        #expect(changed.status == 0, "\(changed.stderr)")
        #expect(changed.stdout.contains("Kommunikasjun") && !changed.stdout.contains("Kommunikasjon"))
        #expect(compiledDatasets(home).count == 1)
        #expect(
            cacheFiles(home).count <= 3,
            "a changed dataset's claims and word indexes replace the old ones: \(cacheFiles(home))")
    }
}
