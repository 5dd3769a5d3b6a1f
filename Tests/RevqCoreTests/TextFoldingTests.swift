import RevqCore
import Testing

@Suite("Folding text for matching")
struct TextFoldingTests {
    @Test(
        "Norwegian letters, case and accents fold to what an ASCII keyboard types",
        arguments: [
            ("Øye 2018", "oye 2018"),
            ("høy", "hoy"),
            ("HØY", "hoy"),
            ("svært lav", "svaert lav"),
            ("Fraværsregistrering", "fravaersregistrering"),
            ("på", "pa"),
            ("Bergström", "bergstrom"),
            ("Ramírez", "ramirez"),
            ("e\u{0301}lite", "elite"), // a combining accent typed after its letter
            ("plain ascii", "plain ascii"),
        ])
    func folds(input: String, expected: String) {
        #expect(TextFolding.fold(input) == expected)
    }

    @Test func wordsSplitAtPunctuationAndFold() {
        #expect(TextFolding.words("Skole-hjem-samarbeid, (Øye)") == ["skole", "hjem", "samarbeid", "oye"])
    }
}

@Suite("Norwegian alphabetical order")
struct NorwegianCollationTests {
    @Test func aeOeAaComeAfterZ() {
        let sorted = ["Ås", "Øye", "Zeta", "Æbeltoft", "Aas", "berg"].sorted(
            by: NorwegianCollation.areInIncreasingOrder)
        #expect(sorted == ["Aas", "berg", "Zeta", "Æbeltoft", "Øye", "Ås"])
    }

    @Test func caseIsIgnoredAndAccentsSortWithTheirLetter() {
        #expect(NorwegianCollation.key("ecole") == NorwegianCollation.key("École"))
        #expect(NorwegianCollation.areInIncreasingOrder("émile", "f"))
        #expect(NorwegianCollation.areInIncreasingOrder("Berg A", "Bergman"))
    }
}

@Suite("Terminal column widths")
struct DisplayWidthTests {
    @Test(
        "Each character takes the columns a terminal gives it",
        arguments: [
            ("Øye 2018", 8),
            ("svært lav", 9),
            ("e\u{0301}", 1),
            ("表", 2),
            ("a\u{0007}b", 2),
        ])
    func width(text: String, expected: Int) {
        #expect(DisplayWidth.of(text) == expected)
    }
}

@Suite("Diagnostics")
struct DiagnosticFormatterTests {
    @Test func caretSitsUnderTheRangeAfterNorwegianLetters() {
        let text = "studies where land = Øye zzz"
        // "zzz" starts at column 26 (1-based) and is three characters long.
        let start = SourceLocation(offset: 25, line: 1, column: 26)
        let end = SourceLocation(offset: 28, line: 1, column: 29)
        let diagnostic = Diagnostic(
            .error, "unexpected word", at: SourceRange(start: start, end: end), hint: "expected 'and'")
        let lines = DiagnosticFormatter.render(diagnostic, in: text, origin: InputOrigin(name: "q.revq", firstLine: 7))
            .split(separator: "\n")
        #expect(lines[0] == "q.revq:7:26: error: unexpected word")
        #expect(lines[1] == " 7 | studies where land = Øye zzz")
        let caretColumn = lines[2].firstIndex(of: "^").map { lines[2].distance(from: lines[2].startIndex, to: $0) }
        let wordColumn = lines[1].firstRange(of: "zzz").map {
            lines[1].distance(from: lines[1].startIndex, to: $0.lowerBound)
        }
        #expect(caretColumn == wordColumn)
        #expect(lines[2].hasSuffix("^~~"))
        #expect(lines[3].hasSuffix("= hint: expected 'and'"))
    }

    /// A place named in words (the program, a file's line) prefixes the severity, as a
    /// range's place does; a diagnostic without a range in a statement reads the same.
    @Test(arguments: [
        ("revq", Diagnostic(.error, "cannot read x", at: nil), "revq: error: cannot read x"),
        (
            "revq", Diagnostic(.warning, "the history cannot be saved", at: nil),
            "revq: warning: the history cannot be saved"
        ),
        (
            "<stdin>:3", Diagnostic(.error, "the line is longer than 1 MiB", at: nil, hint: "split it"),
            "<stdin>:3: error: the line is longer than 1 MiB\n  = hint: split it"
        ),
    ])
    func aPlaceInWordsPrefixesTheSeverity(place: String, diagnostic: Diagnostic, expected: String) {
        #expect(DiagnosticFormatter.render(diagnostic, at: place) == expected)
        #expect(
            DiagnosticFormatter.render(diagnostic, in: "", origin: InputOrigin(name: place, firstLine: 1)) == expected)
    }
}

@Suite("Vocabularies")
struct VocabularyTests {
    let confidence = Vocabulary(
        name: "confidence",
        terms: [
            .init(value: "svært lav", synonyms: ["very low"]), .init(value: "lav", synonyms: ["low"]),
            .init(value: "moderat", synonyms: ["moderate"]), .init(value: "høy", synonyms: ["high"]),
        ])

    @Test(
        "Values, synonyms and ASCII spellings find their term",
        arguments: [
            ("høy", 3), ("HOY", 3), ("high", 3), ("Svært lav", 0), ("svaert lav", 0), ("very low", 0), ("moderate", 2),
        ])
    func lookup(spelling: String, index: Int) {
        #expect(confidence.index(matching: spelling) == index)
    }

    @Test func unknownSpellingFindsNothing() {
        #expect(confidence.index(matching: "medium") == nil)
        #expect(confidence.ambiguousSpellings.isEmpty)
    }

    @Test func aSpellingClaimedTwiceIsReported() {
        let broken = Vocabulary(
            name: "x", terms: [.init(value: "lav", synonyms: []), .init(value: "LAV", synonyms: [])])
        #expect(broken.ambiguousSpellings == ["lav"])
    }
}
