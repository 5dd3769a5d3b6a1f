import Foundation
import RevqCore
import RevqEngine
import RevqReview
import RevqTestSupport
import Testing

/// The language's and the engine's errors are worded in one place, the `Problem`
/// catalogue: no code there writes a message of its own, and what the user sees is the
/// catalogue's wording with the statement's names in it.
@Suite("One catalogue of diagnostics")
struct DiagnosticCatalogueTests {
    /// A diagnostic built from free text in RevqLanguage, RevqEngine or RevqReview bypasses the catalogue.
    @Test func noMessageIsWrittenOutsideTheCatalogue() throws {
        var bypasses: [String] = []
        for module in ["RevqLanguage", "RevqEngine", "RevqReview"] {
            let folder = RepositoryPaths.root + "/Sources/" + module
            let files =
                FileManager.default.enumerator(atPath: folder)?.compactMap { $0 as? String }.filter {
                    $0.hasSuffix(".swift")
                } ?? []
            #expect(!files.isEmpty)
            for file in files {
                let text = try String(contentsOfFile: folder + "/" + file, encoding: .utf8)
                for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
                where line.contains("Diagnostic(.error,") || line.contains("Diagnostic(.warning,")
                    || line.contains("Diagnostic(.note,")
                {
                    bypasses.append("\(module)/\(file):\(number + 1)")
                }
            }
        }
        #expect(bypasses.isEmpty, "diagnostics worded outside Sources/RevqCore/Diagnostics/Problem.swift: \(bypasses)")
    }

    /// A hint is named, not worded, outside the catalogue: no `hint: "..."` nor a hint
    /// sentence returned as text in the modules that find problems, nor in the shell's.
    @Test func noHintIsWordedOutsideTheCatalogue() throws {
        var worded: [String] = []
        for module in ["RevqLanguage", "RevqEngine", "RevqReview", "RevqREPL", "RevqCommandLine"] {
            let folder = RepositoryPaths.root + "/Sources/" + module
            let files =
                FileManager.default.enumerator(atPath: folder)?.compactMap { $0 as? String }.filter {
                    $0.hasSuffix(".swift")
                } ?? []
            for file in files {
                let text = try String(contentsOfFile: folder + "/" + file, encoding: .utf8)
                let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
                // `hint:` and its sentence may stand on two lines once a formatter wraps the call.
                for match in text.matches(of: /hint:\s*"|"did you mean/) {
                    let number = text[..<match.range.lowerBound].count { $0 == "\n" }
                    guard !lines[number].trimmingCharacters(in: .whitespaces).hasPrefix("//") else { continue }
                    worded.append("\(module)/\(file):\(number + 1)")
                }
            }
        }
        #expect(worded.isEmpty, "hints worded outside Sources/RevqCore/Diagnostics/: \(worded)")
    }

    /// What a user sees is the catalogue's message and hint, with the statement's own names.
    @Test(arguments: [
        ("findings where confidenc >= moderat", Problem.unknownField("confidenc", source: "findings")),
        ("findngs", Problem.unknownSource("findngs")),
        ("findings where theme != \"\"", Problem.emptyValue("", path: "theme", operator: "!=")),
        (
            "findings where theme > kommunikasjon",
            Problem.needsOrder(operator: ">", path: "theme", type: "category:theme", multiValued: false)
        ),
        ("why 99", Problem.noSuchFinding("99", count: 6)),
        ("findings limit 1000000000", Problem.limitTooLarge("1000000000")),
    ])
    func theUserSeesTheCataloguesWording(statement: String, problem: Problem) throws {
        let interpreter = Interpreter(store: MiniReview.store)
        guard case .failure(let diagnostics) = interpreter.run(statement), let diagnostic = diagnostics.first else {
            Issue.record("no error for \(statement)")
            return
        }
        #expect(diagnostic.message == problem.message)
        if let hint = problem.hint { #expect(diagnostic.hint == hint) }
    }
}
