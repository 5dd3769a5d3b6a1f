import Foundation
import RevqTestSupport
import Testing

/// The review lives in its own module (issue 23, item 4): the generic engine reaches it only
/// through `ReviewKnowledge`, and the language names no source of any dataset.
@Suite struct ReviewBoundaryTests {
    /// Every Swift file of `Sources/<module>` with its text.
    static func sources(of module: String) throws -> [(path: String, text: String)] {
        let folder = RepositoryPaths.root + "/Sources/" + module
        let files = try #require(FileManager.default.enumerator(atPath: folder)).compactMap { $0 as? String }.filter {
            $0.hasSuffix(".swift")
        }
        return try files.sorted().map { ($0, try String(contentsOfFile: folder + "/" + $0, encoding: .utf8)) }
    }

    @Test func theEngineDoesNotImportTheReview() throws {
        let sources = try Self.sources(of: "RevqEngine")
        #expect(sources.count > 40)
        for (path, text) in sources {
            #expect(
                !text.split(separator: "\n").contains {
                    $0.hasPrefix("import RevqReview") || $0.hasPrefix("@testable import RevqReview")
                },
                "RevqEngine/\(path) imports RevqReview")
        }
    }

    /// The views and the audit moved: no file of the engine is named after them any more.
    @Test func theViewsAndTheAuditLiveInTheReview() throws {
        let engine = try Self.sources(of: "RevqEngine").map(\.path)
        let review = try Self.sources(of: "RevqReview").map(\.path)
        for file in [
            "Auditor.swift", "ClaimChecker.swift", "ContradictionNotes.swift", "FindingViews.swift",
            "CERQualCheck.swift", "WhyView.swift",
        ] {
            #expect(!engine.contains { $0.hasSuffix("/" + file) }, "\(file) is in the engine")
            #expect(review.contains { $0.hasSuffix("/" + file) }, "\(file) is not in the review")
        }
    }

    /// Package.swift says the same: the engine's target does not depend on the review.
    @Test func theEngineTargetDoesNotDependOnTheReview() throws {
        let manifest = try String(contentsOfFile: RepositoryPaths.root + "/Package.swift", encoding: .utf8)
        let engine = try #require(manifest.split(separator: "\n").first { $0.contains(".target(name: \"RevqEngine\"") })
        #expect(!engine.contains("\"RevqReview\""))
        let review = try #require(manifest.split(separator: "\n").first { $0.contains(".target(name: \"RevqReview\"") })
        #expect(review.contains("\"RevqEngine\""))
    }

    /// No code of the language names the findings: outside comments the word is only in
    /// help and hint sentences (examples over the bundled review), never a name on its own.
    @Test func theLanguageNamesNoSource() throws {
        let sources = try Self.sources(of: "RevqLanguage")
        #expect(sources.count > 5)
        for (path, text) in sources {
            let code = Self.code(text)
            #expect(!code.bare.lowercased().contains("findings"), "RevqLanguage/\(path) names findings in code")
            #expect(
                !code.literals.contains { $0.lowercased() == "findings" },
                "RevqLanguage/\(path) has the literal \"findings\"")
        }
    }

    /// Nor does the engine's or the core's code: the review names the source its views read
    /// (`Reviewer.viewSource`) and passes it as data (`Problem.viewNeedsFindings`). Outside
    /// comments the word may only be a word of an example sentence (a hint's statement), never
    /// a name: not an identifier, not a literal of its own, not quoted as a source.
    @Test(arguments: ["RevqEngine", "RevqCore", "RevqLanguage"])
    func noModuleBelowTheReviewNamesTheFindings(module: String) throws {
        let sources = try Self.sources(of: module)
        #expect(sources.count > 5)
        for (path, text) in sources {
            let code = Self.code(text)
            #expect(!Self.words(of: code.bare).contains("findings"), "\(module)/\(path) names findings in code")
            for literal in code.literals {
                let named =
                    literal == "findings" || literal.contains("'findings'") || literal.contains("\\\"findings\\\"")
                #expect(!named, "\(module)/\(path) names the source in \"\(literal)\"")
            }
        }
    }

    /// The words of code, lowercased: `viewNeedsFindings` is one word, not `findings`.
    static func words(of code: String) -> Set<String> {
        Set(code.split { !($0.isLetter || $0.isNumber || $0 == "_") }.map { $0.lowercased() })
    }

    /// The scanner reads what the test means by code, literals and comments.
    @Test(
        arguments: [
            ("let a = \"findings\" // findings", "let a = \"\" ", ["findings"]),
            ("/// findings\nlet b = source", "\nlet b = source", []),
            ("let h = \"\"\"\n  findings where x\n  \"\"\"", "let h = \"\"", ["\n  findings where x\n  "]),
            ("let e = \"a \\\"findings\\\" b\"", "let e = \"\"", ["a \\\"findings\\\" b"]),
        ] as [(String, String, [String])])
    func theScannerSplitsCodeFromLiteralsAndComments(text: String, bare: String, literals: [String]) {
        let code = Self.code(text)
        #expect(code.bare == bare)
        #expect(code.literals == literals)
    }

    /// `text` without comments and with each string literal emptied (`bare`), and the literals.
    static func code(_ text: String) -> (bare: String, literals: [String]) {
        var bare = ""
        var literals: [String] = []
        var rest = Substring(text)
        while let first = rest.first {
            if rest.hasPrefix("//") {
                rest = rest.drop { $0 != "\n" }
            } else if rest.hasPrefix("\"\"\"") {
                let body = rest.dropFirst(3)
                let end = body.range(of: "\"\"\"")?.lowerBound ?? body.endIndex
                literals.append(String(body[..<end]))
                bare += "\"\""
                rest = body[end...].dropFirst(3)
            } else if first == "\"" {
                var index = rest.index(after: rest.startIndex)
                while index < rest.endIndex, rest[index] != "\"", rest[index] != "\n" {
                    index = rest.index(
                        after: rest[index] == "\\" && rest.index(after: index) < rest.endIndex
                            ? rest.index(after: index) : index)
                }
                literals.append(String(rest[rest.index(after: rest.startIndex)..<index]))
                bare += "\"\""
                rest = index < rest.endIndex ? rest[rest.index(after: index)...] : rest[index...]
            } else {
                bare.append(first)
                rest = rest.dropFirst()
            }
        }
        return (bare, literals)
    }
}
