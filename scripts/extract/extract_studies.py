#!/usr/bin/env python3
"""Extract the 38 included studies into Datasets/review/data/studies.tsv, one record per study.

Sources: Tabell 3 (15 quantitative/mixed studies), Tabell 4 (risk of bias of the 7 non-RCTs),
the text on the RCTs' risk of bias, Tabell 7 (9 European qualitative studies), Tabell 8
(14 Norwegian master's theses) and Vedlegg 6 (the overall methodological limitations again).
Study identity and every spelling come from curated/studies.tsv; the coding of informants and
school level from curated/studies-coding.tsv; the disagreements a reader found from
curated/studies-notes.tsv. Every table's row count is checked against the count it states.
"""
import re

from common import out_dir_from_argv, place, read_curated, read_source_lines, write_tsv
from review_tables import (expect, find_containing, find_line, load_studies, read_cells, rows_starting_with, span,
                           study_at_start)

TEXT = "Tekst"
NUMBER_WORDS = {"fire": 4, "åtte": 8}
BIAS = {"lav risiko": "lav", "middels risiko": "middels", "høy risiko": "høy"}
LIMITATION = {"små": "små", "små/moderate": "små til moderate", "små til moderate": "små til moderate",
              "moderate til små": "små til moderate", "moderate": "moderate", "moderate/store": "moderate til store",
              "moderate til store": "moderate til store", "store": "store", "store begrensninger": "store"}
FIELDS = ["id", "label", "authors", "year", "other_year", "ref", "kind", "publication", "country", "context",
          "design", "appraised_design", "sample", "n", "informants", "school_level", "school_level_text",
          "recruitment", "purpose", "intervention", "intervention_group", "components", "sample_text", "outcomes", "bias", "bias_tool", "bias_text",
          "limitations", "limitations_text", "limitations_appendix", "aliases", "note", "source"]


class Study:
    """The values of one study as they are gathered from the places that describe it."""

    def __init__(self, row):
        self.values = {"id": row["id"], "label": row["label"], "kind": row["kind"],
                       "ref": int(row["ref"]) if row["ref"] else None, "aliases": row.list("aliases")}
        self.table = row["table"]
        self.places = []
        self.notes = []

    def cite(self, name, first, last):
        self.places.append(place(name, first, last))


def table_rows(lines, title_prefix, end_prefix, width, alias_to_id, count_pattern=r"\([Nn]=(\d+)\)"):
    title = find_line(lines, title_prefix)
    end = find_line(lines, end_prefix, title)
    stated = int(re.search(count_pattern, lines[title - 1]).group(1))
    cells = read_cells(lines, title + 1, end - 1)
    rows = rows_starting_with(cells, lambda c: study_at_start(c.text, alias_to_id), width, title_prefix)
    expect(len(rows), stated, title_prefix.rstrip(":") + " rows")
    return title, rows


def name_cell(cell, alias_to_id):
    """(study id, authors, year, what follows the name) of a cell such as 'Bergman og Chan (2019), USA (83)'."""
    alias, study = study_at_start(cell.text, alias_to_id)
    match = re.fullmatch(r"(.+?)\s*\((\d{4})\)", alias)
    if not match:
        raise SystemExit(f"extract: line {cell.first}: {alias!r} is not 'Authors (year)'")
    return study, match.group(1), int(match.group(2)), cell.text[len(alias):].strip(" ,")


def reference(rest, study, where):
    """The reference number at the end of a name cell, checked against the curated one."""
    match = re.search(r"\((\d+)\)$", rest)
    if match and int(match.group(1)) != study.values["ref"]:
        raise SystemExit(f"extract: {where}: reference {match.group(1)} but curated/studies.tsv says {study.values['ref']}")
    return rest[:match.start()].strip(" ,") if match else rest


def check_identity(study, authors, year, where):
    if study.values.get("year") not in (None, year) or study.values.get("authors") not in (None, authors):
        raise SystemExit(f"extract: {where}: {authors} ({year}) differs from the study's first table")
    study.values.setdefault("authors", authors)
    study.values.setdefault("year", year)


def quantitative(lines, studies, alias_to_id):
    title, rows = table_rows(lines, "Tabell 3:", "\tRCT: Randomisert", 5, alias_to_id)
    for row in rows:
        key, authors, year, rest = name_cell(row[0], alias_to_id)
        study = studies[key]
        check_identity(study, authors, year, f"Tabell 3, line {row[0].first}")
        study.values.update({"country": reference(rest, study, "Tabell 3"), "design": row[1].text,
                             "sample": row[2].text, "intervention": row[3].text, "outcomes": row[4].text})
        study.cite("Tabell 3", *span(row))
        if not re.search(r"\(\d+\)$", rest):
            prose_reference(lines, study)
    if sum(1 for s in studies.values() if s.values.get("design")) != 15:
        raise SystemExit("extract: Tabell 3 does not describe the 15 quantitative studies of curated/studies.tsv")


