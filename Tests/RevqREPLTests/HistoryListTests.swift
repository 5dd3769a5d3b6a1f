import Foundation
import RevqTestSupport
import Testing

@testable import RevqREPL

struct HistoryListTests {
    @Test(arguments: [
        (["a", "b", "a"], 10, ["b", "a"]),
        (["a", "b", "c", "d"], 2, ["c", "d"]),
        (["  a  ", "", "   ", "a"], 10, ["a"]),
        (["x", "y", "x", "y", "z"], 2, ["y", "z"]),
    ])
    func addDeduplicatesTrimsAndBounds(added: [String], limit: Int, expected: [String]) {
        var history = HistoryList(limit: limit)
        for line in added { history.add(line) }
        #expect(history.entries == expected)
    }

    @Test(arguments: ["plain", "with \\ backslash", "two\nlines", "ends with \\", "\\n literally", "æøå ÆØÅ"])
    func escapingRoundTrips(entry: String) {
        #expect(HistoryList.unescape(HistoryList.escape(entry)) == entry)
        #expect(!HistoryList.escape(entry).contains("\n"))
    }

    @Test func saveAndLoadRoundTrip() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("revq-history-\(UUID().uuidString)")
            .path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/revq/history"
        let history = HistoryList(
            limit: 5, entries: ["findings where theme = \"Tiltak fra skolen\"", "a\nb", "høy \\"])
        try history.save(to: path)
        #expect(HistoryList.load(from: path, limit: 5) == history)
        #expect(HistoryList.load(from: path, limit: 2).entries == Array(history.entries.suffix(2)))
        #expect(HistoryList.load(from: folder + "/missing").entries.isEmpty)
    }
}

struct StatementAssemblerTests {
    /// History's one-line form of a statement: the shortcut for statements without a line
    /// break gives what splitting, trimming each line and joining gives.
    @Test func historyLinesJoinTrimmedLines() {
        let pieces = ["findings", " ", "\t", "\n", "\r\n", "\u{A0}", "ø", "(", "'x y'", "\u{3000}", "#"]
        var generator = SeededGenerator(seed: 11)
        for _ in 0..<3000 {
            let text = (0..<Int.random(in: 0...7, using: &generator)).map { _ in
                pieces.randomElement(using: &generator)!
            }.joined()
            let expected = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined(
                separator: " ")
            #expect(Shell.historyLine(of: text) == expected, "\(text.debugDescription)")
        }
    }

    typealias Step = StatementAssembler.Step

    @Test(arguments: [
        (["findings"], [Step.candidate("findings")]),
        (["", "# a comment", "   "], [Step.skip, .skip, .skip]),
        ([".mode csv"], [.meta(".mode csv")]),
        (["  .mode csv  "], [.meta(".mode csv")]),
        (["findings where \\", "confidence = høy"], [.more, .candidate("findings where \nconfidence = høy")]),
        (["findings where \\", ".mode"], [.more, .candidate("findings where \n.mode")]),
        (["findings where \\", "# not a comment here"], [.more, .candidate("findings where \n# not a comment here")]),
        // Lines without parentheses, inside and outside an open one; a quote that does not lex.
        // (Short statements are handed to the parser at every line: it tells an open one.)
        (
            ["findings where (", "confidence = høy", ")"],
            [
                .candidate("findings where ("), .candidate("findings where (\nconfidence = høy"),
                .candidate("findings where (\nconfidence = høy\n)"),
            ]
        ),
        (
            ["findings where (", "theme = 'x"],
            [.candidate("findings where ("), .candidate("findings where (\ntheme = 'x")]
        ),
        (
            ["findings where theme = 'x", "findings"],
            [.candidate("findings where theme = 'x"), .candidate("findings where theme = 'x\nfindings")]
        ),
    ])
    func linesBecomeSteps(lines: [String], expected: [Step]) {
        let assembler = StatementAssembler()
        let steps = lines.enumerated().map { assembler.feed($1, number: $0 + 1) }
        #expect(steps == expected)
    }

    @Test func aPendingStatementRemembersItsFirstLine() {
        let assembler = StatementAssembler()
        _ = assembler.feed("", number: 1)
        _ = assembler.feed("findings where (", number: 2)
        #expect(assembler.isPending)
        #expect(assembler.feed("confidence = høy)", number: 3) == .candidate("findings where (\nconfidence = høy)"))
        #expect(assembler.firstLine == 2)
        assembler.reset()
        #expect(!assembler.isPending)
    }
}
