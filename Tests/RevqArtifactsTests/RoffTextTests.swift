import Testing

@testable import RevqArtifacts

/// The tables' markup turned into roff: `*typed*` bold, `_replaced_` italic, never inside
/// a word; hyphens, quotes and backslashes escaped; a dot never starts a text line.
@Suite("roff text")
struct RoffTextTests {
    @Test(arguments: [
        ("Run _STATEMENT_.", #"Run \fISTATEMENT\fR."#),
        ("as *.headers off*.", #"as \fB.headers off\fR."#),
        ("as in *sqlite3*(1)", #"as in \fBsqlite3\fR(1)"#),
        ("the file _$XDG_CONFIG_HOME/revq/revqrc_ (see", #"the file \fI$XDG_CONFIG_HOME/revq/revqrc\fR (see"#),
        ("views _SOURCE_*_levels*", #"views \fISOURCE\fR\fB_levels\fR"#),
        ("as *vocabulary_*_NAME_ with", #"as \fBvocabulary_\fR\fINAME\fR with"#),
        ("SOURCE_levels and a * b", #"SOURCE_levels and a * b"#),
        ("*-c* and dot-command", #"\fB\-c\fR and dot\-command"#),
        ("*revq -c '.export'*", #"\fBrevq \-c \(aq.export\(aq\fR"#),
        (#"a \*star\* and \_"#, #"a *star* and _"#),
        (#"back\\slash"#, #"back\eslash"#),
    ])
    func inline(markup: String, roff: String) {
        #expect(RoffText.inline(markup) == roff)
    }

    @Test func sentencesGoOnLinesOfTheirOwnAndADotNeverStartsOne() {
        #expect(
            RoffText.body("Show results. *.mode* again. Never for pipes, e.g. files.") == [
                "Show results.", #"\fB.mode\fR again."#, "Never for pipes, e.g. files.",
            ])
        #expect(RoffText.body(".last shows it.") == [#"\&.last shows it."#])
    }

    @Test func laterParagraphsAndExamples() {
        let body = RoffText.body("First.\n\n    cd DIR && find -L x |\n      sort\n\nThen this.\n\nAnd this.")
        #expect(
            body == [
                "First.", ".RS", ".PP", ".EX", #"cd DIR && find \-L x |"#, "  sort", ".EE", ".RE", ".IP", "Then this.",
                ".IP", "And this.",
            ])
    }
}