def non_rct_bias(lines, studies, alias_to_id):
    title, rows = table_rows(lines, "Tabell 4:", "\t*Se vedlegg 5", 4, alias_to_id)
    for row in rows:
        _, study_key = study_at_start(row[0].text, alias_to_id)
        study = studies[study_key]
        verdict = row[3].text
        if verdict not in BIAS:
            raise SystemExit(f"extract: Tabell 4, line {row[3].first}: unknown verdict {verdict!r}")
        study.values.update({"appraised_design": row[1].text, "bias_tool": row[2].text,
                             "bias_text": verdict, "bias": BIAS[verdict]})
        study.cite("Tabell 4", *span(row))


def rct_bias(lines, studies, alias_to_id):
    """RoB 2 for the RCTs: the text names the four judged low (line 866); Figur 3 was an image."""
    tool_line = find_containing(lines, "ved hjelp av RoB 2-verktøyet")
    rcts = [s for s in studies.values() if s.values.get("design") == "RCT"]
    stated = re.search(r"i de (\w+) inkluderte RCT-ene", lines[tool_line - 1]).group(1)
    expect(len(rcts), NUMBER_WORDS[stated], f"RCTs in Tabell 3 (line {tool_line} says {stated})")
    low_line = find_containing(lines, "ble vurdert å ha lav risiko for systematiske skjevheter")
    names = re.search(r"hvorav fire \(([^)]*)\) ble vurdert å ha lav risiko", lines[low_line - 1]).group(1)
    low = {alias_to_id[n.strip()] for n in re.split(r",| og ", names)}
    expect(len(low), 4, f"RCTs named as low risk at line {low_line}")
    high_line, high_ref = rct_named_high(lines)
    high = [s for s in rcts if s.values["ref"] == high_ref]
    expect(len(high), 1, f"RCTs with reference ({high_ref}) named high risk at line {high_line}")
    for study in rcts:
        study.values["bias_tool"] = "RoB 2"
        study.cite(TEXT, tool_line, tool_line)
        if study.values["id"] in low:
            study.values.update({"bias": "lav", "bias_text": "lav risiko"})
            study.cite(TEXT, low_line, low_line)
        elif study is high[0]:
            study.values.update({"bias": "høy", "bias_text": "høy risiko"})
            study.cite(TEXT, high_line, high_line)
        else:
            study.notes.append(f"Risk of bias: the text (line {tool_line}) says two of the four RCTs not named at "
                               f"line {low_line} had moderat and two høy risk; line {high_line} names {high[0].values['label']} "
                               f"({high_ref}) as one with høy risk, so of the other three two were moderat and one høy, "
                               "not which; Figur 3 was an image.")


def rct_named_high(lines):
    """Line 1624: 'En kvantitativ studie av et sammensatt tiltak (86) ... høy risiko for systematiske skjevheter'."""
    at = find_containing(lines, "En kvantitativ studie av et sammensatt tiltak (")
    found = re.search(r"sammensatt tiltak \((\d+)\).*den har høy risiko for systematiske skjevheter", lines[at - 1])
    if not found:
        raise SystemExit(f"extract: line {at} no longer calls the combined-intervention study high risk")
    return at, int(found.group(1))


def intervention_groups(lines, studies):
    """The group of each quantitative study: the heading of the results chapter (lines 699-870)
    under which the chapter first describes it by name or reference."""
    groups = {row["heading"]: row["group"] for row in read_curated("studies-intervention-groups")}
    first = find_containing(lines, "Resultater fra de kvantitative og flermetodiske")
    last = find_containing(lines, "Beskrivelser av kvalitative studier", first)
    sections = sorted((n, groups[heading]) for heading in groups
                      for n in [heading_line(lines, heading, first, last)])
    quantitative = [s for s in studies.values() if s.values["kind"] != "kvalitativ"]
    for study in quantitative:
        at = described_at(lines, study, sections[0][0], last)
        study.values["intervention_group"] = [group for n, group in sections if n <= at][-1]
        study.cite("Resultater", at, at)
    expect(sum(1 for s in quantitative if s.values.get("intervention_group")), 15, "studies with an intervention group")


