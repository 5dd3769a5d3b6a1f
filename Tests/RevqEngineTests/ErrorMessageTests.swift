import RevqCore
import RevqEngine
import RevqReview
import RevqTestSupport
import Testing

/// Errors that teach: each case is the statement, the caret line as the user sees it
/// under the statement, the message and the hint.
@Suite("Error messages")
struct ErrorMessageTests {
    let interpreter = Interpreter(store: MiniReview.store)

    @Test(
        "Each error points at the offending part and says what is expected",
        arguments: [
            (
                "findings where confidenc >= moderat",
                "               ^~~~~~~~~",
                "unknown field 'confidenc' in 'findings'", "did you mean 'confidence'?"
            ),
            (
                "findigns where confidence >= moderat",
                "^~~~~~~~",
                "unknown source 'findigns'", "did you mean 'findings'?"
            ),
            (
                "findings where confidence >= moderatt",
                "                             ^~~~~~~~",
                "'moderatt' is not a value of 'confidence' (scale:confidence)", "did you mean 'moderat'?"
            ),
            (
                "findings where confidence >= middels",
                "                             ^~~~~~~",
                "'middels' is not a value of 'confidence' (scale:confidence)",
                "valid values: svært lav, lav, moderat, høy"
            ),
            (
                "findings where theme < kommunikasjon",
                "                     ^",
                "'<' needs an order, but 'theme' (category:theme) has no order", "compare it with =, != or in (...)"
            ),
            (
                "findings where support > many",
                "                         ^~~~",
                "'support' holds numbers (count:study), but 'many' is not a number", "write a number, e.g. support >= 2"
            ),
            (
                "findings where confidence moderat",
                "                          ^~~~~~~",
                "expected 'in', 'not', 'is' or an operator (= != < <= > >= ~), found 'moderat'", nil
            ),
            (
                "findings where",
                "              ^",
                "expected a field of findings, 'not', 'any', 'every', 'no', 'count', '~' or '(', found the end of the statement",
                nil
            ),
            (
                "findings where confidence >= moderat theme = kommunikasjon",
                "                                     ^~~~~",
                "expected 'and', 'or', 'show', 'sort', 'limit' or the end of the statement, found 'theme'",
                "join conditions with 'and' or 'or'"
            ),
            (
                "findings where confidence >= moderat)",
                "                                    ^",
                "expected 'and', 'or', 'show', 'sort', 'limit' or the end of the statement, found ')'", nil
            ),
            (
                "findings where study = \"Oye 2019\"",
                "                       ^~~~~~~~~~",
                "no record of 'studies' is named 'Oye 2019' (for 'study')", "did you mean 'Øye 2018'?"
            ),
            (
                "findings where theme.name = x",
                "               ^~~~~",
                "'theme' is not a relation, so it has no fields to follow with '.'",
                "'theme' is category:theme; relations are study"
            ),
            (
                "findings where confidence ~ høy",
                "                          ^",
                "'~' searches words in text, but 'confidence' is scale:confidence",
                "compare it with = or in (...); '~' works on text fields"
            ),
            (
                "findings where theme = @home",
                "                       ^",
                "unexpected character '@'",
                "put a value with other characters than letters, digits, '/', '-' and '.' in quotes"
            ),
            (
                "findings where theme ! kommunikasjon",
                "                     ^",
                "'!' must be followed by '='", "write != for 'not equal', or use 'not'"
            ),
            (
                "findings where theme = kommunikasjon limit 2 limit 3",
                "                                             ^~~~~",
                "'limit' appears twice in the statement", "list everything in one 'limit' clause, separated by commas"
            ),
            (
                "count findings by theem",
                "                  ^~~~~",
                "unknown field 'theem' in 'findings'", "did you mean 'theme'?"
            ),
            (
                "findings wher confidence >= moderat",
                "         ^~~~",
                "expected 'where', 'show', 'sort', 'limit' or the end of the statement, found 'wher'",
                "did you mean 'where'?"
            ),
            (
                "findings where confidence >= moderat nad theme = x",
                "                                     ^~~",
                "expected 'and', 'or', 'show', 'sort', 'limit' or the end of the statement, found 'nad'",
                "did you mean 'and'?"
            ),
            (
                "sorces",
                "^~~~~~",
                "unknown source 'sorces'", "did you mean 'sources'?"
            ),
            (
                "cuont findings by theme",
                "      ^~~~~~~~",
                "expected 'where', 'show', 'sort', 'limit' or the end of the statement, found 'findings'",
                "'cuont' is read as a source name; did you mean 'count'?"
            ),
            (
                "findings show theme where confidence = høy",
                "                    ^~~~~",
                "expected 'sort', 'limit', ',' or the end of the statement, found the keyword 'where'",
                "'where' goes right after the source name, before 'by', 'show', 'sort by' and 'limit'"
            ),
            (
                "chrat count findings by theme",
                "      ^~~~~",
                "expected 'where', 'show', 'sort', 'limit' or the end of the statement, found the keyword 'count'",
                "'chrat' is read as a source name; did you mean 'chart'?"
            ),
            // A combining mark before the error adds no column: the caret stays under the word.
            (
                "findings where text ~ cafe\u{301} @",
                "                           ^",
                "unexpected character '@'",
                "put a value with other characters than letters, digits, '/', '-' and '.' in quotes"
            ),
            (
                "findings where x = 1",
                "               ^",
                "unknown field 'x' in 'findings'",
                "valid fields of findings: number, theme, text, confidence, appendix_confidence, limitations, limitations_explanation, coherence, study, support, source"
            ),
        ] as [(String, String, String, String?)])
    func error(statement: String, caret: String, message: String, hint: String?) throws {
        let diagnostic = try #require(interpreter.run(statement).diagnostics.first)
        #expect(diagnostic.message == message)
        #expect(diagnostic.hint == hint)
        let rendered = DiagnosticFormatter.render(diagnostic, in: statement, origin: InputOrigin(name: "<stdin>"))
        let lines = rendered.split(separator: "\n", omittingEmptySubsequences: false)
        try #require(lines.count >= 3)
        #expect(lines[2] == "   | " + caret)
    }

