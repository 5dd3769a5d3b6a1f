import RevqCore
import RevqEngine
import RevqReview
import RevqTestSupport
import Testing

/// `prepare` answers as `sqlite3_prepare` does: a statement not yet whole, one that is
/// wrong, or one ready to run, with the facts a shell needs (its source, whether it
/// changes the session) and nothing run yet.
@Suite struct PreparedStatementTests {
    let interpreter = Interpreter(store: BundledStore.shared)

    @Test(
        arguments: [
            ("findings where theme = kommunikasjon", "findings", false),
            ("let komm = findings where theme = kommunikasjon", "findings", true),
            ("count studies by kind", "studies", false),
            ("explain count matrix by relasjon", "matrix", false),
            ("why 16", "findings", false),
            ("soqf where confidence = høy", "findings", false),
            ("count audit by verdict", "audit", false),
            ("sources", nil, false),
            ("search hjemmebesøk", nil, false),
        ] as [(String, String?, Bool)])
    func aWholeStatementIsReadyWithItsSource(text: String, source: String?, changesSession: Bool) throws {
        guard case .ready(let prepared) = interpreter.prepare(text) else {
            Issue.record("'\(text)' is not ready")
            return
        }
        #expect(prepared.text == text)
        #expect(prepared.sourceName == source)
        #expect(prepared.changesSession == changesSession)
    }

    @Test(arguments: [
        "findings where (theme = kommunikasjon", "count findings where (confidence = høy or\n(theme = skole",
    ])
    func anOpenParenthesisIsIncomplete(text: String) {
        guard case .incomplete = interpreter.prepare(text) else {
            Issue.record("'\(text)' is not incomplete")
            return
        }
    }

    /// A misspelt keyword is read as a source name, and the error lands on the next word,
    /// with the keyword meant as its hint.
    @Test func aTypoFailsWithItsPlace() throws {
        guard case .failure(let diagnostics) = interpreter.prepare("cuont findings by theme") else {
            Issue.record("the typo was accepted")
            return
        }
        let first = try #require(diagnostics.first)
        #expect(first.range?.start.column == 7)
        #expect(first.hint?.contains("did you mean 'count'") == true)
    }

    /// Preparing runs nothing: the `let` defines its name only when run.
    @Test func preparingDefinesNothingUntilRun() throws {
        let interpreter = Interpreter(store: BundledStore.shared)
        guard case .ready(let prepared) = interpreter.prepare("let komm = findings where theme = kommunikasjon") else {
            Issue.record("the let is not ready")
            return
        }
        #expect(interpreter.queryNames.isEmpty)
        guard case .message = interpreter.run(prepared) else {
            Issue.record("the let gave no message")
            return
        }
        #expect(interpreter.queryNames == ["komm"])
    }

    /// A prepared statement runs as its text does.
    @Test(arguments: [
        "count findings by theme", "findings where confidence >= moderat show number", "findngs where x = 1",
    ])
    func aPreparedStatementRunsAsItsText(text: String) throws {
        guard case .ready(let prepared) = interpreter.prepare(text) else {
            Issue.record("'\(text)' is not ready")
            return
        }
        #expect(String(describing: interpreter.run(prepared)) == String(describing: interpreter.run(text)))
    }

    /// The lexer decides a line's parentheses: one inside quotes is a value's, not the
    /// statement's; a line that does not lex has no balance.
    @Test(
        arguments: [
            ("findings where (theme = a or", 1),
            ("findings where text ~ \"(\" and (a = b))", -1),
            ("-- (a comment", 0),
        ] as [(String, Int?)])
    func aLinesParenthesesAreCountedByTheLexer(line: String, balance: Int?) {
        #expect(Interpreter.parenthesisBalance(of: line) == balance)
    }

    @Test func anUnlexableLineHasNoBalance() {
        #expect(Interpreter.parenthesisBalance(of: "findings where text ~ \"(open") == nil)
    }
}
