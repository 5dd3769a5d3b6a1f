#!/usr/bin/env python3
"""The terms the report's notes define, as data/glossary.tsv (curated/glossary.tsv picks the notes).

Each curated term names its line and the words that name it there ('RCT:'); the definition is
the rest of that line, as written. A whole-sentence note (Tabell 3's '*' note on "omfattende
fravær") is its own definition.
"""
from common import out_dir_from_argv, place, read_curated, read_source_lines, write_tsv

FIELDS = ["term", "synonyms", "definition", "note", "source"]


def record(row, lines):
    number = int(row["line"])
    text = lines[number - 1].strip()
    if not text.startswith(row["spelling"]):
        raise SystemExit(f"extract: line {number} does not start with {row['spelling']!r}: {text[:60]!r}")
    rest = text[len(row["spelling"]):].strip()
    return {"term": row["term"], "synonyms": row.list("synonyms") or None,
            "definition": rest or text, "note": text, "source": place(row["place"], number)}


def main():
    lines = read_source_lines()
    write_tsv(out_dir_from_argv(), "glossary", FIELDS, [record(r, lines) for r in read_curated("glossary")])


if __name__ == "__main__":
    main()
