"""Figures the report states about itself, as data/claims.tsv.

Which words state which count is a reading of the prose, so the claims are curated in
curated/claims.tsv; this extractor checks each against the text (its stated words must occur
at its line and must state its n) and adds the whole sentence and the place. It records what
the report says and never compares it with the tables: that is the analyst's check.
"""
from common import out_dir_from_argv, place, read_source_lines, write_tsv
from report_text import (Outline, checked_line, fail, read_curated, sentence_containing,
                         stated_numbers)

FIELDS = ["id", "subject", "scope", "attribute", "value", "n", "unit", "qualifier", "stated",
          "sentence", "source"]


def record(row, lines, outline):
    number = int(row["line"])
    text = checked_line(lines, number, row["stated"], row["id"])
    n = int(row["n"]) if row["n"] else None
    if n is not None and n not in stated_numbers(row["stated"]):
        fail(f"{row['id']}: {row['stated']!r} does not state {n}")
    if n is None and not row["qualifier"] and row["attribute"] not in ("published", "ref", "date"):
        fail(f"{row['id']}: a claim without n needs a qualifier")
    result = {key: (row[key] or None) for key in FIELDS if key in row}
    result.update(n=n, sentence=sentence_containing(text, row["stated"]),
                  source=place(outline.place_at(number), number))
    return result


def main():
    lines = read_source_lines()
    outline = Outline(lines)
    rows = read_curated("claims.tsv")
    if len({r["id"] for r in rows}) != len(rows):
        fail("claims.tsv: ids are not unique")
    write_tsv(out_dir_from_argv(), "claims", FIELDS, [record(r, lines, outline) for r in rows])


if __name__ == "__main__":
    main()
