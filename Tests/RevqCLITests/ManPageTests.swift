import Foundation
import RevqTestSupport
import Testing

/// scripts/man/revq.1 kept in step with the program: every option of --help, every
/// dot-command and help topic of .help, the exit statuses --help names, the version; and
/// every example of its language section runs on the review.
struct ManPageTests {
    static let pagePath = RepositoryPaths.scripts + "/man/revq.1"

    /// The page as `man` renders it, one line per paragraph line (wide enough that no line
    /// wraps inside an option).
    private func rendered(home: TemporaryHome) throws -> String {
        let man = try ExternalCommand.run(
            ["man", "--warnings", "-E", "UTF-8", "-l", Self.pagePath], home: home,
            environment: ["MANWIDTH": "400"])
        #expect(man.status == 0, "man -l fails: \(man.stderr)")
        #expect(man.stderr.isEmpty, "man warns: \(man.stderr)")
        return man.stdout
    }

    /// The lines of section `name` (a heading at the left margin) up to the next one.
    private func section(_ name: String, of page: String) -> String {
        var lines: [Substring] = []
        var inside = false
        for line in page.split(separator: "\n", omittingEmptySubsequences: false) {
            if let first = line.first, first != " " {
                inside = line == name
                continue
            }
            if inside { lines.append(line) }
        }
        return lines.joined(separator: "\n")
    }

    @Test func thePageHasTheSectionsPeopleLookFor() throws {
        let page = try rendered(home: TemporaryHome())
        for heading in [
            "NAME", "SYNOPSIS", "DESCRIPTION", "OPTIONS", "THE LANGUAGE", "DOT-COMMANDS", "FILES",
            "ENVIRONMENT", "EXIT STATUS", "EXAMPLES",
        ] {
            #expect(!section(heading, of: page).isEmpty, "the page has \(heading)")
        }
    }

    @Test func everyOptionOfHelpIsInThePage() throws {
        let home = try TemporaryHome()
        let help = try RevqProcess.run(["--help"], home: home).stdout
        // An option starts a word: after a space, a bracket or a comma, never inside "school-home".
        let options = Set(help.matches(of: /(?:^|[\s\[(,])(--?[a-z][a-z-]*)/).map { String($0.output.1) })
        #expect(options.isSuperset(of: ["-c", "--command", "--format", "--dataset", "--version", "--help"]))
        let page = section("OPTIONS", of: try rendered(home: home))
        for option in options {
            #expect(page.contains(option), "revq(1) OPTIONS has \(option)")
        }
    }

    /// The dot-commands of `.help` and of the page's DOT-COMMANDS are the same set, and
    /// every help topic is named there.
    @Test func theDotCommandsAreThoseOfHelp() throws {
        let home = try TemporaryHome()
        let help = try RevqProcess.run(["-c", ".help"], home: home).stdout
        let commands = Set(help.matches(of: /(?m)^  (\.[a-z]+)/).map { String($0.output.1) })
        #expect(commands.contains(".help") && commands.contains(".quit"))
        let page = section("DOT-COMMANDS", of: try rendered(home: home))
        let documented = Set(page.matches(of: /(?m)^ {7}(\.[a-z]+)/).map { String($0.output.1) })
        #expect(documented == commands)
        let topicsLine = try #require(
            help.split(separator: "\n").drop { !$0.hasPrefix("Topics of the language") }.dropFirst().first)
        for topic in topicsLine.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) {
            #expect(page.contains(topic), "the page names the help topic '\(topic)'")
        }
    }

    @Test func theExitStatusesAreThoseOfHelp() throws {
        let home = try TemporaryHome()
        let help = try RevqProcess.run(["--help"], home: home).stdout.replacingOccurrences(of: "\n", with: " ")
        let sentence = try #require(help.firstMatch(of: /Exit status:[^.]*\./)).output
        let statuses = Set(sentence.matches(of: /\d+/).map { String($0.output) })
        #expect(!statuses.isEmpty)
        let page = section("EXIT STATUS", of: try rendered(home: home))
        let documented = Set(page.matches(of: /(?m)^ {7}(\d+)\s/).map { String($0.output.1) })
        #expect(documented == statuses)
    }

    @Test func theVersionIsTheBinarys() throws {
        let version = try RevqProcess.run(["--version"], home: TemporaryHome()).stdout.split(separator: "\n")[0]
        let source = try String(contentsOfFile: Self.pagePath, encoding: .utf8)
        let heading = try #require(source.split(separator: "\n").first { $0.hasPrefix(".TH ") })
        #expect(heading.contains("\"\(version)\""), "\(heading) names \(version)")
    }

    /// Every statement in an example block (.EX ... .EE) of THE LANGUAGE runs, in order,
    /// in one session, without an error.
    @Test func theLanguageExamplesRunOnTheReview() throws {
        let source = try String(contentsOfFile: Self.pagePath, encoding: .utf8)
        var statements: [String] = []
        var inLanguage = false
        var inExample = false
        for line in source.split(separator: "\n") {
            if line.hasPrefix(".SH ") { inLanguage = line == ".SH THE LANGUAGE" }
            if line == ".EX" {
                inExample = true
                continue
            }
            if line == ".EE" {
                inExample = false
                continue
            }
            if inLanguage && inExample { statements.append(line.replacingOccurrences(of: "\\-", with: "-")) }
        }
        #expect(statements.count >= 12)
        let run = try RevqProcess.run(
            ["--bail"], stdin: statements.joined(separator: "\n") + "\n", home: TemporaryHome())
        #expect(run.status == 0)
        #expect(run.stderr.isEmpty, "\(run.stderr)")
    }

    /// How many unsaved journals are kept: `.help sessions` and FILES give the same
    /// number (JournalTests checks that revq keeps that many).
    @Test func theSessionsHelpAndThePageKeepTheSameNumberOfJournals() throws {
        let home = try TemporaryHome()
        let help = try RevqProcess.run(["-c", ".help sessions"], home: home).stdout
        let number = try #require(
            help.firstMatch(of: /At most (\d+) journals of sessions left unsaved are kept/)?.output.1)
        #expect(number == "5")
        let files = section("FILES", of: try rendered(home: home))
        // man justifies the line: spaces between words may be doubled.
        let stated = files.firstMatch(of: /at most the (\d+) newest\s+are\s+kept/)?.output.1
        #expect(stated.map(String.init) == String(number), "\(files)")
    }
}
