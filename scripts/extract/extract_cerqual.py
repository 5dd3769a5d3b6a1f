#!/usr/bin/env python3
"""Extract Tabell 1 (what each GRADE-CERQual component means) and Tabell 2 (what each level
of confidence means) into Datasets/review/data/cerqual.tsv, so revq can say what
'adequacy' or 'moderat' means in the report's words.

Each component is keyed by the findings field it explains; the English name is the one the
method text gives in parentheses (line 360: "metodiske begrensinger (methodological
limitations) ..., relevans (relevance), koherens (coherence), samt dataenes omfang og
dybde (adequacy)"), and the extractor checks that it is there. Each level is keyed by the
value of the confidence scale ("Moderat tillit" -> moderat).
"""
from common import out_dir_from_argv, place, read_source_lines, write_tsv
from review_tables import expect, find_containing, find_line, read_cells, span

FIELDS = ["id", "kind", "term", "english", "field", "definition", "source"]
# a word of Tabell 1's component cell -> (findings field, English name in the method text)
COMPONENTS = [("Metodiske", "limitations", "methodological limitations"), ("Relevans", "relevance", "relevance"),
              ("Koherens", "coherence", "coherence"), ("omfang", "adequacy", "adequacy")]
LEVELS = ["høy", "moderat", "lav", "svært lav"]


def table_rows(lines, title, end_text):
    first = find_line(lines, title)
    end = find_containing(lines, end_text, first)
    cells = [c for c in read_cells(lines, first + 1, end - 1) if c.text]
    return first, [cells[i:i + 2] for i in range(2, len(cells), 2)]  # the header row is two cells


def components(lines):
    method = find_containing(lines, "(methodological limitations)")
    _, rows = table_rows(lines, "Tabell 1:", "Hvorfor og hvordan de ulike CERQual")
    expect(len(rows), len(COMPONENTS), "Tabell 1 rows")
    records = []
    for (word, key, english), (term, definition) in zip(COMPONENTS, rows):
        if word not in term.text or f"({english})" not in lines[method - 1]:
            raise SystemExit(f"extract: Tabell 1, line {term.first}: {term.text!r} is not {key} ({english})")
        first, last = span([term, definition])
        records.append({"id": key, "kind": "component", "term": term.text, "english": english, "field": key,
                        "definition": definition.text,
                        "source": place("Tabell 1", first, last) + "; " + place("Metode", method, method)})
    return records


def levels(lines):
    _, rows = table_rows(lines, "Tabell 2:", "I tabell 9 og i vedlegg 4 er alle funn")
    expect(len(rows), len(LEVELS), "Tabell 2 rows")
    records = []
    for level, (term, definition) in zip(LEVELS, rows):
        if term.text.lower() != level + " tillit":
            raise SystemExit(f"extract: Tabell 2, line {term.first}: {term.text!r} is not {level} tillit")
        first, last = span([term, definition])
        records.append({"id": level, "kind": "confidence", "term": term.text, "english": None, "field": "confidence",
                        "definition": definition.text, "source": place("Tabell 2", first, last)})
    return records


def main():
    lines = read_source_lines()
    write_tsv(out_dir_from_argv(), "cerqual", FIELDS, components(lines) + levels(lines))


if __name__ == "__main__":
    main()