def components(lines, studies):
    """The numbered components the results text lists for a combined intervention (lines 846-852:
    'Tiltaket besto av fem hovedkomponenter:' then '1) ...' to '5) ...'), for the study it describes."""
    at = find_containing(lines, "Tiltaket besto av fem hovedkomponenter:")
    study = next(s for s in studies.values() if s.values["ref"] and f"({s.values['ref']})" in lines[described_line(lines, at) - 1])
    items, n, last = [], at + 1, at
    while n <= len(lines) and (not lines[n - 1].strip() or re.match(r"\d\) ", lines[n - 1])):
        if lines[n - 1].strip():
            items.append(re.sub(r"^\d\) ", "", lines[n - 1]).strip())
            last = n
        n += 1
    expect(len(items), 5, f"components listed after line {at}")
    study.values["components"] = items
    study.cite("Resultater", at, last)


def text_samples(lines, studies):
    """The sample as the results text states it, where a reader found it differs from Tabell 3
    (curated/studies-samples.tsv); the words must be at the line, no-break spaces read as spaces."""
    for row in read_curated("studies-samples"):
        at = int(row["line"])
        if row["sample_text"] not in lines[at - 1].replace("\u00a0", " "):
            raise SystemExit(f"extract: {row['sample_text']!r} is not at line {at}")
        studies[row["id"]].values["sample_text"] = row["sample_text"]
        studies[row["id"]].cite("Resultater", at, at)


def described_line(lines, at):
    """The paragraph before line at that names the study ('Cook m. fl. (2017) (86) undersøkte ...')."""
    return next(n for n in range(at - 1, 0, -1) if re.search(r"\(\d+\) undersøkte", lines[n - 1]))


def heading_line(lines, heading, first, last):
    """The line in first..last that is the heading (after any bookmarks), exactly."""
    for n in range(first, last):
        if re.sub(r"^(\[bookmark: [^]]*\])*", "", lines[n - 1]).strip() == heading:
            return n
    raise SystemExit(f"extract: no heading {heading!r} between lines {first} and {last}")


def described_at(lines, study, first, last):
    """The first line in first..last that starts with one of the study's aliases or cites its reference."""
    cite = f"({study.values['ref']})"
    for n in range(first, last):
        text = lines[n - 1]
        if any(text.startswith(a) for a in study.values["aliases"] if a) or cite in text[:300]:
            return n
    raise SystemExit(f"extract: {study.values['id']} is not described between lines {first} and {last}")


def qualitative(lines, studies, alias_to_id, coding):
    _, european = table_rows(lines, "Tabell 7:", "* Doktoravhandling", 6, alias_to_id)
    thesis_line = find_line(lines, "* Doktoravhandling")
    article_line = find_containing(lines, "Vi beskriver de fagfellevurderte (europeiske) studiene først i tabell 7")
    for row in european:
        study = qualitative_row(row, studies, alias_to_id, "Tabell 7", coding)
        country, _, context = row[1].text.partition("–")
        star = "*" in row[0].text
        study.values.update({"country": country.strip(), "context": context.strip() or None,
                             "purpose": row[2].text, "sample": row[3].text,
                             "publication": "doktoravhandling" if star else "artikkel"})
        study.values.update(school_and_limitations(row[4], row[5]))
        study.cite(TEXT, thesis_line if star else article_line, thesis_line if star else article_line)
    title, theses = table_rows(lines, "Tabell 8:", "* Facebook-gruppen", 6, alias_to_id)
    if "norske" not in lines[title - 1] or "masteroppgaver" not in lines[title - 1]:
        raise SystemExit("extract: Tabell 8's title no longer says 'norske ... masteroppgaver'")
    for row in theses:
        study = qualitative_row(row, studies, alias_to_id, "Tabell 8", coding)
        study.values.update({"country": "Norge", "publication": "masteroppgave", "purpose": row[1].text,
                             "sample": row[2].text, "recruitment": row[3].text or None})
        study.values.update(school_and_limitations(row[4], row[5]))
        study.cite("Tabell 8", title, title)


def qualitative_row(row, studies, alias_to_id, table, coding):
    key, authors, year, rest = name_cell(row[0], alias_to_id)
    study = studies[key]
    check_identity(study, authors, year, f"{table}, line {row[0].first}")
    reference(rest.replace("*", "").strip(), study, table)
    study.values.update(coding[key])
    study.cite(table, *span(row))
    return study


def school_and_limitations(level, limitations):
    grade = limitations.text.lower()
    if grade not in LIMITATION:
        raise SystemExit(f"extract: line {limitations.first}: unknown limitation grade {limitations.text!r}")
    return {"school_level_text": level.text, "limitations_text": limitations.text, "limitations": LIMITATION[grade]}


