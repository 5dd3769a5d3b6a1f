import RevqEngine

/// The language, taught in short topics whose examples run on the bundled review.
enum HelpTopics {
    static let topics: [(name: String, text: String)] = [
        ("language", Interpreter.languageHelp.trimmingSuffixNewlines),
        (
            "statements",
            """
            A statement names a source (or a named query), then optional parts:
              findings where confidence >= moderat show number, theme sort by number limit 5
            Every source with its rows and what it holds; the fields and values of one:
              sources
              describe findings
            A statement may run over several lines: an open parenthesis or quote, or a
            line ending in \\, continues on the '   ...>' prompt. Ctrl-C abandons it.
            """
        ),
        (
            "where",
            """
            Filters: =  !=  <  <=  >  >=  in (a, b)  and  or  not  ( )
              findings where confidence >= moderat and theme = kommunikasjon
              matrix where relasjon = Ja
              findings where confidence in (lav, "svært lav")
            Scales compare on their order (svært lav < lav < moderat < høy); values match
            ignoring case, in English too (high), and in ASCII (hoy). Quote values with spaces.
            Whether a field has a value (any field, sets and relations too):
              studies where note is not empty
              studies where finding is empty
            note = "" is refused: a missing value is not "", so ask is empty / is not empty.
            A relation or a set holds several values; say how many must match:
              findings where any study.country = USA        -- some: the same as no quantifier
              findings where every study.country = Norge    -- all, and at least one
              findings where no study.kind = kvantitativ    -- none, also when there is none
              studies where every finding.confidence >= moderat
            every is false for a record with no value: a study that supports no finding is
            not one whose findings are all moderat; add "or finding is empty" to include it.
            Without a quantifier, study.country != Norge means "no study is from Norge";
            every study.country != Norge means "there are studies and none is from Norge".
            """
        ),
        (
            "search",
            """
            Text search: every word must occur, ignoring case and accents, in any of its
            Norwegian forms (Snowball's stemmer): relasjon finds relasjonen, relasjoner and
            relasjonene, and back; SMS finds SMSer and SMS-en (a word in capitals takes -er,
            -ene, -en and -s). A * reaches further: relasjon* words that begin with it
            (relasjonsbygging), *relasjon compounds that end in it (samarbeidsrelasjonen),
            *relasjon* words that hold it anywhere.
              findings where text ~ fravær
              findings where text ~ hjemmebes*
              findings where ~ foreldre
              sections where text ~ "skole hjem samarbeid"
            Without a field, ~ searches every text field of the record. A quoted value is a
            phrase: its words next to each other, in order. The dataset's thesaurus widens a
            word or phrase, both ways (SMS also finds tekstmelding* and "text messag*";
            "text messages" finds SMS and tekstmeldinger); explain shows how.
            When a prefix or a compound would find more rows, a note gives the statement.
            When a value is not found but occurs inside longer values, a note says what to try.
            The best match first: sort by score ranks the rows by Okapi BM25 (k1 1.2, b 0.75)
            over the same stemmed words, so a short paragraph that uses the word twice comes
            before a long one that says it once; the thesaurus's words count as the word.
            Equal scores keep the source's order; asc turns it round; show score shows it.
              sections where text ~ relasjon sort by score show id, heading, score limit 5
              findings where ~ SMS sort by score show number, score
            score needs a ~ search in the condition (one under not ranks nothing).
            Every source at once, a row per source with matches and the query that lists them:
              search hjemmebesøk
            """
        ),
        (
            "relations",
            """
            A relation field compares through to the related records, both ways; a dot
            path reaches their fields ("some related record matches"):
              findings where study = "Øye 2018"
              studies where finding = 16
              matrix where study.country = USA
              findings where support = 1
            support is the number of a finding's studies; it sorts and compares as a number.
            A related field lists one value per related record, in order, beside the record:
              findings where number = 16 show study, study.country
            """
        ),
        (
            "count",
            """
            Count rows, by one field or crosswise by two (with totals):
              count findings
              count findings by theme
              count findings where confidence >= moderat by theme, confidence
            Aggregates per group: count, and min, max, sum, avg, median of a number field;
            min and max of a scale go by its order:
              count findings by confidence show avg(support)
              count findings by theme show count, min(confidence), max(confidence)
            percent: the group's share of every record counted (one decimal); percent(F), F a
            'by' field: its share of the records with its value of F, so percent(theme) on a
            crosstab by theme and confidence gives each row in percent (its totals: each
            confidence's share of all):
              count findings by theme, confidence show count, percent
              count findings by theme, confidence show percent(theme)
            count(F) counts the values F reaches, count(distinct F) each value once:
              count findings by theme show count(distinct study.country)
            Sort and cut the groups by a 'by' field, the count or an aggregate (a crosstab's
            rows by their totals); with ties keeps the groups that tie with the last:
              count findings by theme sort by count desc limit 3
              count studies by country sort by count desc limit 1 with ties
            Where a record has several values (a set, a to-many relation), it counts in each
            of its groups: a note says so, and the total counts it once.
              count studies by informants
            csv, tsv and json hold one row per group, no totals: see README, Output for scripts.
            """
        ),
        (
            "sort",
            """
            Choose columns, order and how many rows:
              findings show number, theme, confidence
              findings sort by confidence desc, number
              findings sort by support desc limit 5
              findings where number = 1 show *
              outcomes where id = 11 show *, study.country
            Fields computed per row count values across fields that share a scale:
              matrix sort by ja_count desc show study, intervention, ja_count
            limit N with ties also keeps the rows that sort the same as the N-th:
              matrix sort by ja_count desc limit 1 with ties show study, ja_count
            After a ~ search, sort by score puts the best match first (see .help search):
              sections where text ~ relasjon sort by score limit 5
            """
        ),
        (
            "let",
            """
            Name a query and use the name wherever a source goes (kept in the session):
              let komm = findings where theme = kommunikasjon
              komm where confidence >= moderat
              count komm by confidence
            RELATION in NAME keeps the records whose relation holds one of the named query's
            rows, or a record one of them relates to (the studies behind komm's findings):
              studies where finding in komm show label
            """
        ),
        (
            "explain",
            """
            Show how a statement runs: which index or scan serves each condition:
              explain findings where confidence >= moderat
            """
        ),
        (
            "sessions",
            """
            At a terminal every statement and setting is written to a journal as it runs, so a
            crash, a kill or a closed terminal loses nothing: the next start says so in one line,
            and revq --resume restores it.
            Leaving with .quit or Ctrl-D removes the journal, and says nothing: what you typed
            stays in the history (Up, .history). Only named queries (let) typed since the last
            .save would be lost; then the journal is kept for revq --resume and leaving says so.
            At most \(SessionKeeper.keptUnsaved) journals of sessions left unsaved are kept; older ones are removed.
            .journal off (or revq --no-journal) keeps none; .journal on writes one again.
            .save NAME keeps a session, .open NAME restores it, .sessions lists them and the
            unsaved journals; a saved session also runs as a script: revq -f NAME.revq
            """
        ),
        (
            "fields",
            """
            .help fields SOURCE lists the fields of a source with their types:
              .help fields findings
            """
        ),
        // Generated from the dataset's `cerqual` source (Shell.help); this text is the fallback.
        (
            "cerqual",
            """
            .help cerqual: what each GRADE-CERQual component and confidence level means, in the
            report's words (Tabell 1 and 2), from the source cerqual:
              cerqual
            """
        ),
        (
            "views",
            """
            Workshop views of the findings, for any selection (where ... is over findings):
              profile where theme = kommunikasjon     -- the Evidence Profile (Vedlegg 4)
              soqf where confidence >= moderat        -- Summary of Qualitative Findings (Tabell 9)
              why 16                                  -- one finding: components, studies, sections
              check                                   -- GRADE-CERQual rules, what fires and where
              grid matrix where study.country = USA   -- ● Ja ◐ Delvis ○ Nei, Ja counted per column
              chart count findings by theme           -- bars with the exact numbers
              chart stacked count findings by theme, confidence  -- one bar per theme, in segments
            profile's *_computed columns are revq's counts over the contributing studies.
            soqf is headed by the review's title, objective, question and perspective (the source
            review, with their lines; "not stated" where the text states none), in table, card and
            markdown only: csv, tsv, json and jsonl hold the rows alone.
            check's rules (GRADE-CERQual guidance, Lewin et al. 2018): alvorlige concerns about a
            component while the confidence is høy; a confidence below høy while every component
            has ingen eller svært små concerns; høy on one study; an explanation naming a level
            other than the component's; Tabell 9 and Vedlegg 4 differing.
            """
        ),
    ]

    static var names: [String] { topics.map(\.name) }

    static func text(of name: String) -> String? {
        topics.first { $0.name == name.lowercased() }?.text
    }
}

extension String {
    fileprivate var trimmingSuffixNewlines: String {
        var text = self
        while text.hasSuffix("\n") { text.removeLast() }
        return text
    }
}
