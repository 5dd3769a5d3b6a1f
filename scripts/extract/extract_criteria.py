#!/usr/bin/env python3
"""The inclusion and exclusion criteria (Metode, lines 212-281) as data/criteria.tsv: one record per line.

The section lists its headings (Populasjon, Tiltak, ..., Annet) as table cells (a line that starts
with a TAB and holds only the heading); every non-empty line until the next heading is one
criterion of it, its bullet ('·', '-', '1)') kept apart from its words. The table ends at its
footnotes ('* vgs=...'), which are in glossary. The exclusion criteria (from 'Vi ekskluderte
følgende typer', line 274) are one line each, up to the next heading ('Litteratursøk').
"""
import re

from common import out_dir_from_argv, place, read_source_lines, write_tsv
from review_tables import find_line

FIELDS = ["id", "kind", "category", "number", "marker", "text", "source"]
CATEGORIES = ["Populasjon", "Tiltak", "Sammenligning", "Fenomen som skal undersøkes", "Utfall", "Studiedesign",
              "Publikasjonsår", "Land/Kontekst", "Språk", "Annet"]
PLACE = "Inklusjonskriterier"
MARKER = re.compile(r"^(·|-|\d\))\s*")


def extract(lines):
    first = find_line(lines, "Vi hadde følgende inklusjonskriterier:")
    end = find_line(lines, "* vgs=", first)
    records, category, seen = [], None, []
    for n in range(first + 1, end):
        text = lines[n - 1].strip()
        if not text:
            continue
        if lines[n - 1].startswith("\t") and text in CATEGORIES:
            category = text
            seen.append(text)
            continue
        if category is None:
            raise SystemExit(f"extract: line {n}: a criterion before the first heading")
        marker = MARKER.match(text)
        number = sum(1 for r in records if r["category"] == category) + 1
        records.append({"id": f"{slug(category)}-{number}", "kind": "inklusjon", "category": category, "number": number,
                        "marker": marker.group(1) if marker else None, "text": text[marker.end():] if marker else text,
                        "source": place(PLACE, n)})
    if seen != CATEGORIES:
        raise SystemExit(f"extract: inclusion criteria headings {seen}, expected {CATEGORIES}")
    return records + exclusion(lines, end)


def exclusion(lines, start):
    """One record per line of the exclusion list, up to the heading of the next section."""
    first = find_line(lines, "Vi ekskluderte følgende typer studier og publikasjoner:", start)
    end = find_line(lines, "[bookmark:", first)
    texts = [(n, lines[n - 1].strip()) for n in range(first + 1, end) if lines[n - 1].strip()]
    return [{"id": f"eksklusjon-{number}", "kind": "eksklusjon", "category": "Eksklusjon", "number": number,
             "text": text, "source": place("Eksklusjonskriterier", n)} for number, (n, text) in enumerate(texts, 1)]


def slug(category):
    """The category's first word in lower case, for ids: 'Land/Kontekst' -> 'land'."""
    return re.split(r"[ /]", category)[0].lower()


def main():
    write_tsv(out_dir_from_argv(), "criteria", FIELDS, extract(read_source_lines()))


if __name__ == "__main__":
    main()
