"""Figures the report states about itself, as data/claims.tsv.

Which words state which count is a reading of the prose, so the claims are curated in
curated/claims.tsv; this extractor checks each against the text (its phrase must occur at its
line and must state its n) and adds the words that state n (stated), the whole sentence and
the place. It records what the report says and never compares it with the tables: that is
the analyst's check. Each claim carries how to check it (check, rule) or why the data cannot
decide it (undecidable), curated beside it; revq's `audit` runs the checks.
"""
from common import out_dir_from_argv, place, read_curated, read_source_lines, write_tsv
from report_text import Outline, checked_line, fail, number_token, sentence_containing

FIELDS = ["id", "subject", "scope", "attribute", "value", "n", "stated", "unit", "qualifier",
          "phrase", "sentence", "check", "rule", "undecidable", "source"]


def record(row, lines, outline):
    number = int(row["line"])
    text = checked_line(lines, number, row["phrase"], row["id"])
    n = int(row["n"]) if row["n"] else None
    stated = number_token(row["phrase"], n) if n is not None else None
    if n is not None and stated is None:
        fail(f"{row['id']}: {row['phrase']!r} does not state {n}")
    if n is None and not row["qualifier"] and row["attribute"] not in ("published", "ref", "date"):
        fail(f"{row['id']}: a claim without n needs a qualifier")
    if not row["check"] and not row["undecidable"]:
        fail(f"{row['id']}: a claim needs a check or the reason the data cannot decide it (undecidable)")
    result = {key: (row[key] or None) for key in FIELDS if key in row}
    result.update(n=n, stated=stated, sentence=sentence_containing(text, row["phrase"]),
                  source=place(outline.place_at(number), number))
    return result


def main():
    lines = read_source_lines()
    outline = Outline(lines)
    rows = read_curated("claims")
    if len({r["id"] for r in rows}) != len(rows):
        fail("claims.tsv: ids are not unique")
    write_tsv(out_dir_from_argv(), "claims", FIELDS, [record(r, lines, outline) for r in rows])


if __name__ == "__main__":
    main()
