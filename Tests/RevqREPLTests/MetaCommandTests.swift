import Testing

@testable import RevqREPL

struct MetaCommandTests {
    @Test(arguments: [
        (".help", "help"), (".hel", "help"), (".m", "mode"), (".MODE", "mode"), (".ou", "output"),
        (".on", "once"), (".q", "quit"), (".ses", "sessions"), (".sa", "save"), (".t", "timer"),
    ])
    func namesAndUniquePrefixesResolve(word: String, name: String) {
        guard case .found(let command) = MetaCommands.resolve(word) else {
            Issue.record("\(word) did not resolve")
            return
        }
        #expect(command.name == name)
    }

    @Test(arguments: [
        (".h", [".help", ".headers", ".history"]), (".s", [".save", ".sessions"]),
        (".o", [".output", ".once", ".open"]),
    ])
    func ambiguousPrefixesListTheCandidates(word: String, names: [String]) {
        guard case .ambiguous(let found) = MetaCommands.resolve(word) else {
            Issue.record("\(word) is not ambiguous")
            return
        }
        #expect(Set(found) == Set(names))
    }

    @Test(arguments: [".frobnicate", ".modes", ".x", "."])
    func unknownNames(word: String) {
        guard case .unknown = MetaCommands.resolve(word) else {
            Issue.record("\(word) resolved")
            return
        }
    }

    /// `.help` is generated from the table: every command appears with its usage.
    @Test func theSummaryListsEveryCommand() {
        let summary = MetaCommands.summary
        for command in MetaCommands.all {
            #expect(summary.contains(command.usage + " "))
            #expect(summary.contains(command.summary))
        }
        #expect(
            Set(MetaCommands.all.map(\.name)) == [
                "help", "mode", "headers", "crlf", "output", "once", "export", "pager", "rowlimit", "last", "echo",
                "read", "timer", "history", "save", "open", "sessions", "journal", "quit", "record",
            ])
    }

    @Test(arguments: [
        (".output results.csv", ["results.csv"], [8]),
        (".output 'my results.csv'", ["my results.csv"], [8]),
        (".save \"a b\"  c", ["a b", "c"], [6, 13]),
        (".mode", [], []),
        (".open  ø.revq", ["ø.revq"], [7]),
    ])
    func commandWordsKeepTheirPlaces(line: String, arguments: [String], starts: [Int]) {
        let words = CommandWords(line)
        #expect(words.arguments == arguments)
        #expect(words.words.dropFirst().map(\.start) == starts)
    }

    @Test(arguments: [("csv", "csv"), ("my file.csv", "'my file.csv'"), ("", "''")])
    func argumentsAreQuotedBackForSessionFiles(argument: String, written: String) {
        #expect(CommandWords.quoted(argument) == written)
        #expect(CommandWords(".output " + written).arguments == [argument])
    }
}
