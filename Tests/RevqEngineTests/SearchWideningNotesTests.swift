import RevqCore
import RevqEngine
import RevqReview
import RevqTestSupport
import Testing

/// Where a prefix (`relasjon*`) or a compound (`*relasjon`) finds rows that the word's
/// inflections do not, the answer says so with the statement that finds them.
@Suite("Notes on wider searches")
struct SearchWideningNotesTests {
    let interpreter = Interpreter(store: BundledStore.shared)

    func numbers(_ statement: String) throws -> [String] {
        try #require(interpreter.run(statement).resultSet).column("number")
    }

    /// The sections whose text has a word that `holds` (case ignored).
    static func sections(where holds: (String) -> Bool) -> Int {
        BundledStore.column("text", of: "sections").filter { text in
            text.lowercased().split { !$0.isLetter && !$0.isNumber }.contains { holds(String($0)) }
        }.count
    }

    /// Words that begin with relasjon but are not its forms (relasjonsbygging, line 48;
    /// relasjonskompetanse, line 45): a note with the statement that finds them, and how many.
    @Test func aPrefixThatFindsMoreIsNoted() throws {
        let forms: Set<String> = ["relasjon", "relasjonen", "relasjoner", "relasjonene"]
        #expect(SourceText.review.contains("tidlig relasjonsbygging", in: 48...48))
        let plain = Self.sections { forms.contains($0) }
        let prefixed = Self.sections { $0.hasPrefix("relasjon") }
        #expect(prefixed > plain)
        let result = try #require(interpreter.run("count sections where text ~ relasjon").resultSet)
        #expect(result.rows[0][0] == .integer(plain))
        let note = try #require(
            result.notes.first { $0.hasPrefix("relasjon* also finds words that begin with relasjon (") },
            "\(result.notes)")
        #expect(note.contains("relasjonsbygging"))
        #expect(
            note.hasSuffix(
                "in \(prefixed - plain) more rows: try count sections where text ~ relasjon* (\(prefixed) rows)"))
    }

    /// With a limit the statement to try shows no more rows than the limit, so the note gives
    /// what both searches find before it: the sections with a form of relasjon, and those
    /// with any word beginning with it (line 48: "tidlig relasjonsbygging").
    @Test(arguments: [
        "sections where text ~ relasjon show id limit 2", "count sections where text ~ relasjon by level limit 1",
    ])
    func aLimitedStatementsNoteCountsTheRowsBeforeTheLimit(statement: String) throws {
        let forms: Set<String> = ["relasjon", "relasjonen", "relasjoner", "relasjonene"]
        #expect(SourceText.review.contains("tidlig relasjonsbygging", in: 48...48))
        let plain = Self.sections { forms.contains($0) }
        let prefixed = Self.sections { $0.hasPrefix("relasjon") }
        #expect(plain > 2 && prefixed > plain)
        let result = try #require(interpreter.run(statement).resultSet)
        let note = try #require(
            result.notes.first { $0.hasPrefix("relasjon* also finds words that begin with relasjon (") },
            "\(result.notes)")
        let tried = statement.replacingOccurrences(of: "~ relasjon", with: "~ relasjon*")
        #expect(
            note.hasSuffix(
                "in \(prefixed - plain) more rows (\(prefixed) rows, not \(plain), before the limit): try \(tried)"),
            "\(note)")
        if !statement.hasPrefix("count") {
            #expect(result.rows.count == 2)
            #expect(
                try #require(interpreter.run(tried).resultSet).rows.count == 2,
                "the statement to try shows its limit's rows")
        }
    }

    /// The examples are the words as the review writes them, æ and all: finding 3 (Tabell 9,
    /// line 1148) writes "enkeltlærere", which no form of lærere finds.
    @Test func examplesAreSpelledAsWritten() throws {
        #expect(SourceText.review.contains("enkeltlærere", in: 1148...1148))
        let notes = try #require(interpreter.run("findings where text ~ lærere show number").resultSet).notes
        let note = try #require(
            notes.first { $0.hasPrefix("*lærere also finds compounds that end in lærere (") }, "\(notes)")
        #expect(note.contains("(enkeltlærere)") && !note.contains("laerere"), "\(note)")
    }

    /// No note when the wider search adds nothing: the findings that write relasjon in a
    /// longer word (Tabell 9) also write one of its forms.
    @Test func noNoteWhenNothingMoreIsFound() throws {
        let forms: Set<String> = ["relasjon", "relasjonen", "relasjoner", "relasjonene"]
        let plain = InflectedSearchTests.findings(having: forms)
        let prefixed = ReviewGoldenTests.numbers { finding in
            ReviewGoldenTests.text(of: finding).lowercased().split { !$0.isLetter }.contains {
                $0.hasPrefix("relasjon")
            }
        }
        #expect(plain == prefixed)
        #expect(try numbers("findings where text ~ relasjon*") == prefixed)
        let result = try #require(interpreter.run("findings where text ~ relasjon").resultSet)
        #expect(!result.notes.contains { $0.hasPrefix("relasjon*") })
    }

    /// `*relasjon` finds compounds ending in it, inflected: line 1614's section has none, but
    /// the review's sections do (e.g. "samarbeidsrelasjonen").
    @Test func aLeadingStarFindsCompounds() throws {
        let line = try #require(SourceText.review.lineNumbers { $0.contains("samarbeidsrelasjonen") }.first)
        let compound = try #require(interpreter.run("sections where text ~ *relasjon show source").resultSet)
        let plain = try #require(interpreter.run("sections where text ~ relasjon show source").resultSet)
        #expect(compound.rows.count > plain.rows.count)
        #expect(compound.column("source").contains { $0.contains(String(line)) })
        let note = try #require(interpreter.run("count sections where text ~ relasjon").resultSet).notes
        #expect(
            note.contains {
                $0.hasPrefix("*relasjon also finds compounds")
                    && $0.contains("try count sections where text ~ *relasjon")
            })
    }

    /// A typed word that is several words (a quote or hyphen inside) is not widened as one.
    @Test func aWordOfSeveralWordsIsNotWidened() throws {
        let result = try #require(interpreter.run("count findings where ~ 'a\"b'").resultSet)
        #expect(result.notes.isEmpty, "\(result.notes)")
    }
}