    @Test(
        "Robustness: hostile input gets a clear error, never a crash or a hang",
        arguments: [
            (
                String(repeating: "(", count: 10_000) + "number = 1" + String(repeating: ")", count: 10_000),
                "the condition nests deeper than 100 levels of parentheses and 'not'"
            ),
            (
                String(repeating: "not ", count: 10_000) + "number = 1",
                "the condition nests deeper than 100 levels of parentheses and 'not'"
            ),
            ("theme = \u{FFFD}bc", "the input is not valid UTF-8 here (shown as U+FFFD)"),
            ("theme = a\u{07}b", "control character U+0007 in the statement"),
            ("theme = \"a\u{1B}[31m\"", "control character U+001B in the statement"),
        ])
    func hostile(condition: String, message: String) throws {
        let outcome = interpreter.run("findings where " + condition)
        #expect(outcome.diagnostics.first?.message == message)
    }

    @Test func emptyInputIsAnError() {
        for text in ["", "   ", "\n\t"] {
            #expect(interpreter.run(text).diagnostics.first?.message == "empty statement")
        }
    }

    @Test func aMegabyteLineIsAnsweredQuickly() throws {
        let long = "findings where " + Array(repeating: "number = 1", count: 90_000).joined(separator: " or ")
        #expect(long.utf8.count > 1_000_000)
        let result = try #require(interpreter.run(long).resultSet)
        #expect(result.column("number") == ["1"])
        let garbage = "findings where " + String(repeating: "@", count: 1_000_000)
        #expect(interpreter.run(garbage).diagnostics.first?.message == "unexpected character '@'")
        let controls = "findings where " + String(repeating: "\u{01}", count: 1_000_000)
        #expect(interpreter.run(controls).diagnostics.first?.message == "control character U+0001 in the statement")
        let word = "findings where text ~ " + String(repeating: "a", count: 1_000_000)
        #expect(interpreter.run(word).resultSet?.rows.isEmpty == true)
    }

    @Test(
        "An open parenthesis at the end asks for more",
        arguments: [
            "findings where (confidence = høy", "findings where (theme = 'a' or",
            "findings where theme in (a, b", "findings where ((number = 1)",
        ])
    func incomplete(text: String) {
        #expect(interpreter.run(text).isIncomplete)
    }

    @Test func aCompletedStatementRunsAcrossLines() throws {
        let result = try #require(
            interpreter.run("findings where (confidence = høy\n  and theme = forebygging)").resultSet)
        #expect(result.column("number") == ["1", "6"])
        let diagnostic = try #require(
            interpreter.run("findings where (confidence = høy\n  and tema = x)").diagnostics.first)
        #expect(diagnostic.range?.start.line == 2)
        #expect(diagnostic.range?.start.column == 7)
    }
}
