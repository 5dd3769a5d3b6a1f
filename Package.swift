// swift-tools-version:6.0
// revq: an interactive query language over one systematic review.
// Dependencies point one way: Core <- Data; Core <- Language <- Engine <- Review; Core <- Render;
// Data, Review and Render <- REPL <- CommandLine <- revq; CommandLine <- Artifacts <- revq-generate.
// Linux only (libedit's Debian package, glibc's sigaction and flock): there is no macOS
// platform line to promise otherwise.
import PackageDescription

let package = Package(
    name: "revq",
    products: [
        .executable(name: "revq", targets: ["revq"])
    ],
    dependencies: [
        // Pinned: QuickArguments is held to this version's parsing, and it is the one on
        // the build machines.
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2")
    ],
    targets: [
        // Debian's libedit (libedit-dev) behind a C shim for its variadic calls, and Debian's
        // SQLite (libsqlite3-dev) for `.export sqlite`. Both are linked from their static
        // archives (see the module maps): loading them and the libraries libedit needs
        // (tinfo, bsd, md) cost every start 1.7M instructions of symbol binding, for code
        // that only an interactive session or an export runs.
        .systemLibrary(name: "CLibEdit", providers: [.apt(["libedit-dev"])]),
        .systemLibrary(name: "CSQLite", providers: [.apt(["libsqlite3-dev"])]),
        // Snowball's Norwegian stemmer (libstemmer-dev), from its static archive: `~` finds
        // a word's inflections (relasjon, relasjonen, relasjoner).
        .systemLibrary(name: "CStemmer", providers: [.apt(["libstemmer-dev"])]),
        // The C library's <link.h>: the running binary's build ID read from memory.
        .systemLibrary(name: "CLoadedObjects"),
        // Values, schema, store, result sets, diagnostics, Norwegian text rules.
        .target(name: "RevqCore", dependencies: ["CStemmer"]),
        // Reading and validating a dataset folder into a Store.
        .target(name: "RevqData", dependencies: ["RevqCore"]),
        // Tokens, lexer, AST and parser of the query language.
        .target(name: "RevqLanguage", dependencies: ["RevqCore"]),
        // Semantic checks, indexes, planning and evaluation of statements.
        .target(name: "RevqEngine", dependencies: ["RevqCore", "RevqLanguage"]),
        // What revq knows of a systematic review, plugged into the engine (`ReviewKnowledge`):
        // the GRADE-CERQual views, the audit of the report's claims, notes on its figures.
        .target(name: "RevqReview", dependencies: ["RevqCore", "RevqLanguage", "RevqEngine"]),
        // Turning result sets into table, card, csv, tsv, json, jsonl and markdown.
        .target(name: "RevqRender", dependencies: ["RevqCore"]),
        // Writing a store as a SQLite database: typed tables, link tables, scales, views.
        .target(name: "RevqExport", dependencies: ["RevqCore", "CSQLite"]),
        // The interactive loop: line editing, meta-commands, completion, sessions.
        .target(
            name: "RevqREPL",
            dependencies: [
                "RevqCore", "RevqData", "RevqEngine", "RevqReview", "RevqRender", "RevqExport", "CLibEdit",
                "CLoadedObjects",
            ]),
        // The command line (swift-argument-parser) and the quick path for common invocations.
        .target(
            name: "RevqCommandLine",
            dependencies: [
                "RevqCore",
                "RevqREPL",
                "RevqRender",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        // The thin command-line entry point.
        .executableTarget(name: "revq", dependencies: ["RevqCommandLine", "RevqREPL"]),
        // The files written from revq's own tables (scripts/generate): the fuzz dictionary's
        // words, revq(1)'s options and dot-commands.
        .target(name: "RevqArtifacts", dependencies: ["RevqCore", "RevqLanguage", "RevqREPL", "RevqCommandLine"]),
        .executableTarget(name: "revq-generate", dependencies: ["RevqArtifacts", "RevqCore", "RevqData"]),
        // The query benchmark (scripts/bench): parse and evaluation times, with and without indexes.
        .executableTarget(
            name: "revq-bench", dependencies: ["RevqCore", "RevqData", "RevqEngine", "RevqReview", "RevqLanguage"]),
        // Shared by the tests: repository paths, the source text by line, running the binary.
        .target(
            name: "RevqTestSupport", dependencies: ["RevqCore", "RevqData", "RevqLanguage"],
            path: "Tests/RevqTestSupport"),

        .testTarget(name: "RevqCoreTests", dependencies: ["RevqCore", "RevqTestSupport"]),
        .testTarget(name: "RevqDataTests", dependencies: ["RevqData", "RevqTestSupport"]),
        .testTarget(name: "StudiesFindingsDataTests", dependencies: ["RevqData", "RevqTestSupport"]),
        .testTarget(name: "AppraisalsOutcomesDataTests", dependencies: ["RevqData", "RevqTestSupport"]),
        .testTarget(name: "ReportDataTests", dependencies: ["RevqData", "RevqTestSupport"]),
        .testTarget(name: "RevqLanguageTests", dependencies: ["RevqLanguage", "RevqTestSupport"]),
        .testTarget(
            name: "RevqEngineTests",
            dependencies: ["RevqEngine", "RevqReview", "RevqData", "RevqRender", "RevqTestSupport"]),
        .testTarget(name: "RevqRenderTests", dependencies: ["RevqRender", "RevqTestSupport"], exclude: ["Golden"]),
        .testTarget(name: "RevqREPLTests", dependencies: ["RevqREPL", "RevqTestSupport"]),
        .testTarget(
            name: "RevqExportTests",
            dependencies: ["RevqExport", "RevqEngine", "RevqReview", "RevqData", "RevqTestSupport"]),
        .testTarget(
            name: "RevqCommandLineTests",
            dependencies: [
                "RevqCommandLine", "RevqREPL", "RevqRender", "RevqTestSupport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        .testTarget(
            name: "RevqArtifactsTests",
            dependencies: [
                "RevqArtifacts", "RevqCommandLine", "RevqLanguage", "RevqREPL", "RevqTestSupport",
            ]),
        .testTarget(name: "RevqCLITests", dependencies: ["RevqTestSupport"], exclude: ["Transcripts"]),
    ]
)
