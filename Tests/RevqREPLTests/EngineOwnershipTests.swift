import Foundation
import RevqCore
import RevqTestSupport
import Testing

@testable import RevqREPL

/// The shell keeps no store of its own: it reads the interpreter's, so what a statement
/// builds there (`audit`) is what the meta-commands, the record and `.export` see.
@Suite struct ShellReadsTheInterpretersStoreTests {
    /// A shell over the bundled review whose stdout goes to a file, read back after `script`.
    private func run(_ script: String) throws -> (stdout: String, failures: Int, shell: Shell) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("revq-owner-\(UUID().uuidString)")
            .path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let paths = RevqPaths(environment: [
            "HOME": folder, "XDG_STATE_HOME": folder + "/state", "XDG_DATA_HOME": folder + "/data",
        ])
        let configuration = Shell.Configuration(
            paths: paths, facts: TerminalFacts(environment: [:]), datasetName: "review",
            keepsHistoryFile: false)
        let stdout = try OutputSink.file(folder + "/stdout")
        let shell = Shell(
            store: BundledStore.shared, configuration: configuration, stdout: stdout, stderr: .discarding())
        let outcome = shell.runScript(script, policy: InputPolicy(name: "<test>"))
        stdout.close()
        return (try String(contentsOfFile: folder + "/stdout", encoding: .utf8), outcome.failures, shell)
    }

    /// issue 23: after `count audit by verdict`, `.help fields audit` said "no source 'audit'".
    /// The fields are those the README shows `audit` with (README.md, lines 310-318: id,
    /// verdict, states, gives).
    @Test func helpFieldsSeesTheAuditOnceAStatementBuiltIt() throws {
        let (stdout, failures, shell) = try run("count audit by verdict\n.help fields audit")
        #expect(failures == 0)
        let help = try #require(stdout.range(of: "\naudit: ").map { String(stdout[$0.upperBound...]) })
        for field in ["id", "verdict", "states", "gives"] {
            #expect(help.contains("\n  \(field) "), "field \(field) listed")
        }
        #expect(shell.store === shell.interpreter.store)
        #expect(shell.store.table(named: "audit") != nil)
    }

    /// `sources` lists `audit` before any statement built it, so `.help fields audit` as the
    /// first command must describe it too (it said "no source 'audit'"), from its declared
    /// schema: nothing is built for it.
    @Test func helpFieldsDescribesTheAuditBeforeItIsBuilt() throws {
        let (stdout, failures, shell) = try run(".help fields audit")
        #expect(failures == 0)
        let help = try #require(stdout.range(of: "audit: ").map { String(stdout[$0.upperBound...]) })
        for field in ["id", "verdict", "states", "gives"] {
            #expect(help.contains("\n  \(field) "), "field \(field) listed")
        }
        #expect(!shell.store.tableNames.contains("audit"), "described without building it")
    }

    /// What a result without a `source` column is recorded as coming from: the audit,
    /// read from the store that holds it.
    @Test func theRecordNamesTheAuditAsASource() throws {
        let (_, failures, shell) = try run("count audit by verdict")
        #expect(failures == 0)
        let counted = ResultSet(columns: [.init(name: "count")], rows: [[.integer(1)]])
        let named = PanelRecord.sources(of: counted, sourceName: "audit", store: shell.store)
        #expect(named.count == 1 && named[0].hasPrefix("audit: "))
    }
}

/// The engine owns the statement (issue 23): the shell prepares each statement through
/// the interpreter once and never reads the language's syntax itself.
@Suite struct REPLDoesNotParseTests {
    /// Every Swift file of Sources/RevqREPL with its text.
    private static func replSources() throws -> [(path: String, text: String)] {
        let folder = RepositoryPaths.root + "/Sources/RevqREPL"
        let files = try #require(FileManager.default.enumerator(atPath: folder)).compactMap { $0 as? String }.filter {
            $0.hasSuffix(".swift")
        }
        return try files.sorted().map { ($0, try String(contentsOfFile: folder + "/" + $0, encoding: .utf8)) }
    }

    @Test func noFileImportsTheLanguageOrCallsItsParserOrLexer() throws {
        let sources = try Self.replSources()
        #expect(sources.count > 20)
        for (path, text) in sources {
            #expect(!text.contains("import RevqLanguage"), "\(path) imports RevqLanguage")
            for call in ["Parser.", "Lexer.", "LanguageHelp."] {
                #expect(!text.contains(call), "\(path) calls \(call)")
            }
        }
    }

    /// Package.swift says the same: the REPL depends on the engine, not on the language.
    @Test func theREPLTargetDoesNotDependOnTheLanguage() throws {
        let manifest = try String(contentsOfFile: RepositoryPaths.root + "/Package.swift", encoding: .utf8)
        // The target's declaration, from its name to the next target's (however it is wrapped).
        let start = try #require(manifest.range(of: "name: \"RevqREPL\","))
        let rest = manifest[start.upperBound...]
        let next = [".target(", "Target("].compactMap { rest.range(of: $0)?.lowerBound }.min()
        let declaration = next.map { rest[..<$0] } ?? rest
        #expect(declaration.contains("\"RevqEngine\""))
        #expect(!declaration.contains("\"RevqLanguage\""))
    }
}
