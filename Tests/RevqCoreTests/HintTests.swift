import RevqCore
import Testing

/// Issue 23, item 7: a finder names a hint and passes its data; the catalogue words it,
/// as the shell and the engine worded it before.
@Suite struct HintTests {
    @Test(arguments: [
        (Hint.didYouMean("confidence"), "did you mean 'confidence'?"),
        (.didYouMeanOneOf(["Larsen 2023", "Larsen 2024"]), "did you mean one of: 'Larsen 2023', 'Larsen 2024'?"),
        (.validChoices(.fields(of: "findings"), ["number", "theme"]), "valid fields of findings: number, theme"),
        (.validChoices(.values, []), "there are no values"),
        (
            .validChoices(.names(of: "studies"), (1...13).map { "s\($0)" }),
            "valid names of studies: s1, s2, s3, s4, s5, s6, s7, s8, s9, s10, s11, s12, ... (13 in all)"
        ),
        (.readAsSource(typed: "cuont", keyword: "count"), "'cuont' is read as a source name; did you mean 'count'?"),
        (.sortByGroups(["theme"]), "sort by theme, count, an aggregate such as avg(support)"),
        (.numericFields(source: "studies", fields: []), "numeric fields of studies: none"),
        (.usage(".mode [MODE]"), "usage: .mode [MODE]"),
        (.sessionUsage(".open NAME|PATH"), ".open NAME|PATH"),
        (.savedSessions([]), "no session is saved yet: .save NAME"),
        (.savedSessions(["a", "b"]), "saved sessions: a, b"),
        (.revqUsage("revq [OPTIONS]"), "usage: revq [OPTIONS]; 'revq --help' says more"),
        (.closeOpenStatement, "close the open parenthesis or quote, or remove the trailing '\\'"),
    ])
    func theCatalogueWordsEachHint(hint: Hint, text: String) {
        #expect(hint.text == text)
    }

    /// A diagnostic of the catalogue takes the finder's hint over the problem's own.
    @Test func aNamedHintReplacesTheProblemsOwn() {
        let diagnostic = Diagnostic(
            .notANumber("many", path: "support", type: "count:study"), at: nil, hint: .didYouMean("2"))
        #expect(diagnostic.hint == "did you mean '2'?")
        #expect(
            Diagnostic(.notANumber("many", path: "support", type: "count:study"), at: nil).hint
                == "write a number, e.g. support >= 2")
    }
}
