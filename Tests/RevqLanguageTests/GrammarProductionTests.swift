import Foundation
import RevqTestSupport
import Testing

/// Grammar/revq.ebnf and the code that reads the language are the same grammar: every
/// rule of the EBNF is quoted, word for word, in a doc comment in Sources/RevqLanguage
/// beside the code that reads it, and every production quoted there is a rule of the EBNF.
@Suite("The grammar's rules are the ones the code quotes")
struct GrammarProductionTests {
    /// Rule name -> its right-hand side as tokens, so spacing and line breaks do not count.
    typealias Rules = [String: [String]]

    static let grammarRules: Rules = {
        let text = (try? String(contentsOfFile: RepositoryPaths.grammar + "/revq.ebnf", encoding: .utf8)) ?? ""
        var rules: Rules = [:]
        var tokens = EBNFTokens(text)
        while let name = tokens.next() {
            guard tokens.next() == "=" else {
                Issue.record("revq.ebnf: no '=' after \(name)")
                break
            }
            let body = tokens.until(";")
            if rules[name] != nil { Issue.record("revq.ebnf defines \(name) twice") }
            rules[name] = body
        }
        return rules
    }()

    /// The productions quoted in doc comments (`/// name = ... ;`, perhaps over several
    /// lines), with the file that quotes each; a rule quoted twice is reported.
    static let quotedRules: [(name: String, body: [String], file: String)] = {
        let folder = RepositoryPaths.root + "/Sources/RevqLanguage"
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter {
            $0.hasSuffix(".swift")
        }.sorted()
        var quotes: [(String, [String], String)] = []
        for file in files {
            let text = (try? String(contentsOfFile: folder + "/" + file, encoding: .utf8)) ?? ""
            let docLines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String? in
                let trimmed = line.drop { $0 == " " }
                return trimmed.hasPrefix("///") ? String(trimmed.dropFirst(3)) : nil
            }
            for (index, line) in docLines.enumerated() {
                guard let line, line.wholeMatch(of: /\s*[a-z_]+\s+=\s.*/) != nil else { continue }
                // The production may go on over the following doc-comment lines.
                var following = [line]
                var next = index + 1
                while next < docLines.count, let more = docLines[next] {
                    following.append(more)
                    next += 1
                }
                var tokens = EBNFTokens(following.joined(separator: "\n"))
                guard let name = tokens.next(), tokens.next() == "=" else { continue }
                quotes.append((name, tokens.until(";"), file))
            }
        }
        return quotes
    }()

    @Test func theGrammarHasItsRules() {
        #expect(Self.grammarRules.count >= 40)
        #expect(Self.grammarRules["condition"] == ["conjunction", ",", "{", "\"or\"", ",", "conjunction", "}"])
    }

    @Test func everyRuleOfTheGrammarIsQuotedInTheCode() {
        let quoted = Set(Self.quotedRules.map(\.name))
        let missing = Self.grammarRules.keys.filter { !quoted.contains($0) }.sorted()
        #expect(missing.isEmpty, "rules of revq.ebnf that no code quotes: \(missing)")
    }

    @Test func everyQuotedProductionIsARuleOfTheGrammarWordForWord() {
        #expect(Self.quotedRules.count >= 40)
        for quote in Self.quotedRules {
            guard let rule = Self.grammarRules[quote.name] else {
                Issue.record("\(quote.file) quotes \(quote.name), which revq.ebnf does not define")
                continue
            }
            #expect(
                quote.body == rule,
                "\(quote.file) quotes \(quote.name) = \(quote.body.joined(separator: " ")); revq.ebnf says \(rule.joined(separator: " "))"
            )
        }
    }

    @Test func eachRuleIsQuotedOnce() {
        let names = Self.quotedRules.map(\.name)
        let twice = Set(names.filter { name in names.filter { $0 == name }.count > 1 })
        #expect(twice.isEmpty, "quoted more than once: \(twice.sorted())")
    }

    /// The test's own reading of EBNF: a changed rule is a difference it must see.
    @Test func theComparisonSeesAChangedRule() {
        var tokens = EBNFTokens(#"condition = conjunction , { "and" , conjunction } ; (* a *)"#)
        #expect(tokens.next() == "condition")
        #expect(tokens.next() == "=")
        #expect(tokens.until(";") != Self.grammarRules["condition"])
    }
}

/// ISO 14977 EBNF's tokens, enough to compare rules: names, quoted terminals, special
/// sequences (`? ... ?`) and symbols; comments `(* ... *)` are skipped.
struct EBNFTokens {
    private var characters: [Character]
    private var position = 0

    init(_ text: String) { characters = Array(text) }

    mutating func next() -> String? {
        while position < characters.count {
            let character = characters[position]
            if character.isWhitespace {
                position += 1
                continue
            }
            if character == "(", position + 1 < characters.count, characters[position + 1] == "*" {
                position += 2
                while position + 1 < characters.count, !(characters[position] == "*" && characters[position + 1] == ")")
                { position += 1 }
                position += 2
                continue
            }
            if character == "\"" || character == "'" || character == "?" {
                let start = position
                position += 1
                while position < characters.count, characters[position] != character { position += 1 }
                position += 1
                return String(characters[start..<min(position, characters.count)])
            }
            if character.isLetter || character == "_" {
                let start = position
                while position < characters.count, characters[position].isLetter || characters[position] == "_" {
                    position += 1
                }
                return String(characters[start..<position])
            }
            position += 1
            return String(character)
        }
        return nil
    }

    /// The tokens up to (not including) `end`.
    mutating func until(_ end: String) -> [String] {
        var body: [String] = []
        while let token = next(), token != end { body.append(token) }
        return body
    }
}
