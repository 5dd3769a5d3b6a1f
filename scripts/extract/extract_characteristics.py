#!/usr/bin/env python3
"""Extract Tabell 10, the six characteristics of a good intervention, into
Datasets/review/data/characteristics.tsv.

Tabell 10 gives each characteristic's name, description (bullet points) and the question asked
of each intervention; Tabell 11 uses the same six, in the same order, as its columns. The keys
are the matrix field names the issue fixes, paired with the two tables by position; the
extractor checks each pairing against the words of both headings.
"""
import re

from common import out_dir_from_argv, place, read_source_lines, write_tsv
from review_tables import expect, find_line, read_cells, squeeze, span

TABLE = "Tabell 10"
MATRIX = "Tabell 11"
# key, a word both Tabell 10's name and Tabell 11's heading contain
KEYS = [("kompetanse", "ompetanse"), ("tidlig_innsats", "Tidlig"), ("rolleavklaring", "avklaring"),
        ("kommunikasjon", "Kommunikasjon"), ("relasjon", "Relasjon"), ("fleksibilitet", "fleksibilitet")]
FIELDS = ["id", "number", "name", "matrix_heading", "description", "points", "question", "source"]


def joined(cell):
    """A cell's text with a word broken after a hyphen or slash ('Rolle-' / 'avklaring') put back together."""
    return squeeze(re.sub(r"([-/])\n", r"\1", cell.raw))


def matrix_headings(lines):
    title = find_line(lines, MATRIX + ":")
    stated = int(re.search(r"dimensjoner \(N=(\d+)\)", lines[title - 1]).group(1))
    cells = [c for c in read_cells(lines, title + 1, title + 16) if c.text]
    start = next(i for i, c in enumerate(cells) if c.text == "KJENNETEGN") + 1
    headings = cells[start:start + stated]
    expect(len(headings), stated, f"{MATRIX} characteristic columns")
    return headings, stated


def extract(lines):
    headings, stated = matrix_headings(lines)
    title = find_line(lines, TABLE + ":")
    end = find_line(lines, "Vi vurderte deretter om disse kjennetegnene", title)
    cells = read_cells(lines, title + 1, end - 1)[3:]
    rows = [cells[i:i + 3] for i in range(0, len(cells), 3)]
    expect(len(rows), stated, f"{TABLE} rows")
    return [record(n, row, heading) for n, (row, heading) in enumerate(zip(rows, headings), 1)]


def record(number, row, heading):
    key, word = KEYS[number - 1]
    name, description, question = row
    if word not in name.text or word not in joined(heading) or not question.text.endswith("?"):
        raise SystemExit(f"extract: {TABLE}, line {name.first}: {name.text!r} / {heading.text!r} is not {key}")
    points = [squeeze(p) for p in description.raw.split("·") if p.strip()]
    first, last = span(row)
    return {"id": key, "number": number, "name": name.text, "matrix_heading": joined(heading),
            "description": description.text, "points": points, "question": question.text,
            "source": place(TABLE, first, last) + "; " + place(MATRIX, heading.first, heading.last)}


def main():
    records = extract(read_source_lines())
    write_tsv(out_dir_from_argv(), "characteristics", FIELDS, records)


if __name__ == "__main__":
    main()
