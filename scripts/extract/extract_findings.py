#!/usr/bin/env python3
"""Extract the 33 findings of Tabell 9 and Vedlegg 4 into Datasets/review/data/findings.tsv.

Tabell 9 gives each finding's theme, summary text, GRADE-CERQual confidence, its explanation
and the supporting studies. Vedlegg 4 repeats each finding in its own wording with the four
components (methodological limitations, coherence, adequacy, relevance) rated and explained,
the confidence again and the studies again. Where the two places disagree, both are kept and
the field `note` names the difference; nothing is reconciled.
"""
import re

from common import out_dir_from_argv, place, read_source_lines, write_tsv
from review_tables import expect, find_containing, find_line, load_studies, read_cells, squeeze, span, study_list

TABLE = "Tabell 9"
APPENDIX = "Vedlegg 4"
THEMES = ["Forebygging", "Fraværsregistrering", "Kommunikasjon", "Skolebytte/overgang",
          "Skolens organisering", "Tidlig oppdagelse/innsats", "Tiltak fra skolen"]
CONFIDENCE = {"Høy tillit": "høy", "Moderat tillit": "moderat", "Lav tillit": "lav", "Svært lav tillit": "svært lav"}
CONCERN = {"Ingen/svært små bekymringer": "ingen eller svært små", "Ingen eller svært små bekymringer": "ingen eller svært små",
           "Små bekymringer": "små", "Moderate bekymringer": "moderate", "Alvorlige bekymringer": "alvorlige"}
COMPONENTS = ["limitations", "coherence", "adequacy", "relevance"]
# How Tabell 9's explanation names each component ("... bekymringer knyttet til X").
COMPONENT_WORDS = {"limitations": ["metodiske begrensninger"], "coherence": ["koherens", "sammenheng"],
                   "adequacy": ["dataomfang"], "relevance": ["relevans"]}
LEVEL_WORDS = "(ingen eller svært små|små|moderate|alvorlige)"
FIELDS = (["number", "theme", "text", "appendix_text", "confidence", "appendix_confidence",
           "confidence_explanation", "appendix_confidence_explanation"]
          + [f for c in COMPONENTS for f in (c, c + "_explanation")]
          + ["study", "studies_text", "appendix_study", "appendix_studies_text", "note", "source"])


def is_number_cell(cell):
    return re.fullmatch(r"\d+", cell.text) is not None


def themed_rows(cells, width, where):
    """(theme, row cells) for each finding row; a lone theme cell opens a theme."""
    rows, theme, current = [], None, None
    for cell in cells:
        if cell.text in THEMES:
            theme, current = cell.text, None
        elif is_number_cell(cell) and theme is not None:
            current = [cell]
            rows.append((theme, current))
        elif current is not None:
            current.append(cell)
    for _, row in rows:
        if len(row) != width:
            raise SystemExit(f"extract: {where}, line {row[0].first}: {len(row)} cells, expected {width}")
    return rows


def level_and_explanation(cell, levels, where):
    """Split a cell such as 'Moderate bekymringer\\nForklaring: ...' into (level, explanation)."""
    head, _, rest = cell.raw.partition("\n")
    head = head.strip()
    if head not in levels:
        raise SystemExit(f"extract: {where}, line {cell.first}: unknown level {head!r}")
    rest = squeeze(rest)
    rest = re.sub(r"^(Forklaring|Begrunnelse):\s*", "", rest)
    return levels[head], rest or None


def table_findings(lines, alias_to_id):
    title = find_line(lines, TABLE + ":")
    end = find_line(lines, "Oppsummering av kvalitative funn", title)
    stated = int(re.search(r"\(N=(\d+)\)", lines[title - 1]).group(1))
    rows = themed_rows(read_cells(lines, title + 1, end - 1), 5, TABLE)
    expect(len(rows), stated, f"{TABLE} findings")
    found = {}
    for theme, row in rows:
        number = int(row[0].text)
        where = f"{TABLE}, finding {number}"
        confidence = row[2].text
        if confidence not in CONFIDENCE:
            raise SystemExit(f"extract: {where}: unknown confidence {confidence!r}")
        found[number] = {"theme": theme, "text": row[1].text, "confidence": CONFIDENCE[confidence],
                         "confidence_explanation": row[3].text, "studies_text": row[4].text,
                         "study": study_list(row[4].text, alias_to_id, where), "span": span(row)}
    return found


