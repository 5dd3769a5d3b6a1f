/// A summary of the query language for `.help`, generated from nothing but this text:
/// the grammar itself is `Grammar/revq.ebnf`.
///
///     print(LanguageHelp.text)
package enum LanguageHelp {
    package static let text = """
        Statements (keywords and values ignore case; æ ø å may be typed ae o a):
          SOURCE [where CONDITION] [show F, ...] [sort by F [desc], ...] [limit N [with ties]]
                                                           show *: every field; show *, study.country
                                                           sort by score: the best match of a ~ search
                                                           first (BM25); show score shows it
          count SOURCE [where CONDITION] [by F, ...]      one field: counts; two: a crosstab with totals
            [show AGG, ...] [sort by F|AGG [desc]] [limit N [with ties]]
                                                           AGG: count, count([distinct] F), percent,
                                                           percent(BY): of the group's BY value (a row),
                                                           min/max/sum/avg/median(F)
          search WORDS                                     ~ WORDS in every source: a row per source
          let NAME = QUERY                                 NAME then works wherever a source does
          explain QUERY | explain count ...                the plan: index or scan, rows in and out
          sources                                          every source with its rows and description
          describe SOURCE                                  its fields, types and values with counts
          profile [where CONDITION]                        Evidence Profile of findings (Vedlegg 4), with
                                                           counts computed from the contributing studies
          soqf [where CONDITION]                           Summary of Qualitative Findings (Tabell 9)
          why N                                            finding N: confidence, components, studies, sections
          check [where CONDITION]                          GRADE-CERQual rules over the findings, with places
          (profile, soqf, check and why also take show, sort by and limit over their columns;
           grid takes show of its scale's fields, and sort by and limit over its rows)
          grid SOURCE [where CONDITION]                    fields sharing a scale as ● ◐ ○ (matrix: Tabell 11)
          chart count SOURCE [where ...] [by F, ...]       the count as bars, with the exact numbers
          chart stacked count SOURCE [where ...] by A, B   a crosstab as one bar per A, in segments per B
        Conditions:
          F = V, F != V, F < V, F <= V, F > V, F >= V     scales compare on their order (lav < moderat)
          F in (V, V, ...), F not in (...)
          relation in NAME                                 a record of the named query (let), or one its
                                                           records relate to: study in eff
          F ~ words, ~ words                               every word occurs; word* is a prefix
          F ~ "two words"                                  a phrase: the words next to each other
          F is empty, F is not empty                       has no value / has one (sets, relations too)
          count(P) >= N, count(distinct P) >= N            how many values (each once) P reaches
          C and C, C or C, not C, ( C )                    and binds tighter than or
          relation = V                                     a related record's label or alias: study = "Øye 2018"
          relation.F = V                                   some related record matches: study.country = USA
          any P, every P, no P                             some / all (and at least one) / none of the
                                                           values match: every study.country = Norge
        A record with no value never matches "every" (write: every P or F is empty).
        Without a quantifier, F != V means "none is V". F = "" is refused: use is empty.
        -- starts a comment to the end of the line.
        Values: bare words (Oye 2018), "quoted" or 'quoted' text, numbers.
        Fields: a field spelled like a keyword may be quoted where a field goes, as SQL
        quotes a name: claims show id, "check" (check itself also reads as a field).
        Examples:
          findings where confidence >= moderat and theme = kommunikasjon
          findings where study = "Øye 2018" show number, theme, support sort by support desc
          count findings where confidence >= moderate by theme, confidence
          count findings by confidence show count, avg(support)
          count findings by theme, confidence show count, percent
          count findings by theme, confidence show percent(theme)
          sections where text ~ relasjon sort by score show id, heading, score limit 5
          findings where count(distinct study.country) >= 3
          matrix sort by ja_count desc limit 1 with ties
          matrix where relasjon = Ja
          findings where every study.country = Norge
          studies where note is not empty
          matrix sort by ja_count desc show study, intervention, ja_count
          let komm = findings where theme = kommunikasjon
        """
}
