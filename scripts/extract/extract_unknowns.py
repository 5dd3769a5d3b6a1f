#!/usr/bin/env python3
"""Why some blank values are blank, as data/unknowns.tsv (curated/unknowns.tsv says which).

A blank cell either does not apply (a qualitative study has no risk of bias) or is a value the
report does not give in its text: a rating only in an image (Figur 3, Vedlegg 5's checklists),
a number written as a word. Each curated row names the source, its fields, a revq query for
the records, the reason, and the lines where the text says so; this extractor checks each quote
at its line (as written, image alt texts included: an image is the reason). revq adds the reason
as a note under an answer that shows one of those blanks; a Swift test runs every query and
requires each record it selects to be blank in each field.
"""
from common import out_dir_from_argv, place, read_curated, read_source_lines, write_tsv
from report_text import Outline, fail

FIELDS = ["id", "about", "fields", "records", "reason", "quote", "source"]


def record(row, lines, outline):
    numbers = [int(n) for n in row.list("lines")]
    quotes = row.list("quotes")
    if not numbers or len(numbers) != len(quotes):
        fail(f"{row['id']}: one quote per line, {len(numbers)} lines and {len(quotes)} quotes")
    for number, quote in zip(numbers, quotes):
        if not 1 <= number <= len(lines) or quote.strip() not in lines[number - 1].replace("\u00a0", " "):
            fail(f"{row['id']}: {quote!r} is not at line {number}")
    if not row["records"].startswith(row["about"] + " "):
        fail(f"{row['id']}: records must query {row['about']}")
    shown = " ... ".join(q.strip() for q in quotes if q.strip() != "[image:")
    return {"id": row["id"], "about": row["about"], "fields": row.list("fields"), "records": row["records"],
            "reason": row["reason"], "quote": shown or None,
            "source": "; ".join(place(outline.place_at(n), n) for n in numbers)}


def main():
    lines = read_source_lines()
    outline = Outline(lines)
    rows = read_curated("unknowns")
    if len({r["id"] for r in rows}) != len(rows):
        fail("unknowns.tsv: ids are not unique")
    write_tsv(out_dir_from_argv(), "unknowns", FIELDS, [record(r, lines, outline) for r in rows])


if __name__ == "__main__":
    main()