def informant_count(sample):
    """The informants a sample cell counts, summed as the report sums them (line 1095), or None."""
    counts = [int(n) for n in re.findall(r"n=(\d+)", sample)]
    return sum(counts) if counts else None


def appendix_limitations(lines, studies, alias_to_id):
    title = find_containing(lines, "Vedlegg 6: Metodiske begrensninger")
    end = find_line(lines, "Informantgrupper", title)
    cells = read_cells(lines, title + 1, end - 1)
    rows = rows_starting_with(cells, lambda c: study_at_start(c.text, alias_to_id), 9, "Vedlegg 6")
    expect(len(rows), sum(1 for s in studies.values() if s.values["kind"] == "kvalitativ"), "Vedlegg 6 rows")
    for row in rows:
        key, authors, year, rest = name_cell(row[0], alias_to_id)
        study = studies[key]
        check_identity(study, authors, year, f"Vedlegg 6, line {row[0].first}")
        reference(rest, study, "Vedlegg 6")
        grade = row[8].text
        if grade.lower() not in LIMITATION:
            raise SystemExit(f"extract: Vedlegg 6, line {row[8].first}: unknown grade {grade!r}")
        study.values["limitations_appendix"] = grade
        if LIMITATION[grade.lower()] != study.values["limitations"]:
            study.notes.append(f"Limitations: the description table says {study.values['limitations_text']!r}, "
                               f"Vedlegg 6 (line {row[8].first}) says {grade!r}.")
        study.cite("Vedlegg 6", *span(row))


def other_years(lines, study):
    """Aliases whose year differs from the description table's, with the lines that use them."""
    last = find_line(lines, "Informantgrupper")
    for alias in study.values["aliases"]:
        match = re.search(r"\b(\d{4})\b", alias)
        if match and int(match.group(1)) != study.values["year"]:
            where = [n for n in range(1, last) if alias in lines[n - 1]]
            study.values["other_year"] = int(match.group(1))
            study.notes.append(f"Year: {alias!r} (lines {', '.join(map(str, where))}) gives {match.group(1)}, "
                               f"the description table {study.values['year']}.")
            for n in where:
                study.cite(place_name(lines, n), n, n)


def place_name(lines, number):
    """'Tabell 9', 'Vedlegg 4' or 'Tekst': where line number stands (for the lines an alias is used on)."""
    for name, first, end in [("Tabell 9", "Tabell 9:", "Oppsummering av kvalitative funn"),
                             ("Vedlegg 4", "Vedlegg 4: Funn med", "Vedlegg 5: Vurdering")]:
        start = find_containing(lines, first)
        if start <= number < find_containing(lines, end, start):
            return name
    return TEXT


def prose_reference(lines, study):
    """For a study whose table row has no reference number: the text's 'Name (ref)' places."""
    for alias in study.values["aliases"]:
        if re.search(r"\(\d+\)$", alias) and str(study.values["ref"]) in alias:
            for n, line in enumerate(lines, 1):
                if alias in line:
                    study.cite(TEXT, n, n)
            return


def extract(lines):
    rows, alias_to_id = load_studies()
    studies = {row["id"]: Study(row) for row in rows}
    coding = {row["id"]: {"informants": row.list("informants"), "school_level": row["school_level"]}
              for row in read_curated("studies-coding")}
    quantitative(lines, studies, alias_to_id)
    non_rct_bias(lines, studies, alias_to_id)
    rct_bias(lines, studies, alias_to_id)
    intervention_groups(lines, studies)
    components(lines, studies)
    text_samples(lines, studies)
    qualitative(lines, studies, alias_to_id, coding)
    appendix_limitations(lines, studies, alias_to_id)
    curated_notes = {row["id"]: row["note"] for row in read_curated("studies-notes")}
    records = [finish(lines, study, curated_notes.get(key)) for key, study in studies.items()]
    expect(len(records), 38, "studies")
    return records


def finish(lines, study, curated_note):
    """The study's record: derived values, the notes (curated ones first) and its places."""
    if not study.places or not study.places[0].startswith(study.table + ","):
        raise SystemExit(f"extract: {study.values['id']} is not described in {study.table} as curated/studies.tsv says")
    if study.values["kind"] == "kvalitativ":
        study.values["n"] = informant_count(study.values["sample"])
    other_years(lines, study)
    if curated_note:
        study.notes.insert(0, curated_note)
    study.values["note"] = " ".join(study.notes) or None
    study.values["source"] = "; ".join(dict.fromkeys(study.places))
    return study.values


def main():
    records = extract(read_source_lines())
    write_tsv(out_dir_from_argv(), "studies", FIELDS, records)


if __name__ == "__main__":
    main()
