import ArgumentParser
import Foundation
import RevqCommandLine
import RevqREPL
import Testing

/// One table of options (`CommandLineOption`) for both parsers: swift-argument-parser
/// declares exactly its names, and the quick path takes every option that launches revq
/// and leaves the rest (help, version, completion scripts) to the parser.
@Suite("option table")
struct OptionTableTests {
    /// A value each option takes, and whether the quick path reads it. The switch has no
    /// default: a new option of the table needs a line here.
    static func example(_ option: CommandLineOption) -> (value: String?, quick: Bool) {
        switch option {
        case .command: return ("sources", true)
        case .file: return ("script.revq", true)
        case .format: return ("csv", true)
        case .output: return ("out.csv", true)
        case .color: return ("never", true)
        case .dataset: return ("/tmp/dataset", true)
        case .formatShorthand, .noHeader, .echo, .rc, .bail, .noHistory, .noJournal, .resume, .allowWrites:
            return (nil, true)
        case .version, .help: return (nil, false)
        case .generateCompletionScript: return ("bash", false)
        }
    }

    /// Every spelling of every option, with its example value.
    static let vectors: [(CommandLineOption, [String])] = CommandLineOption.allCases.flatMap { option in
        option.spec.names.map { (option, [$0] + (example(option).value.map { [$0] } ?? [])) }
    }

    @Test(arguments: vectors)
    func theParserAcceptsEveryName(option: CommandLineOption, arguments: [String]) {
        #expect(option.spec.valueName == nil ? arguments.count == 1 : arguments.count == 2)
        do {
            _ = try Revq.parse(arguments)
        } catch {
            // Help and a completion script are the parser's clean exits, not refusals.
            #expect(Revq.exitCode(for: error) == .success, "\(arguments): \(Revq.message(for: error))")
        }
    }

    @Test(arguments: vectors)
    func theQuickPathTakesWhatLaunchesAndGivesWhatTheParserGives(option: CommandLineOption, arguments: [String]) {
        let quick = QuickArguments.parse(arguments)
        if Self.example(option).quick {
            #expect(quick != nil, "\(arguments)")
            #expect(quick == QuickArgumentsTests.parsed(arguments), "\(arguments)")
        } else {
            #expect(quick == nil, "\(arguments)")
        }
    }

    @Test(arguments: ["--bogus", "-x", "--no-bail", "--commands", "-C"])
    func bothRefuseAnUnknownOption(name: String) {
        #expect(CommandLineOption.named(name) == nil)
        #expect(QuickArguments.parse([name]) == nil)
        do {
            _ = try Revq.parse([name])
            Issue.record("the parser takes \(name)")
        } catch {
            #expect(Revq.exitCode(for: error) != .success)
            #expect(Revq.message(for: error).contains(name))
        }
    }

    /// The options the parser declares, as its `--experimental-dump-help` lists them, are
    /// the table's, apart from `--generate-completion-script`, which the parser builds in
    /// and leaves out of that list (it accepts it: `theParserAcceptsEveryName`).
    @Test func theParserDeclaresExactlyTheTablesNames() throws {
        var dump = ""
        do { _ = try Revq.parse(["--experimental-dump-help"]) } catch { dump = Revq.fullMessage(for: error) }
        let json = try #require(try JSONSerialization.jsonObject(with: Data(dump.utf8)) as? [String: Any])
        let command = try #require(json["command"] as? [String: Any])
        let arguments = try #require(command["arguments"] as? [[String: Any]])
        let declared = arguments.flatMap { argument in
            (argument["names"] as? [[String: String]] ?? []).map {
                ($0["kind"] == "short" ? "-" : "--") + ($0["name"] ?? "")
            }
        }
        let table = CommandLineOption.allCases.filter { $0 != .generateCompletionScript }.flatMap(\.spec.names)
        #expect(declared.count > 10)
        #expect(Set(declared) == Set(table))
        #expect(declared.count == Set(declared).count)
    }

    @Test func everyNameBelongsToOneOption() {
        let names = CommandLineOption.allCases.flatMap(\.spec.names)
        #expect(names.count == Set(names).count)
        for option in CommandLineOption.allCases {
            for name in option.spec.names { #expect(CommandLineOption.named(name) == option) }
        }
    }
}