def appendix_findings(lines, alias_to_id):
    title = find_containing(lines, "Vedlegg 4: Funn med")
    end = find_containing(lines, "Vedlegg 5: Vurdering", title)
    stated = int(re.search(r"\((\d+) funn\)", lines[title]).group(1))
    rows = themed_rows(read_cells(lines, title + 1, end - 1), 8, APPENDIX)
    expect(len(rows), stated, f"{APPENDIX} findings")
    found = {}
    for theme, row in rows:
        number = int(row[0].text)
        where = f"{APPENDIX}, finding {number}"
        values = {"theme": theme, "text": row[1].text, "studies_text": row[7].text,
                  "study": study_list(row[7].text, alias_to_id, where), "span": span(row)}
        for component, cell in zip(COMPONENTS, row[2:6]):
            values[component], values[component + "_explanation"] = level_and_explanation(cell, CONCERN, where)
        values["confidence"], values["confidence_explanation"] = level_and_explanation(row[6], CONFIDENCE, where)
        found[number] = values
    return found


def explained_levels(explanation):
    """The component levels Tabell 9's explanation sentence states, keyed by component."""
    levels = {}
    for component, words in COMPONENT_WORDS.items():
        for word in words:
            match = re.search(LEVEL_WORDS + " bekymringer knyttet til " + word, explanation, re.IGNORECASE)
            if match:
                levels[component] = match.group(1).lower()
    return levels


def merge(number, table, appendix):
    notes = []
    if table["theme"] != appendix["theme"]:
        notes.append(f"theme: Tabell 9 {table['theme']}, Vedlegg 4 {appendix['theme']}")
    if table["confidence"] != appendix["confidence"]:
        notes.append(f"confidence: Tabell 9 {table['confidence']}, Vedlegg 4 {appendix['confidence']}")
    stated = explained_levels(table["confidence_explanation"])
    for component in COMPONENTS:
        if stated.get(component) != appendix[component]:
            notes.append(f"{component}: Tabell 9's explanation says {stated.get(component)}, Vedlegg 4 rates {appendix[component]}")
    if set(table["study"]) != set(appendix["study"]):
        only_table = sorted(set(table["study"]) - set(appendix["study"]))
        only_appendix = sorted(set(appendix["study"]) - set(table["study"]))
        notes.append(f"studies: only in Tabell 9 {only_table}, only in Vedlegg 4 {only_appendix}")
    same_explanation = squeeze(appendix["confidence_explanation"] or "").rstrip(".") == table["confidence_explanation"].rstrip(".")
    record = {"number": number, "theme": table["theme"], "text": table["text"],
              "appendix_text": None if appendix["text"] == table["text"] else appendix["text"],
              "confidence": table["confidence"],
              "appendix_confidence": None if appendix["confidence"] == table["confidence"] else appendix["confidence"],
              "confidence_explanation": table["confidence_explanation"],
              "appendix_confidence_explanation": None if same_explanation else appendix["confidence_explanation"],
              "study": table["study"], "studies_text": table["studies_text"],
              "appendix_study": None if set(appendix["study"]) == set(table["study"]) else appendix["study"],
              "appendix_studies_text": appendix["studies_text"],
              "note": "; ".join(notes) or None,
              "source": place(TABLE, *table["span"]) + "; " + place(APPENDIX, *appendix["span"])}
    for component in COMPONENTS:
        record[component] = appendix[component]
        record[component + "_explanation"] = appendix[component + "_explanation"]
    return record


def extract(lines):
    _, alias_to_id = load_studies()
    table = table_findings(lines, alias_to_id)
    appendix = appendix_findings(lines, alias_to_id)
    if sorted(table) != list(range(1, len(table) + 1)) or sorted(appendix) != sorted(table):
        raise SystemExit(f"extract: findings are not numbered 1..{len(table)} in both {TABLE} and {APPENDIX}")
    return [merge(number, table[number], appendix[number]) for number in sorted(table)]


def main():
    records = extract(read_source_lines())
    write_tsv(out_dir_from_argv(), "findings", FIELDS, records)


if __name__ == "__main__":
    main()
